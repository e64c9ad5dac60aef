import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { launchBrowser } from './browser';
import { BASE, DIST } from './built-site';
import { startStaticServer } from '../../scripts/static-server.mjs';

/** One browser and one server for a test file, recording console errors and foreign requests. */
export interface BrowserSession {
  url: (path?: string) => string;
  newPage: (options?: { width?: number; colorScheme?: 'light' | 'dark'; bypassCSP?: boolean; javaScriptEnabled?: boolean }) => Promise<Page>;
  consoleErrors: string[];
  foreignRequests: string[];
  close: () => Promise<void>;
}

export async function openSession(): Promise<BrowserSession> {
  const { server, url: siteUrl } = (await startStaticServer({ root: DIST, base: BASE })) as { server: Server; url: string };
  const origin = new URL(siteUrl).origin;
  const browser: Browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  return {
    url: (path = '') => new URL(path, siteUrl).href,
    consoleErrors,
    foreignRequests,
    async newPage({ width = 1280, colorScheme = 'light', bypassCSP = false, javaScriptEnabled = true } = {}) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, bypassCSP, javaScriptEnabled });
      contexts.push(context);
      // Any request to another origin is recorded and refused: the site must work offline.
      await context.route('**/*', (route) => {
        const requestUrl = route.request().url();
        if (requestUrl.startsWith(origin) || requestUrl.startsWith('data:') || requestUrl.startsWith('blob:')) return route.continue();
        foreignRequests.push(requestUrl);
        return route.abort();
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      server.close();
    },
  };
}
