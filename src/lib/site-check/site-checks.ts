import type { BuiltPage } from './html-page';

/**
 * Checks over a built site, each returning faults as `page: problem` lines (empty when clean).
 * The build-output tests run them on the real site; unit tests run them on broken fixtures.
 */

const SITE = 'http://site.test';

/** Resolves a link found on a page to a site URL, or undefined when it leaves the site. */
export function internalTarget(page: BuiltPage, href: string): URL | undefined {
  if (/^(mailto:|javascript:|data:)/.test(href)) return undefined;
  const resolved = new URL(href, `${SITE}${page.url}`);
  return resolved.origin === SITE ? resolved : undefined;
}

/** Every internal `<a>`/`<link>` leads to a page or file of the site, and its `#fragment` to an id there. */
export function internalLinkFaults(pages: readonly BuiltPage[], fileExists: (sitePath: string) => boolean): string[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const faults: string[] = [];
  for (const page of pages) {
    for (const element of page.elements) {
      const href = element.tag === 'a' || element.tag === 'link' ? element.attrs.href : undefined;
      if (!href) continue;
      const target = internalTarget(page, href);
      if (!target) continue;
      const path = decodeURIComponent(target.pathname);
      const targetPage = byUrl.get(path);
      if (!targetPage && !fileExists(path)) {
        faults.push(`${page.file}: link to ${href} → no such page`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetPage && !targetPage.ids.has(fragment)) faults.push(`${page.file}: link to ${href} → no id "${fragment}" on ${targetPage.file}`);
    }
  }
  return faults;
}

/** External links are well-formed https URLs opened with `rel="noopener"`. */
export function externalLinkFaults(pages: readonly BuiltPage[]): string[] {
  const faults: string[] = [];
  for (const page of pages) {
    for (const element of page.elements.filter((candidate) => candidate.tag === 'a' && candidate.attrs.href)) {
      const href = element.attrs.href!;
      if (internalTarget(page, href)) continue;
      if (!href.startsWith('https://')) faults.push(`${page.file}: ${href} is not https`);
      else if (!(element.attrs.rel ?? '').split(/\s+/).includes('noopener')) faults.push(`${page.file}: ${href} lacks rel="noopener"`);
      try {
        new URL(href);
      } catch {
        faults.push(`${page.file}: ${href} is not a URL`);
      }
    }
  }
  return faults;
}

/** No script, stylesheet, image, font or frame is loaded from another origin. */
export function foreignResourceFaults(pages: readonly BuiltPage[]): string[] {
  return pages.flatMap((page) =>
    page.elements.flatMap((element) => {
      const source = element.tag === 'link' && !['canonical', 'alternate', 'sitemap'].includes(element.attrs.rel ?? '') ? element.attrs.href : element.attrs.src;
      return source && /^(https?:)?\/\//.test(source) ? [`${page.file}: <${element.tag}> loads ${source}`] : [];
    }),
  );
}

/** Every page has a CSP whose default-src is 'self' and whose script-src allows no inline code or other origin. */
export function cspFaults(pages: readonly BuiltPage[]): string[] {
  return pages.flatMap((page) => {
    const meta = page.elements.find((element) => element.tag === 'meta' && element.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
    if (!meta) return [`${page.file}: no CSP`];
    const directives = new Map(
      (meta.attrs.content ?? '')
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...values]) => [name!, values]),
    );
    const script = directives.get('script-src') ?? [];
    return [
      script.includes("'unsafe-inline'") ? [`${page.file}: script-src allows unsafe-inline`] : [],
      directives.get('default-src')?.join(' ') === "'self'" ? [] : [`${page.file}: default-src is not 'self'`],
      script.some((value) => /^https?:/.test(value)) ? [`${page.file}: script-src names another origin`] : [],
    ].flat();
  });
}
