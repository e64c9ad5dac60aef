import { describe, expect, it } from 'vitest';
import { buildComparison, pickMetric } from '../../../../src/lib/compare/comparison-table';
import { compareSortValues } from '../../../../src/lib/compare/sort-values';
import { comparisonSchema } from '../../../../src/schemas/area';
import type { MetricDefinition } from '../../../../src/schemas/metric';
import { makeEntry } from '../test-data';

const glossary = new Map<string, MetricDefinition>([
  ['top5-error', { name: 'Top-5 error', short: 'Top-5 err.', unit: '%', better: 'lower', formula: 'e', description: 'd' }],
  ['macs', { name: 'MACs', short: 'MACs', unit: 'M', better: 'lower', formula: 'm', description: 'd' }],
]);
const alex = makeEntry('alexnet', 'cls', {
  year: 2012,
  metrics: [
    { dataset: 'ImageNet test', metric: 'top5-error', value: 16.4, setting: 'single CNN', source: 'paper, Table 2' },
    { dataset: 'ImageNet test', metric: 'top5-error', value: 15.3, setting: 'ILSVRC 2012 entry, 7 CNNs', source: 'paper, Table 2' },
  ],
  design: { variant: 'AlexNet', depth: 8, convLayers: 5, kernelSizes: [11, 5, 3], fcLayers: 3, fcSizes: [4096, 4096, 1000], dataAugmentation: true, dropout: true, lrn: true, batchNorm: false, source: 'paper, Section 3' },
});
const resnet = makeEntry('resnet', 'cls', { metrics: [{ dataset: 'ImageNet val', metric: 'macs', value: 4090, source: 'torchvision' }] });
const plain = makeEntry('plain', 'cls');
const byId = new Map([alex, resnet, plain].map((entry) => [entry.id, entry]));

describe('pickMetric', () => {
  it('prefers the value whose setting contains the column setting', () => {
    expect(pickMetric(alex.data.metrics, { metric: 'top5-error', dataset: 'ImageNet test', setting: 'ILSVRC' })?.value).toBe(15.3);
  });
  it('takes the first value of metric and dataset when no setting is asked for', () => {
    expect(pickMetric(alex.data.metrics, { metric: 'top5-error', dataset: 'ImageNet test' })?.value).toBe(16.4);
  });
  it('does not mix datasets', () => {
    expect(pickMetric(alex.data.metrics, { metric: 'top5-error', dataset: 'ImageNet val' })).toBeUndefined();
  });
});

describe('buildComparison', () => {
  const table = comparisonSchema.parse({
    id: 'classic',
    caption: 'Classic.',
    entries: ['alexnet', 'resnet'],
    columns: [{ field: 'year' }, { design: 'kernelSizes' }, { design: 'dropout' }, { metric: 'top5-error', dataset: 'ImageNet test', setting: 'ILSVRC' }, { metric: 'macs', dataset: 'ImageNet val' }],
  });
  const model = buildComparison(table, [], byId, glossary);

  it('keeps the listed rows in order', () => {
    expect(model.rows.map((row) => row.entry.id)).toEqual(['alexnet', 'resnet']);
  });
  it('labels metric columns from the glossary and dataset, and carries unit and direction', () => {
    expect(model.headers[3]).toMatchObject({ label: 'Top-5 err. (ImageNet test)', metric: 'top5-error', unit: '%', better: 'lower', numeric: true });
  });
  it('formats cells and keeps their source', () => {
    const [year, kernels, dropout, top5, macs] = model.rows[0]!.cells;
    expect(year).toMatchObject({ text: '2012', sortValue: 2012 });
    expect(kernels?.text).toBe('11×11, 5×5, 3×3');
    expect(dropout).toMatchObject({ text: 'yes', source: 'paper, Section 3 (AlexNet)' });
    expect(top5).toMatchObject({ text: '15.3%', sortValue: 15.3, source: 'paper, Table 2', setting: 'ILSVRC 2012 entry, 7 CNNs' });
    expect(macs).toMatchObject({ text: '—', sortValue: null });
    expect(model.rows[1]!.cells[4]).toMatchObject({ text: '4.09 G', sortValue: 4090 });
  });
  it('without a row list, takes the area entries that report one of its metrics', () => {
    const open = buildComparison({ ...table, entries: undefined }, [alex, resnet, plain], byId, glossary);
    expect(open.rows.map((row) => row.entry.id)).toEqual(['alexnet', 'resnet']);
  });
});

describe('computed columns', () => {
  it('take totals from the architecture spec and say so', () => {
    const table = comparisonSchema.parse({ id: 'c', caption: 'C.', columns: [{ computed: 'params' }, { computed: 'depth' }] });
    const computed = new Map([['resnet', { variant: 'ResNet-50', params: 25557032, macs: 4.09e9, depth: 50, reference: 'torchvision resnet50' }]]);
    const model = buildComparison(table, [alex, resnet, plain], byId, glossary, computed);
    expect(model.rows.map((row) => row.entry.id)).toEqual(['resnet']);
    expect(model.rows[0]!.cells[0]).toMatchObject({ text: '25.56 M', sortValue: 25557032, setting: 'ResNet-50' });
    expect(model.rows[0]!.cells[0]!.source).toContain('checked against torchvision resnet50');
    expect(model.rows[0]!.cells[1]!.text).toBe('50');
    expect(model.headers[0]!.label).toBe('Params (computed)');
  });
});

describe('compareSortValues', () => {
  it('sorts numbers numerically in both directions', () => {
    expect(['10', '9', '100'].sort((a, b) => compareSortValues(a, b, true, true))).toEqual(['9', '10', '100']);
    expect(['10', '9', '100'].sort((a, b) => compareSortValues(a, b, true, false))).toEqual(['100', '10', '9']);
  });
  it('puts empty cells last whatever the direction', () => {
    expect(['', '3', '1'].sort((a, b) => compareSortValues(a, b, true, true))).toEqual(['1', '3', '']);
    expect(['', '3', '1'].sort((a, b) => compareSortValues(a, b, true, false))).toEqual(['3', '1', '']);
  });
});

describe('the weights column', () => {
  const gpt3 = makeEntry('gpt-3', 'nlp', { weights: { access: 'api-only', source: 'paper, Section 1' } });
  const llama2 = makeEntry('llama-2', 'nlp', { weights: { access: 'open', license: 'Llama 2 Community License', source: 'paper, Section 1' } });
  const table = comparisonSchema.parse({ id: 'llms', caption: 'LLMs.', entries: ['gpt-3', 'llama-2', 'plain'], columns: [{ field: 'weights' }] });
  const model = buildComparison(table, [], new Map([gpt3, llama2, plain].map((entry) => [entry.id, entry])), glossary);

  it('says in words who can get the weights, with the licence and where that is stated', () => {
    expect(model.headers[0]).toMatchObject({ label: 'Weights', numeric: false });
    expect(model.rows[0]!.cells[0]).toMatchObject({ text: 'API only', source: 'paper, Section 1' });
    expect(model.rows[1]!.cells[0]).toMatchObject({ text: 'open', setting: 'Llama 2 Community License' });
  });
  it('shows a dash for a model without release information', () => {
    expect(model.rows[2]!.cells[0]).toMatchObject({ text: '—', sortValue: null });
  });
});

