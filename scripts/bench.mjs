// npm run bench [-- 1000 10000]: builds synthetic corpora shaped like the real content with the
// real layouts, and measures the real site's page weight and first-search cost. Prints numbers;
// it asserts nothing (budgets that can fail live in tests/build/budgets.test.ts).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { generateCorpus } from './synthetic-corpus.mjs';

const root = resolve('.');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const corpora = sizes.length ? sizes : [1000];
const work = join(root, '.bench');
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** Runs a command, returning wall seconds and the peak RSS of the whole process tree (Linux /proc). */
function measure(command, args, options) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const tree = (pid) => {
      const children = existsSync(`/proc/${pid}/task/${pid}/children`) ? readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean) : [];
      return [pid, ...children.flatMap((child) => tree(Number(child)))];
    };
    const timer = setInterval(() => {
      try {
        const rss = tree(child.pid).reduce((total, pid) => {
          const status = existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
          return total + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
        }, 0);
        peak = Math.max(peak, rss);
      } catch {}
    }, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed:\n${stderr.slice(-2000)}`));
      else resolvePromise({ seconds: (performance.now() - started) / 1000, peak });
    });
  });
}

function folderSize(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((total, entry) => total + (entry.isDirectory() ? folderSize(join(dir, entry.name)) : statSync(join(dir, entry.name)).size), 0);
}

async function benchCorpus(count) {
  const project = join(work, `corpus-${count}`);
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  for (const item of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, item), join(project, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  generateCorpus(join(project, 'content'), count, readFileSync(join(root, 'content/glossary/metrics.yaml'), 'utf8'));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const build = await measure('npx', ['astro', 'build'], { cwd: project, env });
  const index = await measure('node', ['scripts/pagefind.mjs', 'dist'], { cwd: project, env });
  const pages = readdirSync(join(project, 'dist'), { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
  return { count, pages, build, index, indexBytes: folderSize(join(project, 'dist/pagefind')) };
}

function pageWeight() {
  const dist = join(root, 'dist');
  if (!existsSync(dist)) return undefined;
  const html = readFileSync(join(dist, 'classification/resnet/index.html'));
  const css = [...html.toString().matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((match) => readFileSync(join(dist, match[1])));
  const js = [...html.toString().matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g)].map((match) => readFileSync(join(dist, match[1])));
  const sum = (buffers, size) => buffers.reduce((total, buffer) => total + size(buffer), 0);
  return {
    html: [html.length, gz(html)],
    css: [sum(css, (b) => b.length), sum(css, gz)],
    js: [sum(js, (b) => b.length), sum(js, gz)],
  };
}

async function firstSearch() {
  if (!existsSync(join(root, 'dist/pagefind'))) return undefined;
  const { launchBrowser } = await import('../tests/support/browser.ts').catch(() => ({}));
  if (!launchBrowser) return undefined;
  const { startStaticServer } = await import('./static-server.mjs');
  const { server, url } = await startStaticServer({ root: join(root, 'dist') });
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(`${url}search/`, { waitUntil: 'networkidle' });
  const responses = [];
  page.on('response', async (response) => responses.push((await response.body().catch(() => Buffer.alloc(0))).length));
  const started = performance.now();
  await page.locator('#search-input').fill('residual');
  await page.locator('[data-search-results] li').first().waitFor();
  const seconds = (performance.now() - started) / 1000;
  await browser.close();
  server.close();
  return { requests: responses.length, bytes: responses.reduce((a, b) => a + b, 0), seconds };
}

mkdirSync(work, { recursive: true });
const results = [];
for (const count of corpora) {
  process.stdout.write(`building a synthetic corpus of ${count} entries… `);
  const result = await benchCorpus(count);
  results.push(result);
  console.log('done');
}
console.log('\nSynthetic corpora (real layouts, unified + KaTeX + Mermaid fences):');
console.log('entries | pages | build s | pages/s | peak RSS | Pagefind s | index size');
for (const r of results) {
  console.log(`${r.count} | ${r.pages} | ${r.build.seconds.toFixed(1)} | ${(r.pages / r.build.seconds).toFixed(0)} | ${(r.build.peak / 2 ** 30).toFixed(2)} GiB | ${r.index.seconds.toFixed(1)} | ${(r.indexBytes / 2 ** 20).toFixed(1)} MiB`);
}
if (results.length > 1) {
  const [small, large] = [results[0], results.at(-1)];
  console.log(`growth: t(${large.count}) / t(${small.count}) = ${(large.build.seconds / small.build.seconds).toFixed(2)} for ${(large.count / small.count).toFixed(1)}× the entries`);
}
const weight = pageWeight();
if (weight) {
  console.log('\nReal site, classification/resnet/ (raw / gzip):');
  console.log(`HTML ${kb(weight.html[0])} / ${kb(weight.html[1])} · CSS ${kb(weight.css[0])} / ${kb(weight.css[1])} · eager JS ${kb(weight.js[0])} / ${kb(weight.js[1])}`);
}
const search = await firstSearch();
if (search) console.log(`First search result ("residual"): ${search.requests} requests, ${kb(search.bytes)} fetched, ${search.seconds.toFixed(2)} s`);
