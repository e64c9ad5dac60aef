import { describe, expect, it } from 'vitest';
import { describeWeights } from '../../../src/lib/weights';
import { weightsSchema } from '../../../src/schemas/weights';

describe('describeWeights', () => {
  it('names the licence of open weights', () => {
    expect(describeWeights({ access: 'open', license: 'MIT', source: 'model card' })).toBe('released for anyone to download (licence: MIT)');
  });
  it('says plainly when weights are only behind an API', () => {
    expect(describeWeights({ access: 'api-only', source: 'paper' })).toBe('not released; the model is used through a hosted API');
  });
});

describe('weightsSchema', () => {
  it('rejects a release without a source and an unknown kind of access', () => {
    expect(weightsSchema.safeParse({ access: 'open' }).success).toBe(false);
    expect(weightsSchema.safeParse({ access: 'public', source: 'blog' }).success).toBe(false);
  });
});
