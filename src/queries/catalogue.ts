import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { indexCatalogue, type Catalogue, type CatalogueEntry } from '../lib/catalogue';
import type { EntryData } from '../schemas/entry';
import type { ReadingItem } from '../schemas/reading-list';
import { sortReadingList } from '../lib/reading-list';
import { AREAS_COLLECTION, GLOSSARY_COLLECTION, READING_LISTS_COLLECTION } from './collection-names';

let cached: Promise<Catalogue> | undefined;

/** The whole catalogue, loaded from the content collections once per build. */
export function getCatalogue(): Promise<Catalogue> {
  cached ??= (async () => {
    const areas = await getCollection(AREAS_COLLECTION);
    const entries: CatalogueEntry[] = [];
    for (const area of areas) {
      // Area collections are created from the folders at config time, so their names are data.
      const items = (await getCollection(area.id as CollectionKey)) as { id: string; data: EntryData }[];
      entries.push(...items.map((item) => ({ id: item.id, area: area.id, data: item.data })));
    }
    const glossary = await getCollection(GLOSSARY_COLLECTION);
    return indexCatalogue(
      areas.map((area) => ({ id: area.id, data: area.data })),
      entries,
      new Map(glossary.map((metric) => [metric.id, metric.data])),
    );
  })();
  return cached;
}

/** The area's `_area.mdx`, for rendering its intro. */
export async function getAreaDocument(area: string): Promise<CollectionEntry<typeof AREAS_COLLECTION>> {
  const document = (await getCollection(AREAS_COLLECTION)).find((item) => item.id === area);
  if (!document) throw new Error(`no _area.mdx for area "${area}"`);
  return document;
}

/** The collection entry of an entry page, for rendering its body. */
export async function getEntryDocument(area: string, id: string) {
  const items = await getCollection(area as CollectionKey);
  const document = items.find((item) => item.id === id);
  if (!document) throw new Error(`no entry "${id}" in area "${area}"`);
  return document;
}

/** The reading list of an area (all its reading-list*.yaml files), sorted by group order then year; empty when the area has none. */
export async function getReadingList(area: string, groupOrder: readonly string[]): Promise<ReadingItem[]> {
  const lists = (await getCollection(READING_LISTS_COLLECTION)).filter((item) => item.id.split('/')[0] === area);
  return sortReadingList(lists.flatMap((list) => list.data.items), groupOrder);
}
