import { describe, expect, it } from 'vitest';
import { ancestorPath, compareMetricRows, lineageRelation, nearestCommonAncestor, selectedIds } from '../../../../src/lib/compare/compare-entries';
import type { ExportedEntry } from '../../../../src/lib/export/entries-json';

const entry = (id: string, year: number, builds_on: ExportedEntry['builds_on'] = [], metrics: ExportedEntry['metrics'] = []): ExportedEntry =>
  ({ id, title: id.toUpperCase(), year, builds_on, metrics }) as ExportedEntry;

const alexnet = entry('alexnet', 2012, [], [{ dataset: 'ImageNet val', metric: 'top1-acc', value: 56.5, source: 'torchvision' }]);
const vgg = entry('vgg', 2014, [{ id: 'alexnet', relation: 'extends' }], [{ dataset: 'ImageNet val', metric: 'top1-acc', value: 71.6, source: 'torchvision' }, { dataset: 'VOC', metric: 'map', value: 66, source: 'paper' }]);
const googlenet = entry('googlenet', 2014, [{ id: 'alexnet', relation: 'improves' }]);
const resnet = entry('resnet', 2015, [{ id: 'vgg', relation: 'extends' }]);
const lenet = entry('lenet', 1998);
const byId = new Map([alexnet, vgg, googlenet, resnet, lenet].map((item) => [item.id, item]));

describe('lineageRelation', () => {
  it('names a direct edge, in either order', () => {
    expect(lineageRelation(vgg, alexnet, byId)).toBe('VGG extends ALEXNET');
    expect(lineageRelation(alexnet, vgg, byId)).toBe('VGG extends ALEXNET');
  });
  it('names an indirect descent with the path between', () => {
    expect(lineageRelation(resnet, alexnet, byId)).toBe('RESNET descends from ALEXNET via VGG');
  });
  it('names the nearest shared ancestor', () => {
    expect(lineageRelation(resnet, googlenet, byId)).toBe('both descend from ALEXNET');
  });
  it('says when there is none', () => {
    expect(lineageRelation(lenet, resnet, byId)).toBe('no lineage link');
  });
});

describe('graph helpers', () => {
  it('finds the shortest ancestor path', () => {
    expect(ancestorPath('resnet', 'alexnet', byId)).toEqual(['resnet', 'vgg', 'alexnet']);
    expect(ancestorPath('alexnet', 'resnet', byId)).toBeUndefined();
  });
  it('finds the nearest common ancestor', () => {
    expect(nearestCommonAncestor('googlenet', 'vgg', byId)).toBe('alexnet');
  });
});

describe('compareMetricRows', () => {
  it('puts metrics reported by several entries first and keeps gaps', () => {
    const rows = compareMetricRows([alexnet, vgg]);
    expect(rows.map((row) => `${row.metric}|${row.dataset}`)).toEqual(['top1-acc|ImageNet val', 'map|VOC']);
    expect(rows[1]!.values[0]).toBeUndefined();
  });
});

describe('selectedIds', () => {
  it('keeps known, distinct ids in order, at most four', () => {
    const known = new Set(['a', 'b', 'c', 'd', 'e']);
    expect(selectedIds('?ids=b,a,zz,b', known)).toEqual(['b', 'a']);
    expect(selectedIds('?ids=a,b,c,d,e', known)).toEqual(['a', 'b', 'c', 'd']);
    expect(selectedIds('?id=c&id=d', known)).toEqual(['c', 'd']);
  });
});
