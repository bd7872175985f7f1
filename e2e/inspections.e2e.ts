// 双随机抽查 in the browser (issue 14 point 1; 1x-selection §25): `guizhou` plans a round (its commitment is
// on the round page at once), draws it with the button, records the findings of its one target, concludes
// and publishes; then anyone — on a 390 px phone, without an account — opens the draw's public page, which
// re-runs the draw with Web Crypto and says 一致, and finds the published result under 抽查结果公开.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  apiAs,
  apiSend,
  launchBrowser,
  logIn,
  openPage,
  openPhone,
  screenshot,
  type TestPage,
} from './support';

let browser: Browser;
let round: { id: string; drawId: string; referenceNo: string };

beforeAll(async () => {
  browser = await launchBrowser();
  // The largest pool the authority may use (its label ends with the member count: 贵州省…（N 人）).
  const pools = await apiAs<{ items: { id: string; label: string }[] }>(
    'guizhou',
    '/inspection-rounds/options/pools',
  );
  const size = (l: string) => Number(/（(\d+) 人）$/.exec(l)?.[1] ?? 0);
  const pool = [...pools.items].sort((a, b) => size(b.label) - size(a.label))[0]!;
  round = await apiSend('guizhou', 'POST', '/inspection-rounds', {
    title: `端到端抽查 ${Date.now()}`,
    institutionKinds: ['employer', 'school', 'social_org', 'industry_org', 'training_org'],
    targetCount: 1,
    expertsPerTarget: 1,
    methods: ['materials'],
    poolId: pool.id,
    plannedStart: '2026-01-05',
    plannedEnd: '2026-01-30',
  });
});
afterAll(async () => browser?.close());

describe('双随机抽查: plan → draw → conclude → public check', () => {
  let t: TestPage;
  beforeAll(async () => {
    t = await openPage(browser);
    await logIn(t.page, 'guizhou');
  });

  it('the round page shows the commitment before the draw, then draws', async () => {
    const { page } = t;
    await page.goto(`/inspection-rounds/${round.id}`);
    await expect.poll(() => page.getByTestId('round-commitment').textContent()).toMatch(/^[0-9a-f]{64}$/);
    await page.getByTestId('round-draw').click();
    await page.getByTestId('round-draw-confirm').click();
    await expect.poll(() => page.getByTestId('round-status').textContent()).toBe('已抽取');
    await expect
      .poll(() => page.getByTestId('round-inspections').locator('tbody tr').count())
      .toBeGreaterThan(0);
  });

  it('findings, conclusion and publication', async () => {
    const { page } = t;
    await page.getByTestId('inspection-findings').first().click();
    await page.getByTestId('finding-item').first().fill('备案材料与实际运行是否一致');
    await page.getByTestId('findings-save').click();
    await page.getByTestId('inspection-conclude').first().click();
    await page.getByTestId('conclude-text').fill('未发现问题');
    await page.getByTestId('inspection-action-ok').click();
    await expect.poll(() => page.getByTestId('inspection-status').first().textContent()).toBe('已办结');
    await page.getByTestId('inspection-publish').first().click();
    await expect.poll(() => page.getByTestId('inspection-publish').count()).toBe(0);
    await screenshot(page, 'inspection-round');
  });

  it('the public page re-runs the draw in a phone’s browser and says 一致', async () => {
    const { context, page } = await openPhone(browser);
    await page.goto(`/draws/${round.drawId}`);
    const verdict = page.getByTestId('draw-verdict');
    await expect.poll(() => verdict.getAttribute('data-match'), { timeout: 15_000 }).toBe('true');
    expect(await verdict.textContent()).toContain('一致');
    expect(await page.getByTestId('draw-seed').textContent()).toMatch(/^[0-9a-f]{32}$/);
    await screenshot(page, 'public-draw-phone');
    await page.goto('/inspection-results');
    await expect
      .poll(() => page.getByTestId('public-inspections-page').textContent())
      .toContain(round.referenceNo);
    await context.close();
  });
});
