import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter, type SplitSource } from './frontmatter';
import type { Corpus, SourceFile } from './validate-corpus';
import { readSpecFiles } from '../architecture/read-specs';

const ENTRY_FILE = /^[^_.][^.]*\.mdx?$/;

/** Splits a file, turning a YAML syntax error into data the validator reports with the file name. */
function safeSplit(source: string): SplitSource & { parseError?: string } {
  try {
    return splitFrontmatter(source);
  } catch (error) {
    return { data: undefined, body: '', bodyLine: 1, parseError: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

function safeYaml(source: string): { data: unknown; parseError?: string } {
  try {
    return { data: parse(source) };
  } catch (error) {
    return { data: undefined, parseError: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

/** Reads `content/` from disk into a corpus for validation (outside Astro: tests and scripts). */
export function readCorpus(root: string, contentDir = join(root, 'content')): Corpus {
  const entries: SourceFile[] = [];
  const areas: SourceFile[] = [];
  const readingLists: SourceFile[] = [];
  const relativePath = (path: string) => relative(root, path).split('\\').join('/');

  for (const area of readdirSync(contentDir, { withFileTypes: true })) {
    if (!area.isDirectory() || area.name === 'glossary' || area.name === 'architectures') continue;
    const folder = join(contentDir, area.name);
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (name === '_area.mdx' || name === '_area.md') {
        const { data, body, parseError } = safeSplit(readFileSync(path, 'utf8'));
        areas.push({ path: relativePath(path), area: area.name, id: area.name, data, body, parseError });
      } else if (/^reading-list.*\.yaml$/.test(name)) {
        readingLists.push({ path: relativePath(path), area: area.name, id: area.name, body: '', ...safeYaml(readFileSync(path, 'utf8')) });
      } else if (ENTRY_FILE.test(name)) {
        const { data, body, parseError } = safeSplit(readFileSync(path, 'utf8'));
        entries.push({ path: relativePath(path), area: area.name, id: name.replace(/\.mdx?$/, ''), data, body, parseError });
      }
    }
  }
  const metricsPath = join(contentDir, 'glossary', 'metrics.yaml');
  const metrics = { path: relativePath(metricsPath), data: existsSync(metricsPath) ? parse(readFileSync(metricsPath, 'utf8')) : undefined };
  return { entries, areas, readingLists, metrics, architectures: readSpecFiles(root) };
}
