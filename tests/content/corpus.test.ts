import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/lib/content/read-corpus';
import { validateCorpus } from '../../src/lib/content/validate-corpus';
import { formatProblem } from '../../src/lib/content/problems';

const corpus = readCorpus(process.cwd());

describe('the real content/ folder', () => {
  it('has entries and areas', () => {
    expect(corpus.entries.length).toBeGreaterThan(0);
    expect(corpus.areas.length).toBeGreaterThan(0);
  });

  it('passes every schema and cross-file check', () => {
    expect(validateCorpus(corpus).map(formatProblem)).toEqual([]);
  });
});
