import { parse } from 'parse5';

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

/** A built HTML page, parsed once: its elements with attributes, and the ids it defines. */
export interface BuiltPage {
  /** Path inside the output folder, e.g. `classification/resnet/index.html`. */
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

/** Parses a page; `base` is the path the site is served under (`/` or `/AlphaTree/`). */
export function parsePage(file: string, html: string, base = '/'): BuiltPage {
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
  const url = base + file.replace(/index\.html$/, '').replace(/\.html$/, '');
  return { file, url, html, elements, ids: new Set(elements.map((element) => element.attrs.id).filter((id): id is string => Boolean(id))) };
}
