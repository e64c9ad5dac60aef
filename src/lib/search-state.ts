/** What the search page keeps in its URL, so that a search can be shared and reloaded. */
export interface SearchState {
  query: string;
  areas: string[];
  group: string;
  decade: string;
  code: string;
  /** One year, e.g. `2015`. */
  year: string;
  /** A venue series, e.g. `CVPR`. */
  venue: string;
}

/** Reads `?q=…&area=…&group=…&decade=…&year=…&venue=…&code=…`. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    query: params.get('q') ?? '',
    areas: params.getAll('area'),
    group: params.get('group') ?? '',
    decade: params.get('decade') ?? '',
    code: params.get('code') ?? '',
    year: params.get('year') ?? '',
    venue: params.get('venue') ?? '',
  };
}

/** Writes the state back as a query string, leaving out empty parts; `''` when nothing is set. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const area of state.areas) params.append('area', area);
  if (state.group) params.set('group', state.group);
  if (state.decade) params.set('decade', state.decade);
  if (state.code) params.set('code', state.code);
  if (state.year) params.set('year', state.year);
  if (state.venue) params.set('venue', state.venue);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Escapes text for insertion into HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}
