import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'parse5';

/** Where `npm test` builds the site before the build and browser layers run. */
export const DIST = join(process.cwd(), process.env.OUT_DIR ?? 'dist');
/** The base path the site was built with (BASE env), always with a trailing slash. */
export const BASE = (process.env.BASE ?? '/').replace(/\/?$/, '/');

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

/** A built HTML page, parsed once. */
export interface BuiltPage {
  /** Path inside dist, e.g. `classification/resnet/index.html`. */
  file: string;
  /** URL path the page is served at, with the base, e.g. `/classification/resnet/`. */
  url: string;
  html: string;
  elements: { tag: string; attrs: Record<string, string>; text: string }[];
  ids: Set<string>;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

export function parsePage(file: string, html: string): BuiltPage {
  const elements: BuiltPage['elements'] = [];
  const walk = (node: Node) => {
    if (node.tagName) {
      const attrs = Object.fromEntries((node.attrs ?? []).map((attr) => [attr.name, attr.value]));
      elements.push({ tag: node.tagName, attrs, text: ['title', 'a', 'h1', 'script', 'style', 'kbd', 'button'].includes(node.tagName) ? textOf(node).trim() : '' });
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  const url = BASE + file.replace(/index\.html$/, '').replace(/\.html$/, '');
  return { file, url, html, elements, ids: new Set(elements.map((element) => element.attrs.id).filter((id): id is string => Boolean(id))) };
}

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
  pages = files.sort().map((file) => parsePage(file, readFileSync(join(DIST, file), 'utf8')));
  return pages;
}
