// No raw codes on any screen, and complete English (issue 10 points 2 and 3). Logs in as each demo
// account and visits every page that account's demo reaches — its home, the menu's pages, its queues
// and every case page they list — in zh-CN and in English, and fails on:
//   - an identifier in visible text: snake_case or camelCase words, `true` / `false`, a parameter id
//     such as `gz-rules.selection.xxx` (an article citation such as `gz-rules §6(5)` is allowed);
//   - in English: Chinese text that does not come from data.
//
// Telling data from UI text: the spec records every JSON answer of the API the page receives and
// treats as data every string value except the server's own Chinese labels — keys ending in `_zh`
// or `Zh` (label_zh, description_zh, message_zh, citationZh …), which must each have an English
// twin the page shows instead. Institution, authority, person and occupation names, reference and
// document numbers, reasons and comments typed by users are data and stay as entered; the Chinese
// left after removing them from the visible text is the UI's own and must not be there in English.
// This needs no markup in the pages and cannot be fooled by marking a label as data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Response } from 'playwright-core';
import { apiAs, launchBrowser, logIn, openPage, type TestPage } from './support';

const ACCOUNTS = ['admin', 'osta', 'guizhou', 'jco', 'industry', 'inst_gz', 'inst_nat', 'inst_tx', 'expert'];
const CASE_VIEWS = ['todo', 'done', 'supervised', 'mine', 'assigned'];
const MAX_CASES_PER_ACCOUNT = 4;

const CJK = /[\u3400-\u9fff\uff08\uff09\u3001\u3002\uff0c\uff1a\uff1b]+/g;
const IDENTIFIER = [
  /\b[a-z]+(?:_[a-z0-9]+)+\b/, // snake_case
  /\b[a-z]+(?:[A-Z][a-z0-9]+)+\b/, // camelCase
  /\b(?:true|false)\b/,
  /\b(?:gz-rules|mohrss-filing|mohrss-violations|1x-selection|1x-exit|dept-pilot)\.[a-z0-9_.-]+/, // parameter id
];

let browser: Browser;
let t: TestPage;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every string of an API answer that is data (not a server-side Chinese label). */
function collectData(v: unknown, into: Set<string>, key = ''): void {
  if (typeof v === 'string') {
    if (!/(_zh|Zh)$/.test(key) && v.trim()) into.add(v.trim());
  } else if (Array.isArray(v)) for (const x of v) collectData(x, into, key);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) collectData(x, into, k);
}

function watchData(page: Page): Set<string> {
  const data = new Set<string>();
  page.on('response', (r: Response) => {
    if (!r.url().includes('/api/') || !(r.headers()['content-type'] ?? '').includes('json')) return;
    r.json()
      .then((j: unknown) => collectData(j, data))
      .catch(() => undefined);
  });
  return data;
}

async function visibleText(page: Page): Promise<string> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
  return page.locator('#root').innerText();
}

/** The language switch names each language in its own script (中文 / English): not UI text to translate. */
const LANGUAGE_NAMES = ['中文'];

function problemsIn(text: string, data: Set<string>, lang: 'zh-CN' | 'en'): string[] {
  let rest = text;
  for (const n of LANGUAGE_NAMES) rest = rest.split(n).join(' ');
  // Longest first, so that a name containing a shorter one is removed whole.
  for (const d of [...data].sort((a, b) => b.length - a.length))
    if (d.length > 1) rest = rest.split(d).join(' ');
  const found: string[] = [];
  for (const line of rest.split('\n')) {
    for (const re of IDENTIFIER) {
      const m = re.exec(line);
      if (m) found.push(`identifier “${m[0]}” in “${line.trim().slice(0, 120)}”`);
    }
    if (lang === 'en') {
      const m = line.match(CJK)?.filter((s) => /[\u3400-\u9fff]/.test(s));
      if (m?.length) found.push(`Chinese “${m.join(' ')}” in “${line.trim().slice(0, 120)}”`);
    }
  }
  return found;
}

async function pagesOf(username: string): Promise<string[]> {
  const paths = new Set<string>(['/']);
  const cases = new Set<string>();
  for (const view of CASE_VIEWS) {
    try {
      const list = await apiAs<{ items: { id: string }[] }>(username, `/cases?view=${view}&pageSize=20`);
      paths.add(`/cases?view=${view}`);
      for (const c of list.items) cases.add(c.id);
    } catch {
      // the view is not this account's
    }
  }
  for (const id of [...cases].slice(0, MAX_CASES_PER_ACCOUNT)) paths.add(`/cases/${id}`);
  return [...paths];
}

async function menuPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('.ant-menu a[href^="/"], header a[href^="/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((h) => h && !h.startsWith('/api'));
}

describe.each(ACCOUNTS)('%s sees no raw code', (username) => {
  it.each(['zh-CN', 'en'] as const)('in %s', async (lang) => {
    if (t) await t.context.close();
    t = await openPage(browser);
    const { page } = t;
    const data = watchData(page);
    // The login form is found by its Chinese labels; the language is chosen once logged in.
    await logIn(page, username);
    await page.evaluate((l) => localStorage.setItem('skillreg.lang', l), lang);
    await page.reload();
    const paths = new Set([...(await menuPaths(page)), ...(await pagesOf(username))]);
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const text = await visibleText(page);
      for (const p of problemsIn(text, data, lang)) problems.push(`${path}: ${p}`);
      // Each tab of a case page (history, materials, documents, deadlines) is a page of its own.
      if (path.startsWith('/cases/')) {
        for (const tab of await page.getByRole('tab').all()) {
          await tab.click();
          for (const p of problemsIn(await visibleText(page), data, lang))
            problems.push(`${path} [tab]: ${p}`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
