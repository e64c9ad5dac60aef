// Loads Pagefind on demand and returns results re-ranked by name; shared by the search page and
// the header's instant results.
import { rankByName } from '../lib/search-rank';
import { ALIAS_SEPARATOR } from '../lib/search-attributes';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const base = import.meta.env.BASE_URL;
let pagefind: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base });
    return module;
  })();
  return pagefind;
}

/** Searches, loads the first `load` hits and orders them so that a model's own name wins. */
export async function searchRanked(query: string, filters: Record<string, unknown> = {}, load = 30): Promise<{ total: number; results: PagefindResultData[] } | null> {
  const module = await loadPagefind();
  const search = await module.search(query, { filters });
  if (!search) return null;
  const loaded = await Promise.all(search.results.slice(0, load).map((result) => result.data()));
  const ranked = rankByName(
    query,
    loaded.map((data) => ({
      data,
      title: data.meta.title ?? '',
      aliases: data.meta.aliases ? data.meta.aliases.split(ALIAS_SEPARATOR) : [],
      paperTitle: data.meta.paper ?? '',
      authors: data.meta.authors ? data.meta.authors.split(ALIAS_SEPARATOR) : [],
      year: data.meta.year ? Number(data.meta.year) : undefined,
    })),
  );
  return { total: search.results.length, results: ranked.map((item) => item.data) };
}
