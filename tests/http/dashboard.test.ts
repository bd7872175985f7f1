// 监管看板 (issue 14 point 8): each authority sees only its jurisdiction — Guizhou only Guizhou's
// numbers, Zhejiang its own, a national body all, an industry department (dept-pilot 四(三)) only the
// institutions assigned to it — and every figure equals the total of the list its link opens.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTestApp, TEST_DATA_KEY, type TestApp } from '../support/test-app.js';
import {
  loginPersonas,
  makeUscc,
  seedPersonas,
  type Client,
  type Fixture,
  type Persona,
} from '../support/personas.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { todayInChina } from '../../src/use-cases/registry/registry-context.js';
import { monthsBack } from '../../src/use-cases/dashboard/certificates-per-month.js';
import type { Dashboard } from '../../src/use-cases/dashboard/dashboard.js';

let t: TestApp;
let f: Fixture;
let as: Record<Persona, Client>;
let industry: Client;
const pd = createPersonalDataProtector(TEST_DATA_KEY);
const today = todayInChina();
const thisMonth = today.slice(0, 7);
const fiveBack = monthsBack(today, 5);
const OCC = '4-04-05-01';

async function institution(
  name: string,
  jurisdiction: string,
  authorityId: string,
  status: 'active' | 'suspended' = 'active',
) {
  const id = randomUUID();
  await t.handle.db.insertInto('institutions').values({
    id, name, kind: 'industry_org', uscc: makeUscc(jurisdiction), legal_representative: '李四',
    address: `${name}地址`, jurisdiction_code: jurisdiction, authority_id: authorityId, status,
    contact_phone: null, established_on: '2016-01-01',
  }).execute(); // prettier-ignore
  return id;
}

let serial = 0;
/** Certificates of an institution issued on the first day of a month (the number carries the year). */
async function certificates(institutionId: string, province: string, month: string, n: number) {
  const year = Number(month.slice(0, 4));
  const prefix = `Y0000${province}000001${String(year % 100).padStart(2, '0')}`;
  const rows = [...Array(n).keys()].map(() => {
    const doc = pd.protect('520102197803120156');
    return {
      id: randomUUID(), issue_year: year, number: `${prefix}3${String(++serial).padStart(6, '0')}`,
      issued_on: `${month}-01`, institution_id: institutionId, branch_id: null, session_id: null,
      candidate_id: null, upload_id: randomUUID(), holder_name: '测试', holder_doc_type: 'resident_id',
      holder_doc_enc: doc.enc, holder_doc_hmac: doc.hmac, holder_doc_masked: doc.masked,
      occupation_code: OCC, level: 3, status: 'valid' as const,
    };
  }); // prettier-ignore
  await t.handle.db.insertInto('certificates').values(rows).execute();
}

beforeAll(async () => {
  t = await openTestApp();
  f = await seedPersonas(t.handle.db);
  as = await loginPersonas(t.app, f);
  // An industry department (dept-pilot) supervising one Guizhou and one Zhejiang institution.
  const dept = randomUUID();
  await t.handle.db.insertInto('authorities')
    .values({ id: dept, name: '交通运输部职业资格中心', kind: 'industry_department', jurisdiction_code: '000000', industry: '交通运输' })
    .execute(); // prettier-ignore
  const roadGz = await institution('贵州道路运输评价中心', '520100', dept);
  await institution('浙江道路运输评价中心', '330100', dept, 'suspended');
  await institution('贵州省本级评价中心', '520000', f.authorities.guizhou, 'suspended');
  const userId = randomUUID();
  await t.handle.db.insertInto('users').values({
    id: userId, username: 'p-industry', display_name: 'p-industry', password_hash: 'x', role: 'authority_staff',
    authority_id: dept, institution_id: null, expert_id: null,
  }).execute(); // prettier-ignore
  const { token } = await createSession(t.app.db, {
    userId,
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
  });
  industry = {
    persona: 'national',
    inject: (method, url) => t.app.inject({ method, url, headers: { cookie: `sid=${token}` } }),
  };
  await certificates(f.institutions.x, '52', thisMonth, 3);
  await certificates(f.institutions.x, '52', fiveBack, 2);
  await certificates(f.institutions.z, '33', thisMonth, 4);
  await certificates(roadGz, '52', thisMonth, 1);
});
afterAll(async () => t?.close());

