import { describe, expect, it } from 'vitest';
import rehypeMermaid, { markMermaidBlocks } from '../../../../src/lib/markdown/rehype-mermaid';

const code = (language: string, text: string) => ({
  type: 'element',
  tagName: 'pre',
  properties: {},
  children: [{ type: 'element', tagName: 'code', properties: { className: [`language-${language}`] }, children: [{ type: 'text', value: text }] }],
});

describe('markMermaidBlocks', () => {
  it('turns a mermaid fence into a figure that keeps the source readable', () => {
    const tree = { type: 'root', children: [code('mermaid', 'flowchart LR\n  a --> b\n')] };
    expect(markMermaidBlocks(tree)).toBe(1);
    expect(tree.children[0]).toEqual({
      type: 'element',
      tagName: 'figure',
      properties: { className: ['mermaid-diagram'] },
      children: [{ type: 'element', tagName: 'pre', properties: { className: ['mermaid-source'] }, children: [{ type: 'text', value: 'flowchart LR\n  a --> b' }] }],
    });
  });
  it('leaves other code blocks alone', () => {
    const tree = { type: 'root', children: [code('python', 'print(1)')] };
    expect(markMermaidBlocks(tree)).toBe(0);
    expect(tree.children[0]!.tagName).toBe('pre');
  });

  it('tells the layout that the page has a diagram, and only then', () => {
    const withDiagram = { data: {} as { astro?: { frontmatter?: Record<string, unknown> } } };
    rehypeMermaid()({ type: 'root', children: [code('mermaid', 'flowchart LR')] }, withDiagram);
    expect(withDiagram.data.astro?.frontmatter?.hasMermaid).toBe(true);
    const without = { data: {} as { astro?: { frontmatter?: Record<string, unknown> } } };
    rehypeMermaid()({ type: 'root', children: [code('js', 'x')] }, without);
    expect(without.data.astro).toBeUndefined();
  });
});
