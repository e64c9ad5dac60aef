import { parse } from 'yaml';

/** A Markdown source split into its YAML frontmatter and body. */
export interface SplitSource {
  data: unknown;
  body: string;
  /** Line on which the body starts, for error messages. */
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits `---` frontmatter from a Markdown or MDX source and parses it as YAML. */
export function splitFrontmatter(source: string): SplitSource {
  const match = FENCE.exec(source);
  if (!match) return { data: {}, body: source, bodyLine: 1 };
  return {
    data: parse(match[1]!) ?? {},
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** Words of prose in a Markdown body, ignoring code fences, display math and link targets. */
export function proseWordCount(body: string): number {
  const prose = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_`>|[\]-]/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
