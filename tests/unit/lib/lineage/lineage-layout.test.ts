import { describe, expect, it } from 'vitest';
import { areaLineage } from '../../../../src/lib/lineage/lineage-graph';
import { LAYOUT, layoutLineage } from '../../../../src/lib/lineage/lineage-layout';
import { makeEntry } from '../test-data';

const alex = makeEntry('alexnet', 'cls', { year: 2012 });
const vgg = makeEntry('vgg', 'cls', { year: 2014, builds_on: [{ id: 'alexnet', relation: 'extends' }] });
const inception = makeEntry('googlenet', 'cls', { year: 2014, builds_on: [{ id: 'alexnet', relation: 'improves' }] });
const resnet = makeEntry('resnet', 'cls', { year: 2015, builds_on: [{ id: 'vgg', relation: 'extends' }, { id: 'bn', relation: 'combines' }] });
const bn = makeEntry('bn', 'other', { year: 2015 });
const all = [alex, vgg, inception, resnet, bn];
const byId = new Map(all.map((entry) => [entry.id, entry]));

describe('areaLineage', () => {
  it('takes the area entries, their foreign ancestors as external nodes, and every builds_on edge', () => {
    const graph = areaLineage('cls', all, byId);
    expect(graph.nodes.map((node) => [node.entry.id, node.external])).toEqual([
      ['alexnet', false], ['vgg', false], ['googlenet', false], ['resnet', false], ['bn', true],
    ]);
    expect(graph.edges).toContainEqual({ from: 'bn', to: 'resnet', relation: 'combines' });
    expect(graph.edges).toHaveLength(4);
  });
});

describe('layoutLineage', () => {
  const layout = layoutLineage(areaLineage('cls', all, byId));
  const node = (id: string) => layout.nodes.find((placed) => placed.entry.id === id)!;

  it('puts one column per year, left to right', () => {
    expect(layout.years.map((column) => column.year)).toEqual([2012, 2014, 2015]);
    expect(node('alexnet').x).toBeLessThan(node('vgg').x);
    expect(node('vgg').x).toBe(node('googlenet').x);
    expect(node('resnet').x).toBeGreaterThan(node('vgg').x);
  });

  it('never overlaps two nodes of a column', () => {
    const ys = [node('vgg').y, node('googlenet').y];
    expect(Math.abs(ys[0]! - ys[1]!)).toBeGreaterThanOrEqual(LAYOUT.nodeHeight);
  });

  it('keeps a child level with its only parent when the row is free', () => {
    expect(node('resnet').y).toBe(node('vgg').y);
  });

  it('sizes the drawing to hold every node', () => {
    for (const placed of layout.nodes) {
      expect(placed.x + placed.width).toBeLessThanOrEqual(layout.width);
      expect(placed.y + placed.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('draws edges from the right side of the ancestor to the left side of the descendant', () => {
    const edge = layout.edges.find((candidate) => candidate.from === 'alexnet' && candidate.to === 'vgg')!;
    expect(edge.path.startsWith(`M${node('alexnet').x + LAYOUT.nodeWidth},`)).toBe(true);
    expect(edge.path.endsWith(`${node('vgg').x},${node('vgg').y + LAYOUT.nodeHeight / 2}`)).toBe(true);
  });

  it('is deterministic', () => {
    expect(layoutLineage(areaLineage('cls', all, byId))).toEqual(layout);
  });
});

describe('layoutLineage with groups', () => {
  const fork = makeEntry('fork', 'cls', { year: 2014, group: 'side', builds_on: [{ id: 'alexnet', relation: 'extends' }] });
  const entries = [alex, vgg, fork, bn];
  const graph = areaLineage('cls', [...entries, makeEntry('late', 'cls', { year: 2016, builds_on: [{ id: 'bn', relation: 'combines' }] })], new Map([...entries].map((entry) => [entry.id, entry])));
  const layout = layoutLineage(graph, [{ id: 'main', title: 'Main line' }, { id: 'side', title: 'Side line' }]);
  const node = (id: string) => layout.nodes.find((placed) => placed.entry.id === id)!;

  it('draws one lane per group in reading order, ancestors from other areas first', () => {
    expect(layout.bands.map((band) => band.title)).toEqual(['From other areas', 'Main line', 'Side line']);
    expect(node('bn').y).toBeLessThan(node('alexnet').y);
    expect(node('alexnet').y).toBeLessThan(node('fork').y);
  });

  it('keeps every node inside its lane', () => {
    for (const placed of layout.nodes) {
      const band = layout.bands.find((candidate) => placed.y >= candidate.y && placed.y + placed.height <= candidate.y + candidate.height);
      expect(band, placed.entry.id).toBeDefined();
    }
  });
});
