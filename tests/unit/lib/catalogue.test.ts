import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../../../src/lib/catalogue';
import { landmarkLine } from '../../../src/lib/landmarks';
import { makeArea, makeEntry } from './test-data';

const areas = [makeArea('second', { order: 2 }), makeArea('first', { order: 1 })];
const a = makeEntry('a', 'first', { year: 2016, group: 'side', landmark: true });
const b = makeEntry('b', 'first', { year: 2014, landmark: true });
const c = makeEntry('c', 'first', { year: 2012 });
const d = makeEntry('d', 'second', { year: 2017, builds_on: [{ id: 'c', relation: 'extends' }] });
const e = makeEntry('e', 'first', { year: 2013, builds_on: [{ id: 'c', relation: 'improves', note: 'deeper' }] });
const catalogue = indexCatalogue(areas, [a, b, c, d, e], new Map());

describe('indexCatalogue', () => {
  it('orders areas by their order field', () => {
    expect(catalogue.areas.map((area) => area.id)).toEqual(['first', 'second']);
  });
  it('orders an area by group order, then year', () => {
    expect(catalogue.entriesOf('first').map((entry) => entry.id)).toEqual(['c', 'e', 'b', 'a']);
  });
  it('knows which later entries build on an entry, across areas, oldest first', () => {
    expect(catalogue.descendantsOf('c').map((item) => [item.entry.id, item.relation])).toEqual([['e', 'improves'], ['d', 'extends']]);
    expect(catalogue.descendantsOf('a')).toEqual([]);
  });
});

describe('landmarkLine', () => {
  it('keeps landmarks only, in year order', () => {
    expect(landmarkLine(catalogue.entriesOf('first')).map((entry) => entry.id)).toEqual(['b', 'a']);
  });
});
