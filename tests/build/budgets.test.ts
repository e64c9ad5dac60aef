import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, DIST, builtPages } from '../support/built-site';
import { eagerScripts, gzipSize, inlineScripts, stylesheets } from '../../src/lib/budgets/eager-assets';
import { readCorpus } from '../../src/lib/content/read-corpus';

/** Budgets from the quality issue; `npm run bench` prints the measured numbers. */
const BUDGET = { entryEagerJs: 2048, css: 20 * 1024, medianEntryHtml: 15 * 1024 };

const pages = builtPages();
const corpus = readCorpus(process.cwd());
const entryUrls = new Set(corpus.entries.map((entry) => `${BASE}${entry.area}/${entry.id}/`));
const entryPages = pages.filter((page) => entryUrls.has(page.url));
const eagerJsBytes = (html: string) =>
  eagerScripts(html, DIST, BASE).reduce((total, url) => total + gzipSize(readFileSync(join(DIST, url.slice(BASE.length)))), 0) +
  inlineScripts(html).reduce((total, code) => total + gzipSize(code), 0);

describe('page weight budgets', () => {
  it(`eager JavaScript on every entry page stays under ${BUDGET.entryEagerJs} bytes gzipped`, () => {
    const heaviest = entryPages.map((page) => ({ file: page.file, bytes: eagerJsBytes(page.html) })).sort((a, b) => b.bytes - a.bytes)[0]!;
    expect(heaviest.bytes, `${heaviest.file} loads ${heaviest.bytes} bytes of eager JS`).toBeLessThanOrEqual(BUDGET.entryEagerJs);
  });

  it('pages without a diagram or search load no Mermaid or Pagefind code eagerly', () => {
    const faults = pages.flatMap((page) =>
      eagerScripts(page.html, DIST, BASE)
        .filter((url) => {
          const code = readFileSync(join(DIST, url.slice(BASE.length)), 'utf8');
          return /mermaid\.(?:initialize|render)|flowchart-v2|pagefind-entry|PagefindInstance/.test(code);
        })
        .map((url) => `${page.file}: eager ${url} contains Mermaid or Pagefind`),
    );
    expect(faults).toEqual([]);
  });

  it(`CSS of every page stays under ${BUDGET.css} bytes gzipped`, () => {
    const heaviest = pages
      .map((page) => ({ file: page.file, bytes: stylesheets(page.html).reduce((total, href) => total + gzipSize(readFileSync(join(DIST, href.slice(BASE.length)))), 0) }))
      .sort((a, b) => b.bytes - a.bytes)[0]!;
    expect(heaviest.bytes, `${heaviest.file} links ${heaviest.bytes} bytes of CSS`).toBeLessThanOrEqual(BUDGET.css);
  });

  it(`the median entry page's HTML stays under ${BUDGET.medianEntryHtml} bytes gzipped`, () => {
    const sizes = entryPages.map((page) => gzipSize(page.html)).sort((a, b) => a - b);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(BUDGET.medianEntryHtml);
  });
});