async function dashboardOf(c: Client): Promise<Dashboard> {
  const res = await c.inject('GET', '/api/v1/dashboard');
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Dashboard>();
}
const widget = (d: Dashboard, id: string) => d.widgets.find((w) => w.id === id);
const valueOf = (d: Dashboard, id: string, key: string) =>
  widget(d, id)?.buckets.find((b) => b.key === key)?.value;
const tile = (d: Dashboard, code: string) => d.provinces.find((p) => p.code === code)!;

/** The total of the API list a web link opens (/institutions?… → /api/v1/institutions?…). */
async function listTotal(c: Client, link: string): Promise<number> {
  const [path, q = ''] = link.split('?');
  const params = new URLSearchParams(q);
  params.set('pageSize', '1');
  const api = path === '/violations' ? '/violation-cases' : path;
  const res = await c.inject('GET', `/api/v1${api}?${params.toString()}`);
  expect(res.statusCode, `${link}: ${res.body}`).toBe(200);
  return res.json<{ total: number }>().total;
}

describe('监管看板 access', () => {
  it('is for authority staff only: 401 anonymous, 403 institutions, experts and the administrator', async () => {
    expect((await as.anonymous.inject('GET', '/api/v1/dashboard')).statusCode).toBe(401);
    for (const p of ['institutionX', 'expert', 'sysadmin'] as const)
      expect((await as[p].inject('GET', '/api/v1/dashboard')).statusCode, p).toBe(403);
  });
});

describe('scoped to the jurisdiction (or the industry)', () => {
  it('Guizhou sees only Guizhou: its tile counts, Zhejiang is outside and empty', async () => {
    const d = await dashboardOf(as.provinceA);
    expect(d.scope.kind).toBe('territory');
    // x, y (520100), the industry department's Guizhou institution and the province-level one.
    expect(tile(d, '520000')).toMatchObject({ inScope: true, total: 4 });
    expect(tile(d, '330000')).toMatchObject({ inScope: false, total: 0 });
    expect(d.provinces.filter((p) => p.code !== '520000').every((p) => p.total === 0)).toBe(true);
    expect(valueOf(d, 'institutions-by-status', 'suspended')).toBe(1);
    // Its cities: 贵阳 (3) and the province level (1).
    expect(valueOf(d, 'institutions-by-city', '520100')).toBe(3);
    expect(valueOf(d, 'institutions-by-city', '520000')).toBe(1);
    // Certificates: this month x's 3 and the department's 1; five months back x's 2; no Zhejiang ones.
    expect(valueOf(d, 'certificates-per-month', thisMonth)).toBe(4);
    expect(valueOf(d, 'certificates-per-month', fiveBack)).toBe(2);
  });

  it('Zhejiang sees its own', async () => {
    const d = await dashboardOf(as.provinceB);
    expect(tile(d, '330000')).toMatchObject({ inScope: true, total: 2 });
    expect(tile(d, '520000')).toMatchObject({ inScope: false, total: 0 });
    expect(valueOf(d, 'certificates-per-month', thisMonth)).toBe(4);
    expect(valueOf(d, 'certificates-per-month', fiveBack)).toBe(0);
  });

  it('a national body sees all, and no city breakdown', async () => {
    const d = await dashboardOf(as.national);
    expect(d.scope.kind).toBe('national');
    expect(tile(d, '520000').total).toBe(4);
    expect(tile(d, '330000').total).toBe(2);
    expect(d.provinces.every((p) => p.inScope)).toBe(true);
    expect(widget(d, 'institutions-by-city')).toBeUndefined();
    expect(valueOf(d, 'certificates-per-month', thisMonth)).toBe(8);
  });

  it('an industry department sees only its industry’s institutions, in whichever province', async () => {
    const d = await dashboardOf(industry);
    expect(d.scope.kind).toBe('assignment');
    expect(tile(d, '520000').total).toBe(1);
    expect(tile(d, '330000').total).toBe(1);
    expect(valueOf(d, 'institutions-by-kind', 'industry_org')).toBe(2);
    expect(valueOf(d, 'institutions-by-kind', 'social_org')).toBe(0);
    expect(valueOf(d, 'certificates-per-month', thisMonth)).toBe(1);
  });
});

