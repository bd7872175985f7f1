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

/** One script response: its path, decoded size, size on the wire and encoding. */
interface Script {
  url: string;
  bytes: number;
  wire: number;
  encoding: string;
}

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
): Promise<{ bytes: number; wire: number; scripts: Script[] }> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const pending: Promise<void>[] = [];
  const scripts: Script[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    pending.push(
      Promise.all([res.body(), res.request().sizes()]).then(
        ([body, sizes]) => {
          scripts.push({
            url: new URL(res.url()).pathname,
            bytes: body.length,
            wire: sizes.responseBodySize,
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
  const sum = (key: 'bytes' | 'wire') => scripts.reduce((n, s) => n + s[key], 0);
  return { bytes: sum('bytes'), wire: sum('wire'), scripts };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe('script of the first public page', () => {
  it('the home page loads less than 500 KB of script, compressed on the wire', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { bytes, wire, scripts } = await scriptLoaded('/', 'public-home', viewport);
      console.log(
        `/ at ${viewport.width}px: ${scripts.length} scripts, ${kb(bytes)} decoded, ${kb(wire)} on the wire\n` +
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
      const { bytes, wire, scripts } = await scriptLoaded(path, ready);
      console.log(`${path}: ${scripts.length} scripts, ${kb(bytes)} decoded, ${kb(wire)} on the wire`);
      expect(bytes).toBeGreaterThan(0);
    }
  });
});
