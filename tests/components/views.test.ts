import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ComparisonTable from '../../src/components/compare/ComparisonTable.astro';
import LineageGraph from '../../src/components/lineage/LineageGraph.astro';
import CodeCard from '../../src/components/entry/CodeCard.astro';
import { buildComparison } from '../../src/lib/compare/comparison-table';
import { comparisonSchema } from '../../src/schemas/area';
import { areaLineage } from '../../src/lib/lineage/lineage-graph';
import { layoutLineage } from '../../src/lib/lineage/lineage-layout';
import type { MetricDefinition } from '../../src/schemas/metric';
import { makeArea, makeEntry } from '../unit/lib/test-data';

const glossary = new Map<string, MetricDefinition>([['top1-acc', { name: 'Top-1 accuracy', short: 'Top-1 acc.', unit: '%', better: 'higher', formula: 'a', description: 'd' }]]);
const alex = makeEntry('alexnet', 'cls', { year: 2012, metrics: [{ dataset: 'ImageNet val', metric: 'top1-acc', value: 56.5, setting: 'torchvision weights', source: 'torchvision model card' }] });
const vgg = makeEntry('vgg', 'cls', { year: 2014, builds_on: [{ id: 'alexnet', relation: 'extends' }] });
const byId = new Map([alex, vgg].map((entry) => [entry.id, entry]));

describe('ComparisonTable', () => {
  it('renders a captioned table with scoped headers, glossary links and the source of every number', async () => {
    const container = await AstroContainer.create();
    const table = comparisonSchema.parse({ id: 'demo', caption: 'Demo caption.', entries: ['alexnet', 'vgg'], columns: [{ field: 'year' }, { metric: 'top1-acc', dataset: 'ImageNet val' }] });
    const html = await container.renderToString(ComparisonTable, { props: { model: buildComparison(table, [], byId, glossary) } });
    expect(html).toMatch(/<caption[^>]*>Demo caption\./);
    expect(html).toMatch(/<th scope="col"[^>]*>Model<\/th>/);
    expect(html).toMatch(/<a class="glossary-link"[^>]*href="\/glossary\/#top1-acc"/);
    expect(html).toContain('href="/cls/alexnet/"');
    expect(html).toContain('56.5%');
    expect(html).toContain('Source: torchvision model card');
    expect(html).toMatch(/<td class="num" data-sort[ >][^>]*>\s*—/);
  });
});

describe('LineageGraph', () => {
  it('renders one link per node and one path per edge, with text alternatives', async () => {
    const container = await AstroContainer.create();
    const layout = layoutLineage(areaLineage('cls', [alex, vgg], byId));
    const html = await container.renderToString(LineageGraph, { props: { layout, areas: new Map([['cls', makeArea('cls')]]), label: 'Lineage of cls' } });
    expect(html).toContain('aria-label="Lineage of cls"');
    expect(html.match(/<a href="\/cls\/(alexnet|vgg)\/"/g)).toHaveLength(2);
    expect(html.match(/class="edge edge-extends"/g)).toHaveLength(1);
    expect(html).toContain('<title>VGG extends ALEXNET</title>');
  });
});

describe('CodeCard', () => {
  it('shows provenance and framework of each implementation', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(CodeCard, {
      props: { code: [{ url: 'https://github.com/KaimingHe/deep-residual-networks', kind: 'official', framework: 'Caffe' }, { url: 'https://github.com/pytorch/vision/blob/main/torchvision/models/resnet.py', kind: 'framework', framework: 'PyTorch' }] },
    });
    expect(html).toMatch(/KaimingHe\/deep-residual-networks<\/a>\s*<span class="badge" data-kind="official"[^>]*>\s*official/);
    expect(html).toMatch(/pytorch\/vision<\/a>\s*<span class="badge" data-kind="framework"/);
    expect(html).toContain('rel="noopener"');
  });
  it('says so when no implementation is known', async () => {
    const container = await AstroContainer.create();
    expect(await container.renderToString(CodeCard, { props: { code: [] } })).toContain('No implementation is listed yet');
  });
});
