import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, DIST, builtPages } from '../support/built-site';
import { cspFaults, externalLinkFaults, foreignResourceFaults, internalLinkFaults } from '../../src/lib/site-check/site-checks';
import { readCorpus } from '../../src/lib/content/read-corpus';
import { readingLinkLabel, readingYear } from '../../src/lib/reading-list';
import type { ReadingItem } from '../../src/schemas/reading-list';

const pages = builtPages();
const byUrl = new Map(pages.map((page) => [page.url, page]));
const corpus = readCorpus(process.cwd());

describe('built pages', () => {
  it('exist for every entry, every area, the glossary, search and 404', () => {
    const expected = [
      ...corpus.entries.map((entry) => `${BASE}${entry.area}/${entry.id}/`),
      ...corpus.areas.map((area) => `${BASE}${area.area}/`),
      BASE,
      `${BASE}glossary/`,
      `${BASE}search/`,
      `${BASE}compare/`,
      `${BASE}timeline/`,
      `${BASE}404`,
    ];
    expect(expected.filter((url) => !byUrl.has(url))).toEqual([]);
  });

  it('each have lang, a title and a description', () => {
    const faults = pages.flatMap((page) => {
      const html = page.elements.find((element) => element.tag === 'html');
      const title = page.elements.find((element) => element.tag === 'title');
      const description = page.elements.find((element) => element.tag === 'meta' && element.attrs.name === 'description');
      return [
        html?.attrs.lang ? [] : [`${page.file}: no lang`],
        title?.text ? [] : [`${page.file}: no title`],
        description?.attrs.content && description.attrs.content.length > 30 ? [] : [`${page.file}: no description`],
      ].flat();
    });
    expect(faults).toEqual([]);
  });

  it('have unique ids', () => {
    const faults = pages.flatMap((page) => {
      const ids = page.elements.map((element) => element.attrs.id).filter(Boolean);
      return ids.filter((id, index) => ids.indexOf(id) !== index).map((id) => `${page.file}: duplicate id "${id}"`);
    });
    expect(faults).toEqual([]);
  });
});

describe('reading lists', () => {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const rowsOf = (area: string) => (byUrl.get(`${BASE}${area}/`)?.html.split('id="reading-list"')[1] ?? '').split('<tr').slice(1);

  it('show every item on its area page with its year (or "undated"), its authors and a labelled link', () => {
    const faults = corpus.readingLists.flatMap((file) =>
      ((file.data as { items?: ReadingItem[] }).items ?? []).flatMap((item) => {
        const row = rowsOf(file.area).find((candidate) => candidate.includes(`${escape(item.fullTitle)} — `));
        if (!row) return [`${file.path}: "${item.fullTitle}" has no row on the ${file.area} page`];
        const year = readingYear(item);
        const label = readingLinkLabel(item);
        const authorsShown = row.includes(escape(item.authors[0] ?? '')) && (!item.moreAuthors || row.includes(' et al.'));
        return [
          ...(row.includes(`>${year}<`) ? [] : [`${file.path}: "${item.title}" does not show its year ${year}`]),
          ...(authorsShown ? [] : [`${file.path}: "${item.title}" does not show its first author${item.moreAuthors ? ' followed by "et al."' : ''}`]),
          ...(new RegExp(`<a href="https://[^"]+" rel="noopener"[^>]*>${label}</a>`).test(row) ? [] : [`${file.path}: "${item.title}" has no "${label}" link`]),
        ];
      }),
    );
    expect(faults).toEqual([]);
  });
});

describe('links', () => {
  it('every internal link and #fragment resolves (page → target)', () => {
    expect(internalLinkFaults(pages, (path) => existsSync(join(DIST, path.slice(BASE.length))))).toEqual([]);
  });

  it('external links are https and open safely', () => {
    expect(externalLinkFaults(pages)).toEqual([]);
  });
});

