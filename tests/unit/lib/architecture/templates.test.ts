import { describe, expect, it } from 'vitest';
import { expandTemplates } from '../../../../src/lib/architecture/templates';

describe('expandTemplates', () => {
  const templates = {
    basic: [{ type: 'conv', out: '$out', kernel: 3, stride: '$stride' }, { type: 'bn' }],
    stage: [{ type: 'repeat', times: '$n', layers: [{ use: 'basic', with: { out: '$out', stride: 1 } }] }],
  };

  it('replaces $arguments and expands nested templates', () => {
    expect(expandTemplates([{ use: 'stage', with: { n: 2, out: 64 } }], templates)).toEqual([
      { type: 'repeat', times: 2, layers: [{ type: 'conv', out: 64, kernel: 3, stride: 1 }, { type: 'bn' }] },
    ]);
  });

  it('names a missing argument and its place', () => {
    expect(() => expandTemplates([{ type: 'stage', name: 's', layers: [{ use: 'basic', with: { out: 8 } }] }], templates)).toThrow('layers[0].layers[0] (basic)[0].stride: template argument "stride" is not given');
  });

  it('names an unknown template', () => {
    expect(() => expandTemplates([{ use: 'nope' }], templates)).toThrow('layers[0]: unknown template "nope"');
  });
});
