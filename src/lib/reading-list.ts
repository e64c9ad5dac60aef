import type { ReadingItem } from '../schemas/reading-list';
import { isSoftwareVenue } from '../schemas/venue';

/** Authors as one line: up to three names; "First et al." beyond that or when the list is known to be incomplete. */
export function readingAuthors(item: Pick<ReadingItem, 'authors' | 'moreAuthors'>): string {
  if (item.authors.length > 3) return `${item.authors[0]} et al.`;
  if (item.moreAuthors) return `${item.authors.join(', ')} et al.`;
  return item.authors.join(', ');
}

/** What the year column shows: the year, or "undated" for software whose first release no dated source gives. */
export function readingYear(item: Pick<ReadingItem, 'year'>): string {
  return item.year === undefined ? 'undated' : String(item.year);
}

/** Reading-list order: the area's group order (unknown groups last), then year, undated items last in their group. */
export function sortReadingList<T extends Pick<ReadingItem, 'group' | 'year'>>(items: readonly T[], groupOrder: readonly string[]): T[] {
  const rank = (group: string) => {
    const index = groupOrder.indexOf(group);
    return index === -1 ? Infinity : index;
  };
  const yearRank = (year: number | undefined) => year ?? Infinity;
  return [...items].sort((a, b) => rank(a.group) - rank(b.group) || yearRank(a.year) - yearRank(b.year));
}

/** Label of the main link: software points at its repository, online write-ups at an article, the rest at a paper. */
export function readingLinkLabel(item: Pick<ReadingItem, 'venue'>): 'Repository' | 'Article' | 'Paper' {
  if (isSoftwareVenue(item.venue)) return 'Repository';
  if (/^Online write-up\b/.test(item.venue)) return 'Article';
  return 'Paper';
}
