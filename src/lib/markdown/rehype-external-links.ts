/**
 * Adds `rel="noopener"` to links that leave the site, in Markdown bodies as in the components,
 * so that every external link behaves the same way.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export const isExternal = (href: unknown): boolean => typeof href === 'string' && /^(https?:)?\/\//.test(href);

/** Marks every external `<a>` in a hast tree; returns how many it marked. */
export function markExternalLinks(tree: HastNode): number {
  let marked = 0;
  const walk = (node: HastNode) => {
    if (node.type === 'element' && node.tagName === 'a' && isExternal(node.properties?.href)) {
      const rel = node.properties!.rel;
      const values = new Set(Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(' ') : []);
      values.add('noopener');
      node.properties!.rel = [...values];
      marked += 1;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return marked;
}

export default function rehypeExternalLinks() {
  return (tree: HastNode) => {
    markExternalLinks(tree);
  };
}
