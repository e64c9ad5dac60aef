/**
 * Turns ```mermaid fences into a figure whose source stays readable without JavaScript; the
 * page's lazy loader replaces the source with the rendered SVG. Shiki must exclude `mermaid`
 * so that the fence reaches this plugin as plain `<pre><code class="language-mermaid">`.
 */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const isMermaidCode = (node: HastNode | undefined): boolean => {
  if (node?.type !== 'element' || node.tagName !== 'code') return false;
  const className = node.properties?.className;
  const classes = Array.isArray(className) ? className : typeof className === 'string' ? className.split(' ') : [];
  return classes.includes('language-mermaid') || node.properties?.dataLanguage === 'mermaid';
};

const textOf = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/** Rewrites the mermaid blocks of a hast tree in place and returns how many it found. */
export function markMermaidBlocks(tree: HastNode): number {
  let found = 0;
  const walk = (node: HastNode) => {
    node.children?.forEach((child, index) => {
      const code = child.children?.find((grandchild) => grandchild.type === 'element');
      if (child.type === 'element' && child.tagName === 'pre' && (isMermaidCode(code) || child.properties?.dataLanguage === 'mermaid')) {
        found += 1;
        node.children![index] = {
          type: 'element',
          tagName: 'figure',
          properties: { className: ['mermaid-diagram'] },
          children: [
            {
              type: 'element',
              tagName: 'pre',
              properties: { className: ['mermaid-source'] },
              children: [{ type: 'text', value: textOf(child).trim() }],
            },
          ],
        };
      } else {
        walk(child);
      }
    });
  };
  walk(tree);
  return found;
}

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * The rehype plugin. It also sets `hasMermaid` in the page's remark-plugin frontmatter, so that
 * layouts add the diagram renderer only to pages that have a diagram.
 */
export default function rehypeMermaid() {
  return (tree: HastNode, file: VFileLike) => {
    if (markMermaidBlocks(tree) === 0) return;
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.hasMermaid = true;
  };
}
