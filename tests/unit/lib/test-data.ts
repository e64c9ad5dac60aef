import type { CatalogueArea, CatalogueEntry } from '../../../src/lib/catalogue';
import { entrySchema, type EntryData } from '../../../src/schemas/entry';
import { areaSchema } from '../../../src/schemas/area';

/** A valid entry with defaults filled in by the real schema; override what a test needs. */
export function makeEntry(id: string, area: string, overrides: Partial<Record<keyof EntryData, unknown>> = {}): CatalogueEntry {
  const data = entrySchema.parse({
    title: id.toUpperCase(),
    fullTitle: `The ${id} paper`,
    authors: ['Ada Lovelace'],
    year: 2015,
    venue: 'CVPR 2016',
    group: 'main',
    summary: `A summary of ${id} that is long enough.`,
    paper: { arxiv: '1512.03385' },
    ...overrides,
  });
  return { id, area, data };
}

export function makeArea(id: string, overrides: Record<string, unknown> = {}): CatalogueArea {
  return {
    id,
    data: areaSchema.parse({
      title: `${id} area`,
      summary: `The ${id} area of the roadmap, for tests.`,
      order: 1,
      color: '#336699',
      groups: [{ id: 'main', title: 'Main' }, { id: 'side', title: 'Side' }],
      ...overrides,
    }),
  };
}
