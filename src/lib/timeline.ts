import type { CatalogueEntry } from './catalogue';

/** Entries grouped by year, oldest year first, titles in alphabetical order inside a year. */
export function byYear(entries: readonly CatalogueEntry[]): { year: number; entries: CatalogueEntry[] }[] {
  const years = new Map<number, CatalogueEntry[]>();
  for (const entry of entries) years.set(entry.data.year, [...(years.get(entry.data.year) ?? []), entry]);
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => ({ year, entries: list.sort((a, b) => a.data.title.localeCompare(b.data.title)) }));
}
