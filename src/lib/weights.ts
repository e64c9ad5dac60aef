import type { Weights, WeightAccess } from '../schemas/weights';

/** Table wording of each kind of access. */
export const WEIGHT_ACCESS_LABELS: Record<WeightAccess, string> = {
  open: 'open',
  'on-request': 'on request',
  'api-only': 'API only',
  closed: 'closed',
};

const SENTENCES: Record<WeightAccess, string> = {
  open: 'released for anyone to download',
  'on-request': 'released to researchers on request',
  'api-only': 'not released; the model is used through a hosted API',
  closed: 'not released',
};

/** A sentence for the entry page, e.g. "released for anyone to download (licence: Apache-2.0)". */
export function describeWeights(weights: Weights): string {
  const sentence = SENTENCES[weights.access];
  return weights.license ? `${sentence} (licence: ${weights.license})` : sentence;
}
