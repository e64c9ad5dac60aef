import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A spec file read from `content/architectures/` (outside Astro: tests and the content check). */
export interface SpecFile {
  /** Path relative to the repository root. */
  path: string;
  /** File name without extension: the entry id. */
  id: string;
  data: unknown;
  parseError?: string;
}

export function readSpecFiles(root: string): SpecFile[] {
  const folder = join(root, 'content', 'architectures');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const path = `content/architectures/${name}`;
      const id = name.replace(/\.yaml$/, '');
      try {
        return { path, id, data: parse(readFileSync(join(folder, name), 'utf8')) };
      } catch (error) {
        return { path, id, data: undefined, parseError: error instanceof Error ? error.message.split('\n')[0] : String(error) };
      }
    });
}
