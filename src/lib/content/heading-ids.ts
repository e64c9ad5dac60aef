import { slug } from 'github-slugger';

/** Ids the area page gives its own sections; an intro heading or a table with one of them would clash. */
export const AREA_PAGE_IDS = ['intro', 'lineage', 'comparisons', 'entries', 'reading-list'] as const;

/** The fragment id a Markdown heading gets: the same slugger the site's markdown processor uses. */
export function headingSlug(text: string): string {
  return slug(text.replace(/[`*_~]/g, '').trim());
}

/** Slugs of the ATX headings of a Markdown body, outside fenced code. */
export function headingSlugs(body: string): string[] {
  const slugs: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) slugs.push(headingSlug(heading[1]!));
  }
  return slugs;
}
