import { describe, expect, it } from 'vitest';
import { readingAuthors, readingLinkLabel, readingYear, sortReadingList } from '../../../src/lib/reading-list';

describe('readingAuthors', () => {
  it('lists up to three authors in paper order', () => {
    expect(readingAuthors({ authors: ['A. One', 'B. Two', 'C. Three'], moreAuthors: false })).toBe('A. One, B. Two, C. Three');
  });
  it('shortens four or more authors to the first one', () => {
    expect(readingAuthors({ authors: ['A. One', 'B. Two', 'C. Three', 'D. Four'], moreAuthors: false })).toBe('A. One et al.');
  });
  it('never lets an incomplete author list read as complete', () => {
    expect(readingAuthors({ authors: ['A. One'], moreAuthors: true })).toBe('A. One et al.');
  });
});

describe('readingYear', () => {
  it('shows the year, or says that the item is undated', () => {
    expect(readingYear({ year: 2018 })).toBe('2018');
    expect(readingYear({ year: undefined })).toBe('undated');
  });
});

describe('sortReadingList', () => {
  it('orders by the area group order, then year, with undated items last in their group', () => {
    const items = [
      { id: 'late-2015', group: 'late', year: 2015 },
      { id: 'early-undated', group: 'early', year: undefined },
      { id: 'early-2019', group: 'early', year: 2019 },
      { id: 'stray', group: 'unknown', year: 2000 },
      { id: 'early-2012', group: 'early', year: 2012 },
    ];
    expect(sortReadingList(items, ['early', 'late']).map((item) => item.id)).toEqual(['early-2012', 'early-2019', 'early-undated', 'late-2015', 'stray']);
  });
});

describe('readingLinkLabel', () => {
  it('names what the link opens', () => {
    expect(readingLinkLabel({ venue: 'GitHub (software, not a paper)' })).toBe('Repository');
    expect(readingLinkLabel({ venue: 'Online write-up (gwern.net), not a paper' })).toBe('Article');
    expect(readingLinkLabel({ venue: 'ICASSP 2019' })).toBe('Paper');
  });
});
