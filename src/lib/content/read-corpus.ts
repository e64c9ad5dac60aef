import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from './frontmatter';
import type { Corpus, SourceFile } from './validate-corpus';

const ENTRY_FILE = /^[^_.][^.]*\.mdx?$/;

/** Reads `content/` from disk into a corpus for validation (outside Astro: tests and scripts). */
export function readCorpus(root: string, contentDir = join(root, 'content')): Corpus {
  const entries: SourceFile[] = [];
  const areas: SourceFile[] = [];
  const readingLists: SourceFile[] = [];
  const relativePath = (path: string) => relative(root, path).split('\\').join('/');

  for (const area of readdirSync(contentDir, { withFileTypes: true })) {
    if (!area.isDirectory() || area.name === 'glossary') continue;
    const folder = join(contentDir, area.name);
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (name === '_area.mdx' || name === '_area.md') {
        const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'));
        areas.push({ path: relativePath(path), area: area.name, id: area.name, data, body });
      } else if (name === 'reading-list.yaml') {
        readingLists.push({ path: relativePath(path), area: area.name, id: area.name, data: parse(readFileSync(path, 'utf8')), body: '' });
      } else if (ENTRY_FILE.test(name)) {
        const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'));
        entries.push({ path: relativePath(path), area: area.name, id: name.replace(/\.mdx?$/, ''), data, body });
      }
    }
  }
  const metricsPath = join(contentDir, 'glossary', 'metrics.yaml');
  const metrics = { path: relativePath(metricsPath), data: existsSync(metricsPath) ? parse(readFileSync(metricsPath, 'utf8')) : undefined };
  return { entries, areas, readingLists, metrics };
}
