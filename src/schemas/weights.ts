import { z } from 'astro/zod';

/**
 * How a trained model can be obtained:
 * - `open`: anyone can download the weights (possibly under a licence with conditions);
 * - `on-request`: researchers apply for access;
 * - `api-only`: usable only through the owner's hosted service;
 * - `closed`: not available.
 */
export const WEIGHT_ACCESS = ['open', 'on-request', 'api-only', 'closed'] as const;
export type WeightAccess = (typeof WEIGHT_ACCESS)[number];

/** Release of a trained model's weights, for tables such as the large language models. */
export const weightsSchema = z
  .object({
    /** Who can get the weights (see `WEIGHT_ACCESS`). */
    access: z.enum(WEIGHT_ACCESS),
    /** Licence of the released weights, e.g. "Apache-2.0", "Llama 2 Community License". */
    license: z.string().min(2).optional(),
    /** Where the release terms are stated, e.g. "Meta AI blog post, 2023-07-18" or "model card". */
    source: z.string().min(3, { message: 'say where the release terms are stated' }),
  })
  .strict();

export type Weights = z.infer<typeof weightsSchema>;
