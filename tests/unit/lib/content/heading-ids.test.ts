import { describe, expect, it } from 'vitest';
import { headingSlug, headingSlugs } from '../../../../src/lib/content/heading-ids';

describe('headingSlug', () => {
  it('gives the ids the markdown processor gives headings', () => {
    expect(headingSlug('Large language models')).toBe('large-language-models');
    expect(headingSlug('Pretraining, then adaptation')).toBe('pretraining-then-adaptation');
    expect(headingSlug('The `Transformer` (2017)')).toBe('the-transformer-2017');
  });
});

describe('headingSlugs', () => {
  it('reads headings but not lines in fenced code', () => {
    expect(headingSlugs('## One\ntext\n```\n# not a heading\n```\n### Two words\n')).toEqual(['one', 'two-words']);
  });
});
