import { describe, expect, it } from 'vitest';
import { proseWordCount, splitFrontmatter } from '../../../../src/lib/content/frontmatter';

describe('splitFrontmatter', () => {
  it('parses YAML and returns the body with its first line', () => {
    const split = splitFrontmatter('---\ntitle: ResNet\nyear: 2015\n---\n\nBody text.\n');
    expect(split.data).toEqual({ title: 'ResNet', year: 2015 });
    expect(split.body).toBe('\nBody text.\n');
    expect(split.bodyLine).toBe(5);
  });
  it('treats a file without frontmatter as all body', () => {
    expect(splitFrontmatter('Just text')).toEqual({ data: {}, body: 'Just text', bodyLine: 1 });
  });
});

describe('proseWordCount', () => {
  it('counts words of prose but not code, display math or link targets', () => {
    expect(proseWordCount('Two words.\n\n```js\nconst a = 1;\n```\n\n$$\nx = y + z\n$$\n\n[a link](https://example.org/very/long)')).toBe(4);
  });
});
