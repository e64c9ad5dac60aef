import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCorpus } from '../../../../src/lib/content/read-corpus';
import { validateCorpus, type Corpus, type SourceFile } from '../../../../src/lib/content/validate-corpus';
import { formatProblem } from '../../../../src/lib/content/problems';

const FIXTURE = join(__dirname, '../../../fixtures/content-valid');

/** A fresh copy of the valid fixture corpus, so that each case can break one thing. */
const fixture = (): Corpus => structuredClone(readCorpus(FIXTURE));
const entry = (corpus: Corpus, id: string): SourceFile & { data: Record<string, any> } =>
  corpus.entries.find((file) => file.id === id) as SourceFile & { data: Record<string, any> };
const problemsOf = (corpus: Corpus) => validateCorpus(corpus).map(formatProblem);

describe('validateCorpus', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(fixture())).toEqual([]);
  });

  const readingItem = (corpus: Corpus, index: number): Record<string, any> => (corpus.readingLists[0]!.data as any).items[index];

  const cases: [string, (corpus: Corpus) => void, string][] = [
    ['a reading-list paper without a year', (c) => void delete readingItem(c, 0).year, 'content/demo/reading-list.yaml: items[0].year: a paper needs its year; only software'],
    ['a reading-list item in an unknown group', (c) => void (readingItem(c, 1).group = 'middle'), 'content/demo/reading-list.yaml: items[1].group: unknown group "middle"'],
    ['a wrong type', (c) => void (entry(c, 'alpha-net').data.year = 'twenty-twelve'), 'content/demo/alpha-net.md: year:'],
    ['a missing required field', (c) => void delete entry(c, 'alpha-net').data.authors, 'content/demo/alpha-net.md: authors:'],
    ['an unknown builds_on id', (c) => void (entry(c, 'beta-net').data.builds_on[0].id = 'gamma-net'), 'content/demo/beta-net.md: builds_on[0].id: unknown entry "gamma-net"'],
    [
      'a duplicate id',
      (c) => c.entries.push({ ...structuredClone(entry(c, 'alpha-net')), path: 'content/other/alpha-net.md', area: 'other' }),
      'content/other/alpha-net.md: duplicate entry id "alpha-net", also used by content/demo/alpha-net.md',
    ],
    ['a lineage cycle', (c) => void (entry(c, 'alpha-net').data.builds_on = [{ id: 'beta-net', relation: 'extends' }]), 'builds_on: lineage cycle'],
    ['a malformed arXiv id', (c) => void (entry(c, 'alpha-net').data.paper.arxiv = 'arXiv:1201.1'), 'content/demo/alpha-net.md: paper.arxiv: must look like'],
    ['an http URL', (c) => void (entry(c, 'beta-net').data.paper.url = 'http://example.org/beta.pdf'), 'content/demo/beta-net.md: paper.url: must use https://'],
    ['a metric without source', (c) => void delete entry(c, 'alpha-net').data.metrics[0].source, 'content/demo/alpha-net.md: metrics[0].source:'],
    ['an unknown metric key', (c) => void (entry(c, 'alpha-net').data.metrics[0].metric = 'top1-accuracy'), 'content/demo/alpha-net.md: metrics[0].metric: "top1-accuracy" is not in the metric glossary'],
    [
      'official code on a host that is not a code host',
      (c) => void (entry(c, 'alpha-net').data.code[0].url = 'https://example.org/alpha-net.zip'),
      'content/demo/alpha-net.md: code[0].url: official code must live on a code host',
    ],
    ['a venue spelled NIPS', (c) => void (entry(c, 'alpha-net').data.venue = 'NIPS 2012'), 'content/demo/alpha-net.md: venue: write "NeurIPS" for every year'],
    ['an unknown group', (c) => void (entry(c, 'alpha-net').data.group = 'middle'), 'content/demo/alpha-net.md: group: unknown group "middle"'],
    ['too little explanation', (c) => void (entry(c, 'alpha-net').body = 'Too short.'), 'content/demo/alpha-net.md: body: has 2 words of explanation, needs at least 150'],
    ['an unknown field', (c) => void (entry(c, 'alpha-net').data.venu = 'typo'), 'content/demo/alpha-net.md: venu: unknown field'],
    ['broken YAML', (c) => void (entry(c, 'alpha-net').parseError = 'bad indentation of a mapping entry'), 'content/demo/alpha-net.md: frontmatter: is not valid YAML: bad indentation'],
    [
      'an architecture spec with an impossible shape',
      (c) => c.architectures!.push({ path: 'content/architectures/alpha-net.yaml', id: 'alpha-net', data: { entry: 'alpha-net', variants: [{ name: 'A', primary: true, input: [3, 8, 8], layers: [{ type: 'residual', body: [{ type: 'conv', out: 4, kernel: 1 }] }], reference: { params: 1, source: 'test' } }] } }),
      'content/architectures/alpha-net.yaml: variants[0].layers[0]: residual block adds tensors of different shapes: body 4×8×8, shortcut 3×8×8',
    ],
    ['a body link to a page that does not exist', (c) => void (entry(c, 'beta-net').body += '\nSee [Gamma](../gamma-net/).'), 'content/demo/beta-net.md: body: link to "../gamma-net/" does not lead to an entry or area page'],
    ['a body link into the wrong area', (c) => void (entry(c, 'beta-net').body += '\nSee [Alpha](../../other/alpha-net/).'), 'content/demo/beta-net.md: body: link to "../../other/alpha-net/"'],
    [
      'a link to a dead host we know of',
      (c) => void (entry(c, 'beta-net').data.code = [{ url: 'https://code.google.com/p/cuda-convnet/', kind: 'community', framework: 'CUDA' }]),
      'content/demo/beta-net.md: links: https://code.google.com/p/cuda-convnet/ Google Code is shut down',
    ],
    [
      "a link into the original roadmap's diagram repository",
      (c) => void (entry(c, 'beta-net').body += '\n![x](https://github.com/weslynn/graphic-deep-neural-network/blob/master/pic/resnet.png)'),
      'points at the original roadmap',
    ],
    [
      'a comparison table whose id is also an intro heading',
      (c) => void (c.areas[0]!.body += `\n## ${(c.areas[0]!.data as any).comparisons[0].id}\n`),
      `content/demo/_area.mdx: comparisons[0].id: "`,
    ],
    ['an intro heading that takes the id of a page section', (c) => void (c.areas[0]!.body += '\n## Lineage\n'), 'content/demo/_area.mdx: body: heading id "lineage" is also the id of a section'],
    ['an unknown comparison row', (c) => void ((c.areas[0]!.data as any).comparisons[0].entries = ['nope']), 'content/demo/_area.mdx: comparisons[0].entries[0]: unknown entry "nope"'],
  ];

  it.each(cases)('reports %s with file and field', (_name, breakIt, expected) => {
    const corpus = fixture();
    breakIt(corpus);
    const problems = problemsOf(corpus);
    expect(problems.some((problem) => problem.includes(expected)), `expected "${expected}" in:\n${problems.join('\n')}`).toBe(true);
  });
});
