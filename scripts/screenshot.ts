// Takes screenshots of built pages for a human to look at: npx tsx-free, run with `node --experimental-strip-types`.
import { launchBrowser } from '../tests/support/browser.ts';
import { startStaticServer } from './static-server.mjs';

const [root = 'dist', out = '/tmp/shots', ...paths] = process.argv.slice(2);
const { server, url } = await startStaticServer({ root });
const browser = await launchBrowser();
for (const path of paths.length ? paths : ['']) {
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      page.on('console', (message) => message.type() === 'error' && console.log(`console error on ${path}: ${message.text()}`));
      await page.goto(new URL(path, url).href, { waitUntil: 'networkidle' });
      await page.waitForTimeout(400);
      const name = `${out}/${(path || 'home').replace(/[/]+/g, '_').replace(/^_|_$/g, '') || 'home'}-${device}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
server.close();
