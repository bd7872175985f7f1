// The public pages on a phone (issue 10 point 5): at 390×844 every page a visitor reaches without an
// account — home, directory, notices and a notice with its objection form, guides and each guide, rule
// catalogue, working days, recruitment calls, the 404 page — fits the screen (no sideways scrolling),
// lists are cards and the menu sits in a drawer. Also: the first public page's script size (issue 10
// point 9) and desktop screenshots of the new pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, openPhone, screenshot } from './support';

let browser: Browser;

async function phone(): Promise<Page> {
  return (await openPhone(browser)).page;
}

/** No sideways scrolling: the document is no wider than the window. */
async function expectFits(page: Page, what: string): Promise<void> {
  // The page itself, not the spinner of its code or data: text on the page, and nothing spinning.
  await page.waitForFunction(() => {
    const main = document.querySelector('.ant-layout-content');
    return (
      !!main &&
      (main.textContent ?? '').trim().length > 0 &&
      !main.querySelector('.ant-spin-spinning, .ant-skeleton-active')
    );
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(
    scrollWidth,
    `${what}: page is ${scrollWidth}px wide on a ${innerWidth}px screen`,
  ).toBeLessThanOrEqual(innerWidth);
}

const api = async <T>(path: string): Promise<T> =>
  (await (await fetch(`${BASE_URL}/api/v1${path}`)).json()) as T;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('public pages at 390×844', () => {
  it('every public page fits the screen', async () => {
    const page = await phone();
    const guides = await api<{ items: { procedure: string }[] }>('/public/guides');
    const notices = await api<{ items: { id: string }[] }>('/public-notices?status=all');
    const pages: [string, string][] = [
      ['/', 'public-home'],
      ['/directory', 'directory'],
      ['/public-notices', 'public-notices'],
      ['/guides', 'guides'],
      ...guides.items.map((g): [string, string] => [`/guides/${g.procedure}`, `guide-${g.procedure}`]),
      ['/rules', 'rules'],
      ['/working-days', 'working-days'],
      ['/recruitment-calls', 'recruitment-calls'],
      ['/exits', 'exit-notices'],
      ['/no-such-page/at/all', 'not-found'],
    ];
    if (notices.items[0]) pages.push([`/public-notices/${notices.items[0].id}`, 'public-notice-detail']);
    // An institution's entry with branches when the directory has one (the page's longest), else any.
    type Listed = { id: string; institutionName: string; branchName: string | null };
    const entries = await api<{ items: Listed[] }>('/directory?pageSize=100');
    const branched = new Set(entries.items.filter((e) => e.branchName).map((e) => e.institutionName));
    const entry =
      entries.items.find((e) => e.branchName === null && branched.has(e.institutionName)) ?? entries.items[0];
    if (entry) pages.push([`/directory/${entry.id}`, 'directory-entry']);
    for (const [path, name] of pages) {
      await page.goto(path);
      await expectFits(page, path);
      await screenshot(page, `phone-${name}`, { fullPage: false });
    }
    await page.context().close();
  });

  it('the header folds its menu into a drawer that reaches the public pages', async () => {
    const page = await phone();
    await page.goto('/');
    await page.getByTestId('public-home').waitFor();
    await page.getByTestId('nav-drawer-button').click();
    const drawer = page.getByTestId('nav-drawer');
    await drawer.waitFor();
    for (const name of ['首页', '机构目录', '公示公告', '办事指南', '规则目录'])
      await expect(drawer.getByText(name, { exact: true }).count()).resolves.toBe(1);
    await screenshot(page, 'phone-nav-drawer', { fullPage: false });
    await drawer.getByText('办事指南', { exact: true }).click();
    await page.waitForURL('**/guides');
    await page.getByTestId('guides-list').waitFor();
    await expectFits(page, '/guides after the drawer');
    await page.context().close();
  });

  it('lists directory entries and notices as cards, not tables', async () => {
    const page = await phone();
    await page.goto('/directory');
    await page.getByTestId('directory-cards').waitFor();
    expect(await page.getByTestId('directory-table').count()).toBe(0);
    await page.goto('/public-notices');
    await page.getByTestId('public-notices-cards').waitFor();
    expect(await page.getByTestId('public-notices-table').count()).toBe(0);
    await page.context().close();
  });

  it('an unknown path shows the 404 page with the way home, not the login page', async () => {
    const page = await phone();
    await page.goto('/nowhere');
    await page.getByTestId('not-found-home').click();
    await page.getByTestId('public-home').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  });
});

describe('desktop', () => {
  it('the home page, the guides and the 404 page at 1440×900', async () => {
    const context = await browser.newContext({
      baseURL: BASE_URL,
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    // The script the first public page loads (issue 10 point 9): every JS response until the page is idle.
    const scripts: { url: string; bytes: number; encoding: string }[] = [];
    page.on('response', async (res) => {
      if (res.request().resourceType() !== 'script') return;
      const body = await res.body().catch(() => Buffer.alloc(0));
      scripts.push({ url: res.url(), bytes: body.length, encoding: res.headers()['content-encoding'] ?? '' });
    });
    await page.goto('/');
    await page.getByTestId('public-home').waitFor();
    await page.waitForLoadState('networkidle');
    const decoded = scripts.reduce((n, s) => n + s.bytes, 0);
    console.log(`first public page: ${scripts.length} scripts, ${Math.round(decoded / 1024)} KiB decoded`);
    expect(scripts.some((s) => /case-detail-page|bar-chart/.test(s.url))).toBe(false);
    await screenshot(page, 'desktop-public-home');
    await page.goto('/guides');
    await page.getByTestId('guides-list').waitFor();
    await screenshot(page, 'desktop-guides');
    await page.goto('/guides/social-org-filing');
    await page.getByTestId('guide-steps').waitFor();
    await screenshot(page, 'desktop-guide-social-org-filing', { fullPage: false });
    await page.goto('/nowhere');
    await page.getByTestId('not-found-home').waitFor();
    await screenshot(page, 'desktop-not-found', { fullPage: false });
    await context.close();
  });
});