describe('no request to another origin', () => {
  it('no script, stylesheet, image, font or frame is loaded from elsewhere', () => {
    const faults = foreignResourceFaults(pages);
    const assets = join(DIST, '_astro');
    for (const file of readdirSync(assets).filter((name) => name.endsWith('.css') || name.endsWith('.js'))) {
      const text = readFileSync(join(assets, file), 'utf8');
      for (const match of text.matchAll(/(?:url\(|@import\s+|import\(|from\s*)["']?(https?:\/\/[^"')\s]+)/g)) faults.push(`_astro/${file}: loads ${match[1]}`);
    }
    expect(faults).toEqual([]);
  });
});

describe('deployment files', () => {
  it('has a sitemap, robots.txt pointing at it, and an RSS item per entry', () => {
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+sitemap-index\.xml$/m);
    const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    expect(rss.match(/<item>/g)?.length).toBe(corpus.entries.length);
  });

  it('every page has OpenGraph title and description', () => {
    const faults = pages.filter((page) => !['og:title', 'og:description'].every((property) => page.elements.some((element) => element.tag === 'meta' && element.attrs.property === property && element.attrs.content))).map((page) => page.file);
    expect(faults).toEqual([]);
  });
});

describe('content security policy', () => {
  it('every page carries a CSP whose script-src has no unsafe-inline and which allows only this origin', () => {
    expect(cspFaults(pages)).toEqual([]);
  });
});

describe('data export', () => {
  it('/data/entries.json lists every entry with the documented shape', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data/entries.json'), 'utf8'));
    expect(data.version).toBe(1);
    expect(data.count).toBe(corpus.entries.length);
    const resnet = data.entries.find((entry: { id: string }) => entry.id === 'resnet');
    expect(resnet).toMatchObject({ area: 'classification', path: 'classification/resnet/', year: 2015, architecture: { variant: 'ResNet-50', params: 25557032, depth: 50 } });
    expect(resnet.bibtex).toContain('@article{he2015deep');
  });
});

describe('search index', () => {
  it('Pagefind wrote its index and script', () => {
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('every entry page is indexed with its area, group and year filters', () => {
    const faults = corpus.entries.flatMap((entry) => {
      const page = byUrl.get(`${BASE}${entry.area}/${entry.id}/`)!;
      const filters = page.elements.filter((element) => element.attrs['data-pagefind-filter']).map((element) => element.attrs['data-pagefind-filter']);
      const body = page.elements.some((element) => 'data-pagefind-body' in element.attrs);
      return body && ['area', 'group', 'year'].every((key) => filters.includes(key)) ? [] : [`${page.file}: missing pagefind body or filters`];
    });
    expect(faults).toEqual([]);
  });
});

describe('math and diagrams', () => {
  const entryPages = corpus.entries.map((entry) => ({ entry, page: byUrl.get(`${BASE}${entry.area}/${entry.id}/`)! }));

  it('every formula in an entry body is rendered by KaTeX, none left as raw TeX', () => {
    const faults = entryPages.flatMap(({ entry, page }) => {
      const hasMath = /\$[^$\s][^$]*\$/.test(entry.body);
      const rendered = page.html.includes('class="katex"');
      const leftover = page.html.includes('$$') || page.html.includes('katex-error');
      return (hasMath && !rendered) || leftover ? [`${page.file}: math not rendered`] : [];
    });
    expect(faults).toEqual([]);
  });

  it('the classification intro carries a mermaid diagram whose source is readable without JS', () => {
    const page = byUrl.get(`${BASE}classification/`)!;
    expect(page.html).toMatch(/<figure class="mermaid-diagram"><pre class="mermaid-source"[^>]*>flowchart LR/);
  });

  it('KaTeX styles and fonts are bundled', () => {
    const css = readdirSync(join(DIST, '_astro')).filter((name) => name.endsWith('.css')).map((name) => readFileSync(join(DIST, '_astro', name), 'utf8')).join('\n');
    expect(css).toContain('.katex');
    expect(readdirSync(join(DIST, '_astro')).some((name) => name.startsWith('KaTeX_Main-Regular'))).toBe(true);
  });
});
