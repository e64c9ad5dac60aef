import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type BrowserSession } from '../support/browser-session';

let session: BrowserSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

/** Real queries — a model name, a paper title, an author or a key idea — and the entry each must put first. */
const QUERIES: [string, string][] = [
  ['residual', 'ResNet'],
  ['depthwise separable', 'Xception'],
  ['inverted residual', 'MobileNet V2'],
  ['squeeze and excitation', 'SENet'],
  ['vision transformer', 'ViT'],
  ['focal loss', 'RetinaNet'],
  ['Going deeper with convolutions', 'GoogLeNet'],
  ['compound scaling', 'EfficientNet'],
  ['channel shuffle', 'ShuffleNet'],
  ['shifted windows', 'Swin Transformer'],
  ['fire module', 'SqueezeNet'],
  ['cardinality', 'ResNeXt'],
  ['YOLO', 'YOLO'],
  ['Mask R-CNN', 'Mask R-CNN'],
  ['cycle consistency', 'CycleGAN'],
  ['Wasserstein', 'WGAN'],
  ['additive angular margin', 'ArcFace'],
  ['part affinity fields', 'OpenPose'],
  ['differentiable binarization', 'DBNet'],
  ['neural radiance fields', 'NeRF'],
  ['denoising diffusion', 'DDPM'],
  ['segment anything', 'SAM'],
  ['Gaussian splatting', '3D Gaussian Splatting'],
  ['Ian Goodfellow', 'GAN'],
  ['region proposal network', 'Faster R-CNN'],
  ['Attention is all you need', 'Transformer'],
  ['masked language model', 'BERT'],
  ['low-rank adaptation', 'LoRA'],
  ['direct preference optimization', 'DPO'],
  ['graph attention', 'GAT'],
  ['ring all-reduce', 'Horovod'],
  ['wide and deep', 'Wide & Deep'],
  ['Whisper', 'Whisper'],
];

describe('search puts the right entry first', () => {
  it(`for ${QUERIES.length} real queries`, async () => {
    const page = await session.newPage();
    const misses: string[] = [];
    for (const [query, expected] of QUERIES) {
      await page.goto(session.url(`search/?q=${encodeURIComponent(query)}`));
      await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('result'));
      const first = await page.locator('[data-search-results] h2').first().textContent();
      if (first !== expected) misses.push(`"${query}" → ${first}, expected ${expected}`);
    }
    expect(misses).toEqual([]);
  });

  it('moves from the search box through the results with the arrow keys', async () => {
    const page = await session.newPage();
    await page.goto(session.url('search/?q=resnet'));
    await page.locator('[data-search-results] li').nth(1).waitFor();
    await page.locator('#search-input').focus();
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.textContent);
    expect(first).toBe((await page.locator('[data-search-results] h2 a').nth(0).textContent()));
    expect(second).toBe((await page.locator('[data-search-results] h2 a').nth(1).textContent()));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.includes('/search/'));
  });

  it('shows a first result after at most 200 kB transferred', async () => {
    const page = await session.newPage();
    await page.goto(session.url('search/'), { waitUntil: 'networkidle' });
    let bytes = 0;
    page.on('response', async (response) => {
      bytes += Number(response.headers()['content-length'] ?? (await response.body().catch(() => Buffer.alloc(0))).length);
    });
    await page.locator('#search-input').fill('residual');
    await page.locator('[data-search-results] li').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(bytes, `${bytes} bytes fetched for the first result`).toBeLessThanOrEqual(200 * 1024);
  });

  it('shows instant results under the header box as the reader types, and arrow + Enter opens one', async () => {
    const page = await session.newPage();
    await page.goto(session.url('timeline/'));
    await page.locator('#site-search').pressSequentially('cyclegan', { delay: 30 });
    const first = page.locator('#instant-results [role="option"]').first();
    await first.waitFor();
    await expect.poll(() => first.locator('strong').textContent()).toBe('CycleGAN');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/gan\/cyclegan\/$/);
  });

  it('Ctrl-K focuses search from any page', async () => {
    const page = await session.newPage();
    await page.goto(session.url('classification/'));
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
  });
});
