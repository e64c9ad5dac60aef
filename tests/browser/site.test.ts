import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type BrowserSession } from '../support/browser-session';

let session: BrowserSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

const resultTitles = (page: Page) => page.locator('[data-search-results] h2').allTextContents();

async function search(page: Page, query: string) {
  await page.goto(session.url(`search/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('result'));
}

describe('search', () => {
  it('finds ResNet first for "residual"', async () => {
    const page = await session.newPage();
    await search(page, 'residual');
    expect((await resultTitles(page))[0]).toBe('ResNet');
  });

  it('shows results as the reader types and keeps the query in the URL', async () => {
    const page = await session.newPage();
    await page.goto(session.url('search/'));
    await page.locator('#search-input').pressSequentially('depthwise separable', { delay: 20 });
    await page.waitForFunction(() => (document.querySelector('[data-search-results]')?.children.length ?? 0) > 0);
    expect(await resultTitles(page)).toContain('MobileNet V1');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('depthwise separable');
  });

  it('narrows results to the chosen area', async () => {
    const page = await session.newPage();
    await search(page, 'convolution');
    const status = page.locator('[data-search-status]');
    const all = Number((await status.textContent())!.split(' ')[0]);
    await page.getByLabel('Lightweight networks').check();
    await expect.poll(async () => Number((await status.textContent())!.split(' ')[0])).toBeLessThan(all);
    const areas = await page.locator('[data-search-results] .result-meta:first-of-type').allTextContents();
    expect(areas.length).toBeGreaterThan(0);
    expect(areas.every((text) => text.startsWith('Lightweight networks'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('area')).toEqual(['Lightweight networks']);
  });

  it('loads no search code until the reader searches', async () => {
    const page = await session.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(session.url('classification/resnet/'), { waitUntil: 'networkidle' });
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });
});

describe('keyboard', () => {
  it('"/" focuses the search box from anywhere on the page', async () => {
    const page = await session.newPage();
    await page.goto(session.url(''));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
  });

  it('Tab reaches the skip link, then the home link, then search', async () => {
    const page = await session.newPage();
    await page.goto(session.url('classification/'));
    const focused: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || ''));
    }
    expect(focused).toEqual(['Skip to content', 'αAlphaTree', 'site-search']);
  });

  it('Enter in the header search opens the search page with results', async () => {
    const page = await session.newPage();
    await page.goto(session.url('lightweight/'));
    await page.locator('#site-search').fill('squeezenet');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=squeezenet/);
    await page.waitForFunction(() => (document.querySelector('[data-search-results]')?.children.length ?? 0) > 0);
    expect((await resultTitles(page))[0]).toBe('SqueezeNet');
  });
});

describe('rendering', () => {
  it('turns the classification mermaid diagram into an SVG', async () => {
    const page = await session.newPage();
    await page.goto(session.url('classification/'));
    await page.locator('.mermaid-diagram[data-rendered] svg').first().waitFor();
    expect(await page.locator('.mermaid-diagram svg').first().isVisible()).toBe(true);
  });

  it('keeps a wide diagram legible on a phone: the figure scrolls instead of shrinking the labels', async () => {
    const page = await session.newPage({ width: 390 });
    await page.goto(session.url('recommendation/'));
    const svg = page.locator('.mermaid-diagram[data-rendered] svg').first();
    await svg.waitFor();
    const { shown, natural, scrollable } = await svg.evaluate((element) => {
      const figure = element.closest('.mermaid-diagram')!;
      return { shown: element.getBoundingClientRect().width, natural: (element as SVGSVGElement).viewBox.baseVal.width, scrollable: figure.scrollWidth > figure.clientWidth };
    });
    expect(natural).toBeGreaterThan(390);
    expect(shown).toBeGreaterThanOrEqual(natural * 0.6 - 1);
    expect(scrollable).toBe(true);
  });

  it('renders KaTeX with its bundled fonts', async () => {
    const page = await session.newPage();
    await page.goto(session.url('classification/resnet/'), { waitUntil: 'networkidle' });
    const math = page.locator('.katex-display .katex-html').first();
    expect(await math.isVisible()).toBe(true);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => [...document.fonts].some((font) => font.family.includes('KaTeX_Main') && font.status === 'loaded'))).toBe(true);
  });

  it('sorts a comparison table when a heading is clicked', async () => {
    const page = await session.newPage();
    await page.goto(session.url('lightweight/'));
    const table = page.locator('#mobile table');
    await table.getByRole('button', { name: 'Year' }).click();
    await table.getByRole('button', { name: 'Year' }).click();
    const years = (await table.locator('tbody tr td:nth-of-type(1)').allTextContents()).map(Number);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(await table.locator('th[aria-sort="descending"]').count()).toBe(1);
  });

  it('switches to dark mode with the toggle and remembers it', async () => {
    const page = await session.newPage();
    await page.goto(session.url(''));
    await page.locator('[data-theme-toggle]').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });
});

describe('architecture diagrams', () => {
  it('fold and unfold a stage', async () => {
    const page = await session.newPage();
    await page.goto(session.url('classification/resnet/'));
    const stage = page.locator('#arch-resnet-50 details.stage').nth(1);
    const drawing = stage.locator('svg');
    expect(await drawing.isVisible()).toBe(true);
    await stage.locator('summary').click();
    expect(await drawing.isVisible()).toBe(false);
    expect(await stage.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await stage.locator('summary').click();
    expect(await drawing.isVisible()).toBe(true);
  });

  it('show computed totals next to the reference', async () => {
    const page = await session.newPage();
    await page.goto(session.url('classification/resnet/'));
    const totals = await page.locator('#arch-resnet-50 .totals').textContent();
    expect(totals).toContain('25,557,032');
    expect(totals).toContain('exact match');
  });
});

describe('discovery', () => {
  it('keeps reading progress in the browser and counts it on the area page', async () => {
    const page = await session.newPage();
    await page.goto(session.url('classification/resnet/'));
    await page.getByRole('button', { name: '✓ Read' }).click();
    expect(await page.getByRole('button', { name: '✓ Read' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(session.url('classification/'));
    await expect.poll(() => page.locator('[data-progress-ids]').first().textContent()).toMatch(/^Your progress: 1 of \d+ read$/);
  });

  it('exports progress to a file and imports it again', async () => {
    const page = await session.newPage();
    await page.goto(session.url(''));
    await page.locator('[data-progress-import]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ app: 'alphatree', version: 1, progress: { vgg: 'read', alexnet: 'read' } })) });
    await expect.poll(() => page.locator('p[data-progress-ids]').first().textContent()).toMatch(/^Your progress: 2 of \d+ read$/);
    expect(await page.locator('.metro-progress').first().textContent()).toMatch(/^2\/\d+ read$/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const file = await (await download).path();
    expect(JSON.parse((await import('node:fs')).readFileSync(file!, 'utf8')).progress).toEqual({ vgg: 'read', alexnet: 'read' });
  });

  it('compares entries chosen in the URL and adds one from the picker', async () => {
    const page = await session.newPage();
    await page.goto(session.url('compare/?ids=resnet,vgg'));
    const table = page.locator('[data-compare-output] table');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['Fact', 'ResNet ×', 'VGG ×']);
    expect(await table.textContent()).toContain('ResNet extends VGG');
    await page.locator('#compare-add').fill('MobileNet V2');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ids')).toBe('resnet,vgg,mobilenet-v2');
  });

  it('filters the timeline by area without JavaScript', async () => {
    const page = await session.newPage();
    await page.goto(session.url('timeline/'));
    const resnet = page.getByRole('link', { name: 'ResNet', exact: true });
    expect(await resnet.isVisible()).toBe(true);
    await page.locator('#show-classification').uncheck();
    expect(await resnet.isVisible()).toBe(false);
  });

  it('links every metro station to its entry', async () => {
    const page = await session.newPage();
    await page.goto(session.url(''));
    const station = page.locator('.metro a.metro-station').filter({ hasText: 'ResNet' }).first();
    await station.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/classification\/resnet\/$/);
  });
});

describe('without JavaScript', () => {
  it('entry, area and glossary content, tables, lineage and diagrams are readable, and search says it needs JavaScript', async () => {
    const page = await session.newPage({ javaScriptEnabled: false });
    await page.goto(session.url('classification/'));
    expect(await page.locator('#lineage + figure svg').isVisible()).toBe(true);
    expect(await page.locator('#classic table').isVisible()).toBe(true);
    expect(await page.locator('.mermaid-source').first().textContent()).toContain('flowchart LR');
    await page.goto(session.url('classification/resnet/'));
    expect(await page.locator('#arch-resnet-50 .diagram-frame svg').first().isVisible()).toBe(true);
    expect(await page.locator('.katex').first().isVisible()).toBe(true);
    await page.goto(session.url('search/?q=resnet'));
    expect(await page.locator('noscript, .notice').first().textContent()).toContain('needs JavaScript');
  });
});

describe('every template', () => {
  const templates = ['', 'classification/', 'classification/resnet/', 'lightweight/mobilenet-v2/', 'glossary/', 'search/?q=vgg', 'compare/?ids=resnet,vgg', 'timeline/', 'no-such-page/'];

  it('loads without console errors and without requests to other origins', async () => {
    for (const path of templates) {
      const page = await session.newPage({ colorScheme: 'dark', width: 390 });
      await page.goto(session.url(path), { waitUntil: 'networkidle' });
      await page.close();
    }
    expect(session.consoleErrors.filter((error) => !error.includes('404 (Not Found)'))).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });

  it('does not scroll sideways on a phone', async () => {
    const faults: string[] = [];
    for (const path of templates) {
      const page = await session.newPage({ width: 390 });
      await page.goto(session.url(path), { waitUntil: 'networkidle' });
      const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scrollWidth > clientWidth + 1) faults.push(`${path}: ${scrollWidth}px wide at ${clientWidth}px`);
      await page.close();
    }
    expect(faults).toEqual([]);
  });
});
