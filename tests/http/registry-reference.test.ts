// Reference data over the API: jurisdictions, skill levels, the occupation catalogue and occupation
// standards are public to read; standards are kept by national and provincial authorities
// (mohrss-filing 二(六)); authorities are listed to signed-in users within their scope.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { loginPersonas, seedPersonas, type Client, type Fixture, type Persona } from '../support/personas.js';

let t: TestApp;
let f: Fixture;
let as: Record<Persona, Client>;

beforeAll(async () => {
  t = await openTestApp();
  f = await seedPersonas(t.handle.db);
  as = await loginPersonas(t.app, f);
});
afterAll(async () => t?.close());

describe('public reference data', () => {
  it('lists jurisdictions with their level and parent, filterable', async () => {
    const all = await as.anonymous.inject('GET', '/api/v1/jurisdictions');
    expect(all.statusCode).toBe(200);
    expect(all.json().items).toEqual(
      expect.arrayContaining([
        { code: '000000', name: '全国', level: 'national', parentCode: null },
        { code: '520100', name: '贵阳市', level: 'prefecture', parentCode: '520000' },
      ]),
    );
    const children = (await as.anonymous.inject('GET', '/api/v1/jurisdictions?parentCode=520000')).json();
    expect(children.items.map((j: { code: string }) => j.code)).toEqual(['520100']);
    expect((await as.anonymous.inject('GET', '/api/v1/jurisdictions?parentCode=52')).statusCode).toBe(400);
  });

  it('lists the five skill levels', async () => {
    const res = (await as.anonymous.inject('GET', '/api/v1/skill-levels')).json();
    expect(res.items.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it('searches occupations by name or code prefix and by major group, paged', async () => {
    const byName = (
      await as.anonymous.inject('GET', `/api/v1/occupations?q=${encodeURIComponent('程序')}`)
    ).json();
    expect(byName.items.map((o: { code: string }) => o.code)).toEqual(['4-04-05-01']);
    expect(byName.items[0]).toMatchObject({ name: '计算机程序设计员', hasStandard: true });
    const byCode = (await as.anonymous.inject('GET', '/api/v1/occupations?q=6-18')).json();
    expect(byCode.items.map((o: { code: string }) => o.code)).toEqual(['6-18-01-01']);
    const major = (await as.anonymous.inject('GET', '/api/v1/occupations?majorCode=4')).json();
    expect(major.total).toBe(2);
    const paged = (await as.anonymous.inject('GET', '/api/v1/occupations?page=2&pageSize=1')).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 1, total: f.occupations.length });
    const withoutStandard = (
      await as.anonymous.inject('GET', '/api/v1/occupations?hasStandard=false')
    ).json();
    expect(withoutStandard.items.map((o: { code: string }) => o.code)).not.toContain('4-04-05-01');
    for (const q of ['pageSize=500', 'page=-1', 'majorCode=9', 'hasStandard=yes']) {
      expect((await as.anonymous.inject('GET', `/api/v1/occupations?${q}`)).statusCode, q).toBe(400);
    }
  });

  it('shows one occupation with its standards, and 404 for a code not in the catalogue', async () => {
    const res = (await as.anonymous.inject('GET', '/api/v1/occupations/4-04-05-01')).json();
    expect(res.standards).toEqual([
      expect.objectContaining({
        id: f.standard,
        kind: 'national_standard',
        abilities: { read: true, update: false },
      }),
    ]);
    expect((await as.anonymous.inject('GET', '/api/v1/occupations/9-99-99-99')).statusCode).toBe(404);
  });
});

describe('occupation standards', () => {
  it('national and provincial authorities record standards; institutions, experts and the public may not', async () => {
    const body = {
      occupationCode: '4-03-02-01',
      kind: 'evaluation_norm',
      title: '中式烹调师评价规范',
      documentNo: '黔人社通〔2025〕1号',
      issuedOn: '2025-03-01',
    };
    expect((await as.anonymous.inject('POST', '/api/v1/occupation-standards', body)).statusCode).toBe(401);
    expect((await as.institutionX.inject('POST', '/api/v1/occupation-standards', body)).statusCode).toBe(403);
    expect((await as.expert.inject('POST', '/api/v1/occupation-standards', body)).statusCode).toBe(403);
    const res = await as.provinceA.inject('POST', '/api/v1/occupation-standards', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      ...body,
      occupationName: '中式烹调师',
      version: 1,
      abilities: { update: true },
    });
    const listed = (
      await as.anonymous.inject('GET', '/api/v1/occupation-standards?occupationCode=4-03-02-01')
    ).json();
    expect(listed.items.map((s: { id: string }) => s.id)).toEqual([res.json().id]);
    expect(listed.items[0].abilities).toEqual({ read: true, update: false });
  });

  it('refuses an occupation not in the catalogue, and a stale version', async () => {
    const unknown = await as.national.inject('POST', '/api/v1/occupation-standards', {
      occupationCode: '2-02-02-02',
      kind: 'national_standard',
      title: 'x',
    });
    expect(unknown.json()).toMatchObject({ status: 422, code: 'UNKNOWN_OCCUPATION' });
    const url = `/api/v1/occupation-standards/${f.standard}`;
    const ok = await as.national.inject('PATCH', url, { version: 1, documentNo: '人社厅发〔2018〕1号' });
    expect(ok.json()).toMatchObject({ version: 2, documentNo: '人社厅发〔2018〕1号' });
    expect((await as.provinceB.inject('PATCH', url, { version: 1, notes: 'x' })).statusCode).toBe(409);
    expect((await as.national.inject('PATCH', url, { version: 2, id: 'x' })).statusCode).toBe(400);
  });

  it('exports the list as Excel to anyone, under the same filters, with the subjects per level', async () => {
    const res = await as.anonymous.inject(
      'GET',
      '/api/v1/occupation-standards/export.xlsx?occupationCode=4-03-02-01',
    );
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('职业编码');
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(4).value).toBe('中式烹调师评价规范');
    expect(ws.getRow(2).getCell(7).value).toBe('未登记');
  });
});

describe('authorities', () => {
  it('answers 401 to the public and lists to each caller the authorities that concern them', async () => {
    expect((await as.anonymous.inject('GET', '/api/v1/authorities')).statusCode).toBe(401);
    const a = (await as.provinceA.inject('GET', '/api/v1/authorities')).json();
    expect(a.items.map((x: { id: string }) => x.id).sort()).toEqual(
      [f.authorities.national, f.authorities.guizhou].sort(),
    );
    expect(a.items.find((x: { id: string }) => x.id === f.authorities.guizhou).abilities).toEqual({
      read: true,
      createExpertPool: true,
    });
    const x = (await as.institutionX.inject('GET', '/api/v1/authorities')).json();
    expect(x.items.map((i: { id: string }) => i.id)).not.toContain(f.authorities.zhejiang);
    expect(
      (await as.provinceA.inject('GET', `/api/v1/authorities/${f.authorities.zhejiang}`)).statusCode,
    ).toBe(404);
    const all = (await as.national.inject('GET', '/api/v1/authorities?kind=provincial_hrss')).json();
    expect(all.total).toBe(2);
  });
});
