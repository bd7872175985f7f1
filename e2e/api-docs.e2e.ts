// Issue 9 point 4: the API docs page (/api/docs, Swagger UI) and the web app run under the strict
// Content-Security-Policy in Chromium — the page renders, and no violation reaches the console (support.ts
// fails any spec on one). Also: the headers the browser actually receives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot, type TestPage } from './support';

let browser: Browser;
let t: TestPage;

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('under the Content-Security-Policy', () => {
  it('the API docs render their operations, with no violation', async () => {
    const res = await t.page.goto('/api/docs');
    const headers = res!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    await t.page.locator('.swagger-ui .info .title').waitFor();
    // Swagger UI draws only the tags near the viewport: scroll down a screen at a time and keep what
    // each screen showed.
    let seen = '';
    await expect
      .poll(
        async () => {
          seen += await t.page.locator('#swagger-ui').innerText();
          await t.page.mouse.wheel(0, 600);
          return seen;
        },
        { timeout: 60_000, interval: 300 },
      )
      .toContain('/api/v1/public-notices');
    await t.page.mouse.wheel(0, -1_000_000);
    // Open one operation: its schema and "Try it out" come from the bundled scripts too.
    await t.page.locator('.opblock-summary', { hasText: '/api/v1/public/challenge' }).first().click();
    await t.page.getByRole('button', { name: 'Try it out' }).first().waitFor();
    await screenshot(t.page, 'api-docs', { fullPage: false });
    expect(t.errors).toEqual([]);
  });

  it('the web app: hashed scripts cached as immutable and compressed, index.html revalidated', async () => {
    const scripts: { url: string; cache: string; encoding: string }[] = [];
    t.page.on('response', (r) => {
      if (r.request().resourceType() === 'script' && r.url().includes('/assets/'))
        scripts.push({
          url: r.url(),
          cache: r.headers()['cache-control'] ?? '',
          encoding: r.headers()['content-encoding'] ?? '',
        });
    });
    const res = await t.page.goto('/public-notices');
    expect(res!.headers()['cache-control']).toBe('no-cache');
    expect(res!.headers()['content-security-policy']).toContain("object-src 'none'");
    await t.page.waitForFunction(() => (document.querySelector('#root')?.textContent ?? '').includes('公示'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      expect(s.cache, s.url).toBe('public, max-age=31536000, immutable');
      expect(['br', 'gzip'], s.url).toContain(s.encoding);
    }
    expect(t.errors).toEqual([]);
  });
});
