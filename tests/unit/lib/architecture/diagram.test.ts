import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { compileArchitectureFile } from '../../../../src/lib/architecture/compile';
import { layoutDiagram } from '../../../../src/lib/architecture/diagram-layout';
import { layerTable } from '../../../../src/lib/architecture/layer-table';
import { layerLabel } from '../../../../src/lib/architecture/describe-layer';
import { inferArchitecture } from '../../../../src/lib/architecture/infer';
import { layerSchema } from '../../../../src/schemas/architecture';

const resnet = compileArchitectureFile(parse(readFileSync('content/architectures/resnet.yaml', 'utf8')));
if (!resnet.ok) throw new Error('resnet.yaml must compile');
const resnet50 = resnet.variants.find((variant) => variant.variant.name === 'ResNet-50')!;

describe('layerLabel', () => {
  it('writes the original shorthand', () => {
    const label = (item: unknown) => layerLabel(layerSchema.parse(item) as never);
    expect(label({ type: 'conv', out: 64, kernel: 7, stride: 2, padding: 3 })).toBe('7×7, 64 /2');
    expect(label({ type: 'conv', kernel: 3, groups: 'depthwise' })).toBe('dw 3×3');
    expect(label({ type: 'conv', out: 192, kernel: [1, 7] })).toBe('1×7, 192');
    expect(label({ type: 'maxpool', kernel: 3, stride: 2 })).toBe('max 3×3 /2');
    expect(label({ type: 'fc', out: 4096 })).toBe('4096');
  });
});

describe('layoutDiagram', () => {
  const diagram = layoutDiagram(resnet50.model);

  it('makes one foldable panel per stage, with the stage output and parameters', () => {
    expect(diagram.panels.map((panel) => panel.name)).toEqual(['stem', 'conv2_x', 'conv3_x', 'conv4_x', 'conv5_x', 'head']);
    expect(diagram.panels[1]).toMatchObject({ output: { c: 256, h: 56, w: 56 } });
    expect(diagram.panels.reduce((total, panel) => total + panel.params, 0)).toBe(resnet50.model.params);
  });

  it('draws a repeated block once, boxed with its count, and a sum dot per residual', () => {
    const conv4 = diagram.panels[3]!.primitives;
    expect(conv4.filter((shape) => shape.kind === 'text' && shape.text === '×5')).toHaveLength(1);
    expect(conv4.filter((shape) => shape.kind === 'circle' && shape.className === 'arch-sum')).toHaveLength(2);
  });

  it('labels layers with their shape and folds BN and ReLU into the convolution', () => {
    const stem = diagram.panels[0]!.primitives.filter((shape) => shape.kind === 'text').map((shape) => (shape as { text: string }).text);
    expect(stem).toEqual(expect.arrayContaining(['input', '3×224×224', '7×7, 64 /2', 'BN, ReLU', '64×112×112', 'max 3×3 /2', '64×56×56']));
  });

  it('draws the classifier in the output colour and lists only the colours used', () => {
    expect(diagram.panels[5]!.primitives.some((shape) => shape.kind === 'rect' && shape.className.includes('arch-output'))).toBe(true);
    expect(diagram.kinds).toEqual(['input', 'conv', 'maxpool', 'avgpool', 'output', 'sum']);
  });

  it('draws branches into a concat dot', () => {
    const model = inferArchitecture([8, 4, 4], [layerSchema.parse({ type: 'branches', branches: [[{ type: 'conv', out: 4, kernel: 1 }], [{ type: 'maxpool', kernel: 3, stride: 1, padding: 1 }]] })]);
    const shapes = layoutDiagram(model).panels[0]!.primitives;
    expect(shapes.filter((shape) => shape.kind === 'circle' && shape.className === 'arch-concat')).toHaveLength(1);
  });
});

describe('layerTable', () => {
  it('lists every layer once with repeats counted, as a text alternative', () => {
    const rows = layerTable(resnet50.model.layers);
    expect(rows[0]).toMatchObject({ name: 'stage stem', level: 0 });
    expect(rows.find((row) => row.detail === '×5')).toMatchObject({ name: 'then, repeated', output: '1024×14×14' });
    expect(rows.at(-1)).toMatchObject({ name: 'fully connected', output: '1000', params: 2049000 });
  });
});
