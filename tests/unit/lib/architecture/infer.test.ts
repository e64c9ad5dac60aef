import { describe, expect, it } from 'vitest';
import { ArchitectureError, inferArchitecture } from '../../../../src/lib/architecture/infer';
import { layerSchema, type Layer } from '../../../../src/schemas/architecture';

const layers = (items: unknown[]): Layer[] => items.map((item) => layerSchema.parse(item));
const run = (input: number[], items: unknown[]) => inferArchitecture(input, layers(items));

describe('shape inference', () => {
  it('follows PyTorch for convolutions: padding, stride, dilation', () => {
    const model = run([3, 224, 224], [{ type: 'conv', out: 64, kernel: 7, stride: 2, padding: 3 }, { type: 'conv', out: 64, kernel: 3, padding: 2, dilation: 2 }]);
    expect(model.layers.map((node) => node.output)).toEqual([{ c: 64, h: 112, w: 112 }, { c: 64, h: 112, w: 112 }]);
  });

  it('supports rectangular kernels and "same" padding', () => {
    const model = run([768, 17, 17], [{ type: 'conv', out: 192, kernel: [1, 7], padding: [0, 3] }, { type: 'conv', out: 192, kernel: 3, stride: 2, padding: 'same' }]);
    expect(model.layers.map((node) => node.output)).toEqual([{ c: 192, h: 17, w: 17 }, { c: 192, h: 9, w: 9 }]);
  });

  it('applies ceil mode in pooling the way PyTorch does', () => {
    expect(run([64, 112, 112], [{ type: 'maxpool', kernel: 3, stride: 2, ceil: true }]).output).toEqual({ c: 64, h: 56, w: 56 });
    expect(run([64, 112, 112], [{ type: 'maxpool', kernel: 3, stride: 2 }]).output).toEqual({ c: 64, h: 55, w: 55 });
    expect(run([96, 55, 55], [{ type: 'maxpool', kernel: 3, stride: 2, ceil: true }]).output).toEqual({ c: 96, h: 27, w: 27 });
  });

  it('computes transposed convolutions, up-sampling and flattening', () => {
    const model = run([100], [{ type: 'deconv', out: 512, kernel: 4, bias: false }, { type: 'deconv', out: 256, kernel: 4, stride: 2, padding: 1 }, { type: 'upsample', scale: 2 }, { type: 'flatten' }]);
    expect(model.layers.map((node) => node.output)).toEqual([{ c: 512, h: 4, w: 4 }, { c: 256, h: 8, w: 8 }, { c: 256, h: 16, w: 16 }, { c: 65536, h: 1, w: 1, flat: true }]);
  });

  it('concatenates branches along channels', () => {
    const model = run([192, 28, 28], [{ type: 'branches', branches: [[{ type: 'conv', out: 64, kernel: 1 }], [{ type: 'conv', out: 128, kernel: 3, padding: 1 }], [{ type: 'maxpool', kernel: 3, stride: 1, padding: 1 }]] }]);
    expect(model.output).toEqual({ c: 384, h: 28, w: 28 });
  });
});

