import { describe, expect, it } from 'vitest';
import { markExternalLinks } from '../../../../src/lib/markdown/rehype-external-links';

const link = (href: string, rel?: string[]) => ({ type: 'element', tagName: 'a', properties: { href, ...(rel ? { rel } : {}) }, children: [] });

describe('markExternalLinks', () => {
  it('adds noopener to external links only, keeping other rel values', () => {
    const tree = { type: 'root', children: [link('https://arxiv.org/abs/1512.03385'), link('../vgg/'), link('//example.org', ['nofollow'])] };
    expect(markExternalLinks(tree)).toBe(2);
    expect(tree.children.map((node) => node.properties.rel)).toEqual([['noopener'], undefined, ['nofollow', 'noopener']]);
  });
});
