import type { CatalogueEntry } from './catalogue';

/** An area's landmark entries in year order: the stations of its line on the home page. */
export function landmarkLine(entries: readonly CatalogueEntry[]): CatalogueEntry[] {
  return entries
    .filter((entry) => entry.data.landmark)
    .sort((a, b) => a.data.year - b.data.year || a.data.title.localeCompare(b.data.title));
}