describe('parameters, MACs and depth', () => {
  it('count a convolution with and without bias and groups', () => {
    expect(run([3, 224, 224], [{ type: 'conv', out: 64, kernel: 7, stride: 2, padding: 3, bias: false }]).params).toBe(9408);
    expect(run([32, 112, 112], [{ type: 'conv', kernel: 3, padding: 1, groups: 'depthwise', bias: false }]).params).toBe(288);
    expect(run([256, 56, 56], [{ type: 'conv', out: 256, kernel: 3, padding: 1, groups: 32, bias: false }]).params).toBe(18432);
  });

  it('count MACs at the output resolution', () => {
    expect(run([3, 224, 224], [{ type: 'conv', out: 64, kernel: 7, stride: 2, padding: 3, bias: false }]).macs).toBe(9408 * 112 * 112);
    expect(run([512, 7, 7], [{ type: 'globalpool' }, { type: 'fc', out: 1000 }]).macs).toBe(512000);
  });

  it('count batch normalisation as two values per channel and squeeze-excitation as two FCs', () => {
    expect(run([64, 8, 8], [{ type: 'bn' }]).params).toBe(128);
    expect(run([256, 8, 8], [{ type: 'se', reduction: 16 }]).params).toBe(256 * 16 * 2 + 16 + 256);
  });

  it('counts layer norm as two values and layer scale as one value per channel', () => {
    expect(run([96, 56, 56], [{ type: 'ln' }, { type: 'layerscale' }]).params).toBe(96 * 3);
  });

  it('multiplies a repeated block and counts its first repeat apart', () => {
    const model = run([64, 56, 56], [
      {
        type: 'repeat',
        times: 3,
        first: [{ type: 'conv', out: 128, kernel: 3, stride: 2, padding: 1, bias: false }],
        layers: [{ type: 'conv', out: 128, kernel: 3, padding: 1, bias: false }],
      },
    ]);
    expect(model.output).toEqual({ c: 128, h: 28, w: 28 });
    expect(model.params).toBe(64 * 9 * 128 + 2 * 128 * 9 * 128);
    expect(model.depth).toBe(3);
  });

  it('counts the shortcut projection in parameters but not in depth', () => {
    const model = run([64, 56, 56], [
      {
        type: 'residual',
        body: [{ type: 'conv', out: 128, kernel: 3, stride: 2, padding: 1, bias: false }, { type: 'conv', out: 128, kernel: 3, padding: 1, bias: false }],
        shortcut: [{ type: 'conv', out: 128, kernel: 1, stride: 2, bias: false }],
      },
    ]);
    expect(model.params).toBe(64 * 9 * 128 + 128 * 9 * 128 + 64 * 128);
    expect(model.depth).toBe(2);
  });

  it('takes the longest branch as the depth of branches', () => {
    const model = run([8, 4, 4], [{ type: 'branches', branches: [[{ type: 'conv', out: 4, kernel: 1 }], [{ type: 'conv', out: 4, kernel: 1 }, { type: 'conv', out: 4, kernel: 3, padding: 1 }]] }]);
    expect(model.depth).toBe(2);
  });

  it('grows a dense block by its growth rate per layer and counts each layer at its own width', () => {
    const model = run([64, 56, 56], [{ type: 'dense', times: 3, layers: [{ type: 'conv', out: 32, kernel: 3, padding: 1, bias: false }] }]);
    expect(model.output).toEqual({ c: 160, h: 56, w: 56 });
    expect(model.params).toBe((64 + 96 + 128) * 9 * 32);
    expect(model.depth).toBe(3);
  });

  it('adds side heads on tapped feature maps without changing the main path', () => {
    const model = run([16, 8, 8], [{ type: 'tap', name: 'a' }, { type: 'conv', out: 32, kernel: 3, stride: 2, padding: 1 }, { type: 'head', from: 'a', layers: [{ type: 'conv', out: 4, kernel: 3, padding: 1 }] }]);
    expect(model.output).toEqual({ c: 32, h: 4, w: 4 });
    expect(model.params).toBe(16 * 9 * 32 + 32 + 16 * 9 * 4 + 4);
    expect(model.macs).toBe(16 * 9 * 32 * 16 + 16 * 9 * 4 * 64);
  });
});

describe('impossible shapes', () => {
  const error = (input: number[], items: unknown[]) => {
    try {
      run(input, items);
    } catch (caught) {
      return caught as ArchitectureError;
    }
    throw new Error('expected an ArchitectureError');
  };

  it('a residual add of different shapes names the block and both shapes', () => {
    const caught = error([64, 56, 56], [{ type: 'repeat', times: 1, layers: [{ type: 'residual', label: 'conv2_1', body: [{ type: 'conv', out: 256, kernel: 1 }] }] }]);
    expect(caught.message).toBe('layers[0].layers[0]: conv2_1 adds tensors of different shapes: body 256×56×56, shortcut 64×56×56 (identity; give a projection shortcut)');
  });

  it('a kernel larger than its input is refused', () => {
    expect(error([3, 4, 4], [{ type: 'conv', out: 8, kernel: 7 }]).message).toBe('layers[0]: kernel 7 does not fit the input height of 4 (padding 0, dilation 1)');
  });

  it('groups must divide the channels', () => {
    expect(error([30, 8, 8], [{ type: 'conv', out: 64, kernel: 1, groups: 4 }]).message).toContain('4 groups do not divide 30 input and 64 output channels');
  });

  it('branches with different resolutions cannot be concatenated', () => {
    expect(error([8, 8, 8], [{ type: 'branches', branches: [[{ type: 'conv', out: 4, kernel: 1 }], [{ type: 'conv', out: 4, kernel: 3, stride: 2, padding: 1 }]] }]).message).toBe(
      'layers[0]: branches cannot be concatenated: branch 0 gives 4×8×8, branch 1 gives 4×4×4',
    );
  });

  it('a repeated block must keep its shape', () => {
    expect(error([8, 8, 8], [{ type: 'repeat', times: 2, layers: [{ type: 'conv', out: 16, kernel: 1 }] }]).message).toContain('a block repeated 2 times must keep its shape');
  });

  it('a head needs an earlier tap', () => {
    expect(error([8, 8, 8], [{ type: 'head', from: 'x', layers: [] }]).message).toBe('layers[0]: no tap named "x" before this head');
  });
});
