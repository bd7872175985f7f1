// Editing the registry from the browser: the server is the judge. A staff member with an impossible
// ID number is refused on the field the server names; an edit made on a stale copy of an institution
// (someone else saved first) is refused with 409 VERSION_CONFLICT, and the user can reload; a form
// being filled survives the window crossing the phone breakpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiAs, apiSend, launchBrowser, logIn, openPage, screenshot, type TestPage } from './support';

interface Institution {
  id: string;
  name: string;
  version: number;
  contactPhone: string | null;
}

let browser: Browser;
let t: TestPage;
let target: Institution;

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser);
  const list = await apiAs<{ items: Institution[] }>('guizhou', '/institutions?pageSize=1&status=active');
  target = list.items[0]!;
  await logIn(t.page, 'guizhou');
});

afterAll(async () => {
  await t?.context.close();
  await browser?.close();
});

describe('editing, as the Guizhou regulator', () => {
  it('marks the ID number field when the server rejects its check digit', async () => {
    await t.page.goto(`/institutions/${target.id}?tab=staff`);
    await t.page.getByRole('button', { name: '新增工作人员' }).click();
    const dialog = t.page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill('核验测试');
    // 17 valid digits with the wrong check character (GB 11643: it should be X)
    await dialog.getByLabel('证件号码').fill('520102199001011234');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const fieldError = dialog
      .locator('#idNumber_help, .ant-form-item-has-error .ant-form-item-explain-error')
      .first();
    await fieldError.waitFor();
    expect(await fieldError.innerText()).toContain('校验码');
    await screenshot(t.page, '30-staff-invalid-id');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
  });

  it('tells the user when someone else saved first, and reloads', async () => {
    await t.page.goto(`/institutions/${target.id}/edit`);
    const phone = t.page.getByLabel('联系电话');
    await phone.waitFor();
    // someone else (the administrator) saves a change meanwhile
    const fresh = await apiAs<Institution>('admin', `/institutions/${target.id}`);
    const updated = await apiSend<Institution>('admin', 'PATCH', `/institutions/${target.id}`, {
      version: fresh.version,
      contactPhone: '0851-12345678',
    });
    expect(updated.version).toBe(fresh.version + 1);

    await phone.fill('0851-87654321');
    await t.page.getByRole('button', { name: /保\s*存/ }).click();
    const conflict = t.page.locator('.ant-modal-confirm');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('已被他人修改');
    await screenshot(t.page, '31-version-conflict');
    await conflict.getByRole('button', { name: '重新加载' }).click();
    await expect.poll(() => phone.inputValue()).toBe('0851-12345678');
  });

  it('keeps a half-filled form when the window crosses the phone breakpoint and back', async () => {
    // A tablet turned, a window narrowed: the frame around the page changes, the page does not.
    await t.page.goto(`/institutions/${target.id}/edit`);
    const phone = t.page.getByLabel('联系电话');
    await phone.fill('0851-11112222');
    await t.page.setViewportSize({ width: 390, height: 844 });
    await t.page.getByTestId('nav-drawer-button').waitFor();
    expect(await phone.inputValue()).toBe('0851-11112222');
    await t.page.setViewportSize({ width: 1440, height: 900 });
    await t.page.getByRole('menuitem', { name: '机构管理' }).waitFor();
    expect(await phone.inputValue()).toBe('0851-11112222');
  });

  it('raised no console errors', () => {
    expect(t.errors).toEqual([]);
  });
});
