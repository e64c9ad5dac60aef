import type { EntryData } from '../schemas/entry';

/** Escapes the characters BibTeX treats specially inside braces. */
const escape = (text: string) => text.replace(/([&%$#_])/g, '\\$1');

/** `he2015deep`: first author's family name, year, first significant word of the title. */
export function citationKey(data: Pick<EntryData, 'authors' | 'year' | 'fullTitle'>): string {
  const family = (data.authors[0] ?? 'anon').split(' ').at(-1)!;
  const stop = new Set(['a', 'an', 'the', 'on', 'of', 'for', 'and', 'in', 'to', 'with', 'via']);
  const word = data.fullTitle.split(/[^A-Za-z0-9]+/).find((w) => w && !stop.has(w.toLowerCase())) ?? 'paper';
  const ascii = (text: string) => text.normalize('NFD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return `${ascii(family)}${data.year}${ascii(word)}`;
}

/**
 * A BibTeX record: `@article` with the arXiv eprint when the paper is on arXiv, otherwise
 * `@misc` with the venue and URL. Titles keep their capitals with double braces.
 */
export function toBibtex(data: Pick<EntryData, 'authors' | 'year' | 'fullTitle' | 'venue' | 'paper'>): string {
  const fields: [string, string][] = [
    ['title', `{${escape(data.fullTitle)}}`],
    ['author', escape(data.authors.join(' and '))],
    ['year', String(data.year)],
  ];
  if (data.venue !== 'arXiv') fields.push(['note', escape(data.venue)]);
  if (data.paper.arxiv) {
    fields.push(['journal', `arXiv preprint arXiv:${data.paper.arxiv}`], ['eprint', data.paper.arxiv], ['archivePrefix', 'arXiv']);
  }
  const url = data.paper.arxiv ? `https://arxiv.org/abs/${data.paper.arxiv}` : data.paper.url;
  if (url) fields.push(['url', url]);
  const type = data.paper.arxiv ? 'article' : 'misc';
  const body = fields.map(([key, value]) => `  ${key} = {${value}}`).join(',\n');
  return `@${type}{${citationKey(data)},\n${body}\n}`;
}
