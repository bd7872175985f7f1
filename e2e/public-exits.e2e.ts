// 机构退出公告 and what the public sees after an exit (issue 15 points 7 and 8): the public page /exits at
// 390 px — cards, no sideways scrolling, reached from the visitor's menu — in Chinese and English, each
// exit with its kind, day and authority as the API lists it; the directory's 已退出 filter showing how and
// when an entry ended; and the re-entry bar register for the joint-conference office (jco).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, logIn, openPage, openPhone, screenshot } from './support';

let browser: Browser;

interface Notice {
  id: string;
  institutionName: string;
  kind: string;
  terminatedOn: string;
  authority: { name: string };
}
const api = async <T>(path: string): Promise<T> =>
  (await (await fetch(`${BASE_URL}/api/v1${path}`)).json()) as T;

async function fits(page: Page, what: string) {
  await page.waitForLoadState('networkidle');
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what}: ${scrollWidth}px on ${innerWidth}px`).toBeLessThanOrEqual(innerWidth);
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('机构退出公告 /exits', () => {
  it('on a phone: reached from the menu, one card per exit, newest first, fits 390 px', async () => {
    const { context, page } = await openPhone(browser);
    const notices = await api<{ items: Notice[]; total: number }>('/exit-notices');
    await page.goto('/');
    await page.getByTestId('nav-drawer-button').click();
    await page.getByTestId('nav-drawer').getByText('机构退出公告', { exact: true }).click();
    await page.waitForURL('**/exits');
    await page.getByTestId('exit-notices-page').waitFor();
    await page.getByTestId('exit-notices').waitFor();
    const cards = page.getByTestId('exit-notice');
    await expect(cards.count()).resolves.toBe(Math.min(notices.items.length, 20));
    if (notices.items[0]) {
      const first = cards.first();
      await expect(first.textContent()).resolves.toContain(notices.items[0].institutionName);
      await expect(first.getByTestId('exit-date').textContent()).resolves.toContain(
        notices.items[0].terminatedOn,
      );
      const days = notices.items.map((n) => n.terminatedOn);
      expect([...days].sort().reverse()).toEqual(days);
    }
    await fits(page, '/exits');
    await screenshot(page, 'phone-exit-notices', { fullPage: false });
    await context.close();
  });

  it('speaks English: the title, the kinds and the dates, no Chinese label left', async () => {
    const { context, page } = await openPhone(browser);
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('skillreg.lang', 'en'));
    await page.goto('/exits');
    await page.getByTestId('exit-notices').waitFor();
    await expect(page.getByRole('heading', { name: 'Institution exits' }).count()).resolves.toBe(1);
    for (const tag of await page.getByTestId('exit-kind').allTextContents())
      expect(tag).toMatch(
        /^(Lapsed \(validity ended\)|Voluntary exit|Ordered to terminate|Qualification revoked)$/,
      );
    await fits(page, '/exits (English)');
    await screenshot(page, 'phone-exit-notices-en', { fullPage: false });
    await context.close();
  });
});

describe('the directory after an exit', () => {
  it('已退出 lists the entries an exit withdrew with how and when; the entry page says it too', async () => {
    type Listed = { id: string; ending: { kind: string; on: string } | null };
    const exited = await api<{ items: Listed[] }>('/directory?status=exited');
    const { context, page } = await openPhone(browser);
    await page.goto('/directory?status=exited');
    await page.getByTestId('directory-cards').waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.getByTestId('entry-ending').count()).resolves.toBe(Math.min(exited.items.length, 20));
    await fits(page, '/directory?status=exited');
    await screenshot(page, 'phone-directory-exited', { fullPage: false });
    const first = exited.items[0];
    if (first?.ending) {
      await page.goto(`/directory/${first.id}`);
      await page.getByTestId('directory-entry').waitFor();
      await expect(page.getByTestId('entry-ending').textContent()).resolves.toContain(first.ending.on);
      await fits(page, 'an exited entry');
      await screenshot(page, 'phone-directory-entry-exited', { fullPage: false });
    }
    await context.close();
  });
});

describe('退出限制登记 (1x-exit §10) for the authorities', () => {
  it('jco sees the bars with the last barred day, on a desktop', async () => {
    const t = await openPage(browser);
    await logIn(t.page, 'jco');
    await t.page.goto('/reentry-bars');
    await t.page.getByTestId('reentry-bars-page').waitFor();
    await t.page.getByTestId('bars-table').waitFor();
    await t.page.waitForLoadState('networkidle');
    await screenshot(t.page, 'reentry-bars');
    expect(t.errors).toEqual([]);
    await t.context.close();
  });
});
