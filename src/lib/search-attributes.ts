import type { EntryData } from '../schemas/entry';

/** Pagefind filter values of an entry page: what the search page lets readers narrow by. */
export function searchFilters(areaTitle: string, groupTitle: string, data: Pick<EntryData, 'year' | 'venue' | 'code'>): Record<string, string> {
  return {
    area: areaTitle,
    group: groupTitle,
    year: String(data.year),
    decade: `${Math.floor(data.year / 10) * 10}s`,
    venue: venueSeries(data.venue),
    code: data.code.some((code) => code.kind === 'official') ? 'official code' : 'no official code',
  };
}

/** The venue without its year and edition: "CVPR 2016" → "CVPR", "ICCV 2017 Workshops" → "ICCV". */
export function venueSeries(venue: string): string {
  const series = venue.split(/\s+(?:19|20)\d\d\b/)[0]!.replace(/\s*\(.*$/, '').trim();
  return series || venue;
}

/** Separates aliases inside one metadata string (Pagefind metadata values are flat strings). */
export const ALIAS_SEPARATOR = ' | ';

/** Pagefind metadata of an entry: what a result shows (area, year, summary) and the names the re-ranker matches. */
export function searchMeta(areaTitle: string, data: Pick<EntryData, 'title' | 'year' | 'summary' | 'aliases' | 'fullTitle' | 'authors'>): Record<string, string> {
  return {
    title: data.title,
    area: areaTitle,
    year: String(data.year),
    summary: data.summary,
    aliases: data.aliases.join(ALIAS_SEPARATOR),
    paper: data.fullTitle,
    authors: data.authors.join(ALIAS_SEPARATOR),
  };
}
