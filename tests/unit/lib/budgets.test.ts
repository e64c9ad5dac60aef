import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eagerScripts, gzipSize, inlineScripts } from '../../../src/lib/budgets/eager-assets';

const FIXTURE = join(__dirname, '../../fixtures/broken-site');
const html = readFileSync(join(FIXTURE, 'index.html'), 'utf8');

describe('eager asset measurement on a deliberately heavy fixture', () => {
  it('follows static imports but not dynamic ones', () => {
    expect(eagerScripts(html, FIXTURE, '/')).toEqual(['/_astro/heavy.js', '/_astro/dep.js']);
  });

  it('measures gzip size, so the 2 kB entry-page budget fails on this page', () => {
    const bytes = eagerScripts(html, FIXTURE, '/').reduce((total, url) => total + gzipSize(readFileSync(join(FIXTURE, url))), 0);
    expect(bytes).toBeGreaterThan(2048);
  });

  it('counts inline scripts', () => {
    expect(inlineScripts('<script>let a = 1;</script><script src="/x.js"></script><script type="module">b()</script>')).toEqual(['let a = 1;', 'b()']);
  });
});
