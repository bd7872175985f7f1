// The script the first public page loads (issue 10 point 9): a visitor opening the home page `/` in a
// fresh browser downloads less than 500 KB of script (the bodies of every script response, decoded, as
// the browser runs them, until the network is idle; compression is on top of this). The demonstration
// server's header shows the demo clock's tag, which counts too. The other public pages a visitor lands
// on are printed beside it (their tables and forms are theirs: no budget here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser } from './support';

const BUDGET = 500_000;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `path` in a fresh context and sums the decoded bodies of its script responses. */
async function scriptLoaded(
  path: string,
  ready: string,
  viewport = { width: 1440, height: 900 },
): Promise<{ bytes: number; scripts: { url: string; bytes: number; encoding: string }[] }> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const pending: Promise<void>[] = [];
  const scripts: { url: string; bytes: number; encoding: string }[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    pending.push(
      res.body().then(
        (body) => {
          scripts.push({
            url: new URL(res.url()).pathname,
            bytes: body.length,
            encoding: res.headers()['content-encoding'] ?? '',
          });
        },
        () => undefined,
      ),
    );
  });
  await page.goto(path);
  await page.getByTestId(ready).waitFor();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return { bytes: scripts.reduce((n, s) => n + s.bytes, 0), scripts };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe('script of the first public page', () => {
  it('the home page loads less than 500 KB of script, compressed on the wire', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { bytes, scripts } = await scriptLoaded('/', 'public-home', viewport);
      console.log(
        `/ at ${viewport.width}px: ${scripts.length} scripts, ${kb(bytes)} decoded\n` +
          scripts
            .sort((a, b) => b.bytes - a.bytes)
            .slice(0, 8)
            .map((s) => `  ${kb(s.bytes).padStart(9)}  ${s.url}`)
            .join('\n'),
      );
      expect(bytes, `script of / at ${viewport.width}px`).toBeLessThan(BUDGET);
      // What the visitor never needs is not there: signed-in frame, forms, tables, charts, messages.
      const names = scripts.map((s) => s.url).join(' ');
      expect(names).not.toMatch(/\/(layout|table|form|bar-chart|case-detail-page|ant-app-holders)-/);
      // Served compressed (@fastify/compress compresses any answer of 1 KB or more).
      const plain = scripts.filter((s) => s.bytes >= 1024 && !/^(br|gzip)$/.test(s.encoding));
      expect(plain.map((s) => s.url)).toEqual([]);
    }
  });

  it('prints what the other public pages load', async () => {
    for (const [path, ready] of [
      ['/directory', 'directory-table'],
      ['/public-notices', 'public-notices-table'],
      ['/guides', 'guides-list'],
    ] as const) {
      const { bytes, scripts } = await scriptLoaded(path, ready);
      console.log(`${path}: ${scripts.length} scripts, ${kb(bytes)} decoded`);
      expect(bytes).toBeGreaterThan(0);
    }
  });
});
