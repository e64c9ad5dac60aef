/** What the re-ranker needs of a search result: its names and its position in Pagefind's order. */
export interface RankableResult {
  title: string;
  /** Other names, as written in the entry's `aliases`. */
  aliases: string[];
  /** The paper's title. */
  paperTitle: string;
  year: number | undefined;
  /** Authors in paper order. */
  authors?: string[];
}

/** Lower-case, hyphens and punctuation as spaces, single spaces: "Squeeze-and-Excitation" → "squeeze and excitation". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const containsPhrase = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `);
const startsWithPhrase = (text: string, phrase: string) => `${text} `.startsWith(`${phrase} `);

/**
 * How directly a result is named by the query, from 6 (the query is its title) to 0 (only the
 * full text matches). Names beat body text: typing a model's name, one of its aliases or its
 * paper's title must put that entry first, whatever the word counts of other pages. A query that
 * is a person's name scores 1 on their papers, 1.5 where they are the first author.
 */
export function nameScore(query: string, result: RankableResult): number {
  const q = normalise(query);
  if (!q) return 0;
  const title = normalise(result.title);
  const aliases = result.aliases.map(normalise);
  const paper = normalise(result.paperTitle);
  if (title === q) return 6;
  if (aliases.includes(q) || paper === q) return 5;
  if (startsWithPhrase(title, q) || aliases.some((alias) => startsWithPhrase(alias, q))) return 4;
  if (containsPhrase(title, q) || aliases.some((alias) => containsPhrase(alias, q))) return 3;
  if (containsPhrase(paper, q)) return 2;
  const authors = (result.authors ?? []).map(normalise);
  if (authors[0] === q) return 1.5;
  if (authors.includes(q)) return 1;
  return 0;
}

/**
 * Re-orders Pagefind's results (given in its order) by how directly their names match the query.
 * Within a tier of named matches the earlier work comes first, because the paper that introduced
 * an idea precedes those that reuse it; unnamed matches keep Pagefind's relevance order.
 */
export function rankByName<T extends RankableResult>(query: string, results: readonly T[]): T[] {
  return results
    .map((result, index) => ({ result, index, score: nameScore(query, result) }))
    .sort((a, b) => {
      if (a.score !== b.score) return b.score - a.score;
      if (a.score > 0 && a.result.year !== undefined && b.result.year !== undefined && a.result.year !== b.result.year) return a.result.year - b.result.year;
      return a.index - b.index;
    })
    .map(({ result }) => result);
}
