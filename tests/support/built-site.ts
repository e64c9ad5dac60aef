import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where `npm test` builds the site before the build and browser layers run. */
export const DIST = join(process.cwd(), process.env.OUT_DIR ?? 'dist');
/** The base path the site was built with (BASE env), always with a trailing slash. */
export const BASE = (process.env.BASE ?? '/').replace(/\/?$/, '/');

import { parsePage, type BuiltPage } from '../../src/lib/site-check/html-page';

export type { BuiltPage };

let pages: BuiltPage[] | undefined;

/** Every HTML page of the built site. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error('dist/ does not exist: run `npm run build` (npm test does it first)');
  if (pages) return pages;
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(path);
      } else if (entry.name.endsWith('.html')) files.push(relative(DIST, path).split('\\').join('/'));
    }
  };
  walk(DIST);
  pages = files.sort().map((file) => parsePage(file, readFileSync(join(DIST, file), "utf8"), BASE));
  return pages;
}
