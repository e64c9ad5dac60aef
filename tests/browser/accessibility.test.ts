import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type BrowserSession } from '../support/browser-session';

// axe-core from npm, injected into the page: no network, same engine as the browser extensions.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session: BrowserSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

const TEMPLATES = {
  home: '',
  area: 'classification/',
  entry: 'classification/resnet/',
  glossary: 'glossary/',
  search: 'search/?q=residual',
  compare: 'compare/?ids=resnet,vgg',
  timeline: 'timeline/',
  '404': 'no-such-page/',
};

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`every template has no violations in ${scheme} mode`, async () => {
      const faults: string[] = [];
      for (const [name, path] of Object.entries(TEMPLATES)) {
        // The site's CSP rightly refuses injected scripts; the audit bypasses it to load axe.
        const page = await session.newPage({ colorScheme: scheme, bypassCSP: true });
        await page.goto(session.url(path), { waitUntil: 'networkidle' });
        if (name === 'search') await page.locator('[data-search-results] li').first().waitFor();
        if (name === 'compare') await page.locator('[data-compare-output] table').waitFor();
        await page.addScriptTag({ content: axeSource });
        const violations = (await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations;
        })) as AxeViolation[];
        for (const violation of violations) {
          faults.push(`${name} (${scheme}): ${violation.id} [${violation.impact}] ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
        }
        await page.close();
      }
      expect(faults).toEqual([]);
    });
  }

  it('the audit catches violations on a deliberately broken fixture', async () => {
    const page = await session.newPage({ bypassCSP: true });
    await page.setContent(readFileSync(new URL('../fixtures/broken-site/index.html', import.meta.url), 'utf8').replace(/<script[^>]*><\/script>/, ''));
    await page.addScriptTag({ content: axeSource });
    const ids = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })).violations.map((violation) => violation.id);
    });
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'html-has-lang', 'button-name', 'color-contrast']));
  });

  it('keyboard alone reaches the theme toggle, search filters and the compare picker', async () => {
    const page = await session.newPage();
    await page.goto(session.url('search/?q=residual'));
    await page.locator('[data-search-results] li').first().waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached = new Set<string>();
    for (let i = 0; i < 100 && reached.size < 4; i += 1) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.matches('[data-theme-toggle]') ? 'theme' : element?.matches('input[name="area"]') ? 'area filter' : element?.id === 'search-input' || element?.id === 'site-search' ? 'search' : '';
      }));
    }
    expect([...reached].filter(Boolean).sort()).toEqual(['area filter', 'search', 'theme']);
    await page.goto(session.url('compare/'));
    await page.keyboard.press('Tab');
    let guard = 0;
    while (guard < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'compare-add') {
      await page.keyboard.press('Tab');
      guard += 1;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-add');
  });
});
