import { describe, expect, it } from 'vitest';
import { exportEntries } from '../../../../src/lib/export/entries-json';
import { indexCatalogue } from '../../../../src/lib/catalogue';
import { byYear } from '../../../../src/lib/timeline';
import { makeArea, makeEntry } from '../test-data';

const areas = [makeArea('cls')];
const a = makeEntry('alexnet', 'cls', { year: 2012, title: 'AlexNet' });
const b = makeEntry('vgg', 'cls', { year: 2014, title: 'VGG', builds_on: [{ id: 'alexnet', relation: 'extends' }] });
const c = makeEntry('googlenet', 'cls', { year: 2014, title: 'GoogLeNet' });
const catalogue = indexCatalogue(areas, [a, b, c], new Map());

describe('exportEntries', () => {
  const exported = exportEntries(catalogue, new Map());
  it('lists every entry with its page path, paper links, lineage and BibTeX', () => {
    expect(exported.count).toBe(3);
    const vgg = exported.entries.find((entry) => entry.id === 'vgg')!;
    expect(vgg.path).toBe('cls/vgg/');
    expect(vgg.builds_on).toEqual([{ id: 'alexnet', relation: 'extends' }]);
    expect(vgg.paper.links[0]!.url).toBe('https://arxiv.org/abs/1512.03385');
    expect(vgg.bibtex.startsWith('@article{')).toBe(true);
    expect(vgg.architecture).toBeNull();
  });
  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });
});

describe('byYear', () => {
  it('groups by year, oldest first, titles sorted', () => {
    expect(byYear(catalogue.entries).map(({ year, entries }) => [year, entries.map((entry) => entry.data.title)])).toEqual([
      [2012, ['AlexNet']],
      [2014, ['GoogLeNet', 'VGG']],
    ]);
  });
});