describe('every figure equals the list behind it', () => {
  it.each(['national', 'provinceA', 'provinceB'] as const)('%s: kinds, statuses, tiles, cities, violation cases', async (p) => {
    const d = await dashboardOf(as[p]);
    const checked: [string, number][] = [];
    for (const id of ['institutions-by-kind', 'institutions-by-status', 'institutions-by-city', 'violation-cases-open'])
      for (const b of widget(d, id)?.buckets ?? [])
        if (b.link.startsWith('/institutions?') || b.link.startsWith('/violations?'))
          if (!(id === 'institutions-by-city' && b.key.endsWith('0000'))) checked.push([b.link, b.value]);
    for (const t0 of d.provinces.filter((x) => x.inScope && x.total > 0)) {
      checked.push([t0.link, t0.total]);
      for (const b of [...t0.kinds, ...t0.statuses]) if (b.link.startsWith('/institutions?')) checked.push([b.link, b.value]);
    }
    expect(checked.length).toBeGreaterThan(10);
    for (const [link, value] of checked) expect(await listTotal(as[p], link), link).toBe(value);
  }); // prettier-ignore

  it('grounds awaiting action equal the open grounds of the grounds queue', async () => {
    for (const p of ['national', 'provinceA', 'provinceB'] as const) {
      const d = await dashboardOf(as[p]);
      const res = await as[p].inject('GET', '/api/v1/supervision-grounds?state=open');
      expect(res.statusCode, res.body).toBe(200);
      const sum = widget(d, 'grounds-awaiting')!.buckets.reduce((s, b) => s + b.value, 0);
      expect(sum, p).toBe(res.json<{ items: unknown[] }>().items.length);
    }
  });

  it('open leads over 90 days and overdue rectifications equal the ledger’s and the orders’ lists', async () => {
    for (const p of ['national', 'provinceA', 'provinceB'] as const) {
      const d = await dashboardOf(as[p]);
      const old = widget(d, 'leads-by-age')!.buckets.find((b) => b.key === '91+')!;
      expect(await listTotal(as[p], old.link), p).toBe(old.value);
      const open = widget(d, 'leads-by-age')!.buckets.reduce((s, b) => s + b.value, 0);
      expect(await listTotal(as[p], '/leads?olderThanDays=0'), p).toBe(open);
      const overdue = widget(d, 'rectifications-overdue')!.buckets.find((b) => b.key === 'overdue')!;
      expect(await listTotal(as[p], overdue.link), p).toBe(overdue.value);
    }
  });

  it('certificates of a year on the dashboard equal the register’s counts for that year', async () => {
    for (const p of ['national', 'provinceA', 'provinceB'] as const) {
      const d = await dashboardOf(as[p]);
      const year = today.slice(0, 4);
      const months = widget(d, 'certificates-per-month')!.buckets.filter((b) => b.key.startsWith(year));
      const res = await as[p].inject('GET', `/api/v1/certificates/counts?year=${year}`);
      const issued = res
        .json<{ items: { issued: number }[] }>()
        .items.reduce((s, r) => s + Number(r.issued), 0);
      expect(
        months.reduce((s, b) => s + b.value, 0),
        p,
      ).toBe(issued);
    }
  });
});

describe('export', () => {
  it('is a valid workbook: a sheet of provinces and one per widget, Chinese headers', async () => {
    const res = await as.provinceA.inject('GET', '/api/v1/dashboard/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain('provinces');
    expect(names).toContain('certificates-per-month');
    const provinces = wb.getWorksheet('provinces')!;
    expect(provinces.getRow(1).getCell(1).value).toBe('省份');
    expect(provinces.getRow(2).getCell(1).value).toBe('贵州省');
    expect(provinces.getRow(2).getCell(2).value).toBe(4);
    expect(provinces.rowCount).toBe(2);
    expect((await as.institutionX.inject('GET', '/api/v1/dashboard/export.xlsx')).statusCode).toBe(403);
  });
});
