import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size in bytes, at the level a static host would use. */
export const gzipSize = (content: string | Buffer): number => gzipSync(content, { level: 9 }).length;

/**
 * JavaScript files a page loads before any interaction: its module scripts and everything they
 * import statically. Dynamic `import()` targets (Mermaid, Pagefind, the search UI) are left out,
 * because they load only when a feature is used.
 */
export function eagerScripts(html: string, dist: string, base: string): string[] {
  const entry = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (!url.startsWith(base) || seen.has(url)) return;
    seen.add(url);
    const source = readFileSync(join(dist, url.slice(base.length)), 'utf8');
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`, not `import(`.
    for (const match of source.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?\sfrom\s*)?["']([^"']+\.js)["']/g)) {
      visit(new URL(match[1]!, `http://site${url}`).pathname);
    }
  };
  entry.forEach(visit);
  return [...seen];
}

/** Inline scripts written into the HTML itself. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).filter((code) => code.trim());
}

/** Stylesheets a page links. */
export function stylesheets(html: string): string[] {
  return [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
}
