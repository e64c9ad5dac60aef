import { chromium as playwright, type Browser } from 'playwright-core';

/**
 * Launches Chromium without any download step: `CHROMIUM_PATH` when set (e.g. Debian's
 * /usr/bin/chromium), otherwise the binary shipped inside the @sparticuz/chromium npm package.
 */
export async function launchBrowser(): Promise<Browser> {
  let executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) {
    const { default: packaged } = await import('@sparticuz/chromium');
    executablePath = await packaged.executablePath();
  }
  return playwright.launch({
    executablePath,
    headless: true,
    // The machine has no network: background services would only log failed connections.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', '--font-render-hinting=none'],
  });
}
