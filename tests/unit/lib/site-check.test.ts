import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/lib/site-check/html-page';
import { cspFaults, externalLinkFaults, foreignResourceFaults, internalLinkFaults } from '../../../src/lib/site-check/site-checks';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc'">`;
const page = (file: string, body: string, head = CSP, base = '/') => parsePage(file, `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, base);

describe('site checks on deliberately broken fixtures', () => {
  const home = page('index.html', '<a href="classification/">area</a><a href="classification/#lineage">lineage</a>');
  const area = page('classification/index.html', '<h2 id="lineage">Lineage</h2><a href="resnet/">ResNet</a><a href="../glossary/#top1-acc">metric</a>');
  const resnet = page('classification/resnet/index.html', '<a href="../vgg/">VGG</a><a href="/favicon.svg">icon</a>');
  const files = new Set(['/favicon.svg']);

  it('reports a link to a missing page and to a missing fragment, naming page and target', () => {
    expect(internalLinkFaults([home, area, resnet], (path) => files.has(path))).toEqual([
      'classification/index.html: link to ../glossary/#top1-acc → no such page',
      'classification/resnet/index.html: link to ../vgg/ → no such page',
    ]);
    const badFragment = page('index.html', '<a href="classification/#nope">x</a>');
    expect(internalLinkFaults([badFragment, area], () => false)).toContain('index.html: link to classification/#nope → no id "nope" on classification/index.html');
  });

  it('resolves links under a base path without assuming the site lives at /', () => {
    const based = [page('index.html', '<a href="/AlphaTree/classification/">x</a><a href="/classification/">y</a>', CSP, '/AlphaTree/'), page('classification/index.html', '', CSP, '/AlphaTree/')];
    expect(internalLinkFaults(based, () => false)).toEqual(['index.html: link to /classification/ → no such page']);
  });

  it('reports external links that are http or lack noopener', () => {
    const links = page('index.html', '<a href="http://example.org">a</a><a href="https://arxiv.org/abs/1">b</a><a href="https://github.com/x/y" rel="noopener">c</a>');
    expect(externalLinkFaults([links])).toEqual(['index.html: http://example.org is not https', 'index.html: https://arxiv.org/abs/1 lacks rel="noopener"']);
  });

  it('reports resources loaded from another origin', () => {
    const cdn = page('index.html', '<script src="https://cdn.example.org/katex.js"></script><img src="//example.org/a.png" alt="">', `${CSP}<link rel="stylesheet" href="https://fonts.example.org/x.css"><link rel="canonical" href="https://alphatree.example.org/">`);
    expect(foreignResourceFaults([cdn])).toEqual([
      'index.html: <link> loads https://fonts.example.org/x.css',
      'index.html: <script> loads https://cdn.example.org/katex.js',
      'index.html: <img> loads //example.org/a.png',
    ]);
  });

  it('reports a missing CSP, unsafe-inline scripts and foreign script origins', () => {
    expect(cspFaults([page('a.html', '', '')])).toEqual(['a.html: no CSP']);
    const loose = page('b.html', '', `<meta http-equiv="content-security-policy" content="default-src *; script-src 'self' 'unsafe-inline' https://cdn.example.org">`);
    expect(cspFaults([loose])).toEqual(["b.html: script-src allows unsafe-inline", "b.html: default-src is not 'self'", 'b.html: script-src names another origin']);
  });
});
