// Employer batch verification (issue 12 point 2; decision 0035): verifier organisations and accounts,
// API keys (shown once, listed by prefix, rotated with a grace, revoked at once), the bearer batch API
// (1–1,000 items, valid / invalid / not_found per index), the daily quota (429), the web upload, the
// authority's revocation of read rights (§15 ¶2: the next request 403) and deletion order, and what a
// verifier account can and cannot reach.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTestApp, TEST_DATA_KEY, type TestApp } from '../support/test-app.js';
import {
  loginPersonas,
  makeIdNumber,
  seedPersonas,
  type Client,
  type Fixture,
  type Persona,
} from '../support/personas.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import { fromKeySet } from '../../src/verification/key-set.js';
import { verifyCredential, type Json } from '../../src/verification/credential.js';

let t: TestApp;
let f: Fixture;
let clients: Record<Persona, Client>;
const pd = createPersonalDataProtector(TEST_DATA_KEY);
const OCC = '4-04-05-01';
const P24 = 'Y00005200000124'; // issuer Y 0000 52 000001, year 2024
const P25 = 'Y00005200000125';
const num = (prefix: string, level: number, serial: number) =>
  `${prefix}${level}${String(serial).padStart(6, '0')}`;

interface Org {
  id: string;
  version: number;
  dailyQuota: number;
}

async function insertCertificates(
  rows: { number: string; status: 'valid' | 'invalidated' | 'withdrawn'; name: string; doc: string }[],
) {
  const values = rows.map((r) => {
    const year = 2000 + Number(r.number.slice(13, 15));
    const doc = pd.protect(r.doc);
    return {
      id: randomUUID(),
      issue_year: year,
      number: r.number,
      issued_on: `${year}-06-30`,
      institution_id: f.institutions.x,
      branch_id: null,
      session_id: null,
      candidate_id: null,
      upload_id: randomUUID(),
      holder_name: r.name,
      holder_doc_type: 'resident_id',
      holder_doc_enc: doc.enc,
      holder_doc_hmac: doc.hmac,
      holder_doc_masked: doc.masked,
      occupation_code: OCC,
      level: Number(r.number.slice(15, 16)),
      status: r.status,
    };
  });
  for (let i = 0; i < values.length; i += 200)
    await t.handle.db
      .insertInto('certificates')
      .values(values.slice(i, i + 200))
      .execute();
}

async function createOrganisation(name: string, dailyQuota?: number): Promise<Org> {
  const res = await clients.sysadmin.inject('POST', '/api/v1/verifier-organisations', {
    name,
    kind: 'employer',
    contact: '人事部 王女士 0851-12345678',
    ...(dailyQuota ? { dailyQuota } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Org>();
}

type Verifier = Client & { headers: Record<string, string> };

/** A verifier account made by the administrator through the API, signed in (password already changed). */
async function verifierOf(org: Org, username: string): Promise<Verifier> {
  const res = await clients.sysadmin.inject('POST', '/api/v1/accounts', {
    username,
    displayName: '人事专员',
    role: 'verifier',
    verifierId: org.id,
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json<{ account: { id: string; verifier: { id: string } } }>().account;
  expect(id.verifier.id).toBe(org.id);
  await t.handle.db
    .updateTable('users')
    .set({ must_change_password: false })
    .where('id', '=', id.id)
    .execute();
  const { token, csrfToken } = await createSession(t.handle.db, {
    userId: id.id,
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
  });
  const headers = { cookie: `sid=${token}`, 'x-csrf-token': csrfToken };
  return {
    persona: 'expert',
    headers,
    inject: (method, url, body) =>
      t.app.inject({
        method,
        url,
        headers: { cookie: `sid=${token}`, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }) },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

const verify = (key: string, items: unknown[]) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/verifier/certificates/verify',
    headers: { authorization: `Bearer ${key}` },
    payload: { items },
  });

async function newKey(v: Client, name = '招聘系统'): Promise<{ id: string; secret: string; prefix: string }> {
  const res = await v.inject('POST', '/api/v1/verifier/api-keys', { name });
  expect(res.statusCode, res.body).toBe(201);
  const b = res.json<{ key: { id: string; prefix: string }; secret: string }>();
  return { id: b.key.id, secret: b.secret, prefix: b.key.prefix };
}

// 300 valid and 100 invalid by number over two years; 60 holders with valid certificates, 30 whose
// only certificate is withdrawn.
const VALID = [...Array(300).keys()].map((i) => num(i % 2 ? P24 : P25, 3, i + 1));
const INVALID = [...Array(100).keys()].map((i) => num(i % 2 ? P24 : P25, 4, i + 1));
const HOLDERS = [...Array(90).keys()].map((i) => ({
  name: `持证人${i}`,
  doc: makeIdNumber(5000 + i),
  number: num(P25, 2, i + 1),
  status: i < 60 ? ('valid' as const) : ('withdrawn' as const),
}));

beforeAll(async () => {
  t = await openTestApp(async (h) => {
    f = await seedPersonas(h.db);
  });
  clients = await loginPersonas(t.app, f);
  await insertCertificates([
    ...VALID.map((number) => ({ number, status: 'valid' as const, name: '甲', doc: makeIdNumber(100) })),
    ...INVALID.map((number) => ({
      number,
      status: 'invalidated' as const,
      name: '乙',
      doc: makeIdNumber(101),
    })),
    ...HOLDERS.map((h) => ({ number: h.number, status: h.status, name: h.name, doc: h.doc })),
  ]);
}, 120_000);
afterAll(async () => t?.close());

describe('verifier organisations and accounts', () => {
  it('the administrator and authority staff create organisations; institutions and experts cannot', async () => {
    const res = await clients.provinceA.inject('POST', '/api/v1/verifier-organisations', {
      name: '某补贴经办机构',
      kind: 'subsidy_office',
      contact: '窗口 0851-1',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Org>().dailyQuota).toBe(10_000);
    for (const p of ['institutionX', 'expert'] as const) {
      const r = await clients[p].inject('POST', '/api/v1/verifier-organisations', {
        name: `不应建成${p}`,
        kind: 'other',
        contact: 'x',
      });
      expect(r.statusCode).toBe(403);
      expect(r.json<{ code: string; title_en: string }>().title_en).toBe('Not allowed');
    }
    expect((await clients.anonymous.inject('GET', '/api/v1/verifier-organisations')).statusCode).toBe(401);
  });

  it('a verifier account needs its organisation; another binding is refused', async () => {
    const noBinding = await clients.sysadmin.inject('POST', '/api/v1/accounts', {
      username: 'v-nobinding',
      displayName: '无单位',
      role: 'verifier',
    });
    expect(noBinding.statusCode).toBe(422);
    expect(noBinding.json<{ code: string }>().code).toBe('ACCOUNT_BINDING_REQUIRED');
    const wrong = await clients.sysadmin.inject('POST', '/api/v1/accounts', {
      username: 'v-wrong',
      displayName: '错绑',
      role: 'verifier',
      institutionId: f.institutions.x,
    });
    expect(wrong.statusCode).toBe(422);
  });

  it('a verifier account reaches no registry data and no overseer route', async () => {
    const org = await createOrganisation('只读测试单位');
    const v = await verifierOf(org, 'v-readonly');
    const me = await v.inject('GET', '/api/v1/auth/me');
    expect(me.json<{ user: { role: string; verifier: { name: string } } }>().user).toMatchObject({
      role: 'verifier',
      verifier: { name: '只读测试单位' },
    });
    for (const url of [
      '/api/v1/institutions?pageSize=100',
      '/api/v1/authorities?pageSize=100',
      '/api/v1/experts?pageSize=100',
      `/api/v1/certificates?institutionId=${f.institutions.x}&limit=100`,
      `/api/v1/certificates/counts?year=${new Date().getUTCFullYear()}`,
      `/api/v1/certificates/delays?year=${new Date().getUTCFullYear()}`,
      '/api/v1/evaluation-sessions',
      '/api/v1/cases?view=mine',
      '/api/v1/procedures',
      '/api/v1/dept-pilot/organisations',
      '/api/v1/dept-pilot/branches',
      '/api/v1/gz-selection/sites',
      '/api/v1/employer-filing/branches',
      '/api/v1/certificate-uploads',
      '/api/v1/verifier-organisations',
      `/api/v1/verifier-organisations/${org.id}`,
    ]) {
      const res = await v.inject('GET', url);
      if (res.statusCode === 200) {
        const body = res.json<{ items?: unknown[]; rows?: unknown[] }>();
        expect(body.items ?? body.rows ?? [], url).toHaveLength(0);
      } else {
        expect([400, 403, 404], `${url}: ${res.statusCode} ${res.body}`).toContain(res.statusCode);
      }
    }
    const search = await v.inject('POST', '/api/v1/certificates/search', { number: VALID[0] });
    if (search.statusCode === 200) expect(search.json<{ items: unknown[] }>().items).toHaveLength(0);
    else expect([403, 404]).toContain(search.statusCode);
    // Its own organisation it reads, under /verifier/organisation.
    expect((await v.inject('GET', '/api/v1/verifier/organisation')).statusCode).toBe(200);
  });

  it('an institution account cannot reach verifier or overseer routes', async () => {
    const org = await createOrganisation('机构不可见单位');
    const x = clients.institutionX;
    expect((await x.inject('GET', '/api/v1/verifier/organisation')).statusCode).toBe(403);
    expect((await x.inject('GET', '/api/v1/verifier/api-keys')).statusCode).toBe(403);
    expect((await x.inject('POST', '/api/v1/verifier/api-keys', { name: 'x' })).statusCode).toBe(403);
    expect((await x.inject('GET', '/api/v1/verifier-organisations')).statusCode).toBe(403);
    expect((await x.inject('GET', `/api/v1/verifier-organisations/${org.id}`)).statusCode).toBe(404);
    expect(
      (
        await x.inject('POST', `/api/v1/verifier-organisations/${org.id}/revoke-read-rights`, {
          version: org.version,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('API keys', () => {
  it('shows the full key once, lists only the prefix, rotates with a grace and revokes at once', async () => {
    const org = await createOrganisation('密钥生命周期单位');
    const v = await verifierOf(org, 'v-keys');
    const k = await newKey(v);
    expect(k.secret).toMatch(/^srk_[0-9A-Za-z]{40}$/);
    expect(k.prefix).toBe(k.secret.slice(0, 12));
    const list = await v.inject('GET', '/api/v1/verifier/api-keys');
    expect(list.body).not.toContain(k.secret);
    expect(list.body).not.toContain(k.secret.slice(12));
    expect(list.json<{ items: { state: string }[] }>().items[0]!.state).toBe('active');
    const stored = await t.handle.db
      .selectFrom('verifier_api_keys')
      .selectAll()
      .where('id', '=', k.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(k.secret.slice(12));

    expect((await verify(k.secret, [{ certificateNumber: VALID[0] }])).statusCode).toBe(200);

    // Rotate: a new key works at once; the old one keeps working during its grace.
    const rot = await v.inject('POST', `/api/v1/verifier/api-keys/${k.id}/rotate`);
    expect(rot.statusCode, rot.body).toBe(200);
    const fresh = rot.json<{ key: { id: string }; secret: string }>();
    expect(fresh.secret).not.toBe(k.secret);
    expect((await verify(fresh.secret, [{ certificateNumber: VALID[0] }])).statusCode).toBe(200);
    expect((await verify(k.secret, [{ certificateNumber: VALID[0] }])).statusCode).toBe(200);
    const states = (await v.inject('GET', '/api/v1/verifier/api-keys')).json<{
      items: { id: string; state: string }[];
    }>();
    expect(states.items.find((i) => i.id === k.id)!.state).toBe('expiring');
    expect((await v.inject('POST', `/api/v1/verifier/api-keys/${k.id}/rotate`)).statusCode).toBe(409);
    // The grace ends: the old key answers 401.
    await t.handle.db
      .updateTable('verifier_api_keys')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', k.id)
      .execute();
    const expired = await verify(k.secret, [{ certificateNumber: VALID[0] }]);
    expect(expired.statusCode).toBe(401);
    expect(expired.json<{ code: string }>().code).toBe('VERIFIER_KEY_EXPIRED');

    // Revoke: the next request fails.
    const rev = await v.inject('POST', `/api/v1/verifier/api-keys/${fresh.key.id}/revoke`);
    expect(rev.statusCode).toBe(200);
    expect(rev.json<{ state: string }>().state).toBe('revoked');
    const after = await verify(fresh.secret, [{ certificateNumber: VALID[0] }]);
    expect(after.statusCode).toBe(401);
    expect(after.headers['content-type']).toContain('application/problem+json');
    expect(after.json<{ code: string }>().code).toBe('VERIFIER_KEY_REVOKED');

    // Audit rows for each act, never with the key.
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'after_data'])
      .where('entity', '=', 'verifier_api_key')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'verifier_api_key_created',
        'verifier_api_key_rotated',
        'verifier_api_key_revoked',
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain(k.secret.slice(12));

    // Another organisation's verifier cannot touch the key.
    const other = await verifierOf(await createOrganisation('另一单位'), 'v-other');
    expect((await other.inject('POST', `/api/v1/verifier/api-keys/${fresh.key.id}/revoke`)).statusCode).toBe(
      404,
    );
  });

  it('refuses unknown, malformed and missing keys with 401, and a cookie alone', async () => {
    for (const header of [undefined, 'Bearer nope', `Bearer srk_${'A'.repeat(40)}`, 'Basic abc']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/verifier/certificates/verify',
        headers: header ? { authorization: header } : {},
        payload: { items: [{ certificateNumber: VALID[0] }] },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json<{ code: string; title_en: string }>().code).toBe('VERIFIER_KEY_INVALID');
    }
    const bySession = await clients.sysadmin.inject('POST', '/api/v1/verifier/certificates/verify', {
      items: [{ certificateNumber: VALID[0] }],
    });
    expect(bySession.statusCode).toBe(401);
  });
});

describe('batch verification', () => {
  it('answers 1,000 mixed items per index, and refuses 0 and 1,001', async () => {
    const org = await createOrganisation('千条核验单位');
    const v = await verifierOf(org, 'v-thousand');
    const k = await newKey(v);
    const items: unknown[] = [];
    const expected: string[] = [];
    const push = (item: unknown, result: string) => {
      items.push(item);
      expected.push(result);
    };
    for (const n of VALID.slice(0, 250)) push({ certificateNumber: n }, 'valid');
    for (const n of INVALID.slice(0, 100)) push({ certificateNumber: n }, 'invalid');
    // Unknown serials of both years, a year with no certificates, and malformed numbers.
    for (let i = 0; i < 400; i++)
      push({ certificateNumber: num(i % 3 ? P24 : 'Y00005200000119', 3, 900_000 + i) }, 'not_found');
    for (let i = 0; i < 50; i++) push({ certificateNumber: `bad-${i}` }, 'not_found');
    // Full-width and lower-case numbers are the same number.
    push({ certificateNumber: VALID[0]!.toLowerCase() }, 'valid');
    for (const h of HOLDERS)
      push({ name: h.name, documentNumber: h.doc }, h.status === 'valid' ? 'valid' : 'invalid');
    // A right document with a wrong name, and unknown holders.
    for (let i = 0; i < 50; i++) push({ name: '不是此人', documentNumber: HOLDERS[i]!.doc }, 'not_found');
    for (let i = 0; i < 59; i++)
      push(
        { name: `无证人${i}`, documentNumber: makeIdNumber(7000 + i), documentType: 'resident_id' },
        'not_found',
      );
    expect(items).toHaveLength(1000);
    const res = await verify(k.secret, items);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ checkedAt: string; results: { index: number; result: string }[] }>();
    expect(Object.keys(body).sort()).toEqual(['checkedAt', 'results']);
    expect(body.results.map((r) => r.index)).toEqual([...Array(1000).keys()]);
    const mismatches = body.results.filter((r) => r.result !== expected[r.index]);
    expect(mismatches).toEqual([]);
    // Nothing about the holder in the answer.
    expect(res.body).not.toContain('持证人');

    const tooMany = await verify(
      k.secret,
      [...Array(1001).keys()].map(() => ({ certificateNumber: VALID[0] })),
    );
    expect(tooMany.statusCode).toBe(400);
    expect((await verify(k.secret, [])).statusCode).toBe(400);

    // Usage: one request of 1,000 certificates (refused requests are not counted).
    const usage = await v.inject('GET', '/api/v1/verifier/organisation');
    const u = usage.json<{
      usedToday: number;
      usage: { requests: number; certificates: number; keyPrefix: string }[];
    }>();
    expect(u.usedToday).toBe(1000);
    expect(u.usage[0]).toMatchObject({ requests: 1, certificates: 1000, keyPrefix: k.prefix });
  }, 60_000);

  it('stays well under ten single lookups for 1,000 numbers', async () => {
    const org = await createOrganisation('计时单位');
    const k = await newKey(await verifierOf(org, 'v-timing'));
    const one = [{ certificateNumber: VALID[1] }];
    const thousand = [...Array(1000).keys()].map((i) => ({
      certificateNumber: i < 300 ? VALID[i] : num(P24, 1, i),
    }));
    await verify(k.secret, one); // warm
    await verify(k.secret, thousand);
    const time = async (items: unknown[]) => {
      const s = performance.now();
      for (let i = 0; i < 3; i++) expect((await verify(k.secret, items)).statusCode).toBe(200);
      return (performance.now() - s) / 3;
    };
    const single = await time(one);
    const batch = await time(thousand);
    expect(batch).toBeLessThan(10 * Math.max(single, 5));
  }, 60_000);

  it('refuses a batch over the day’s quota with 429 naming the quota and the reset', async () => {
    const org = await createOrganisation('额度单位', 5);
    const v = await verifierOf(org, 'v-quota');
    const k = await newKey(v);
    expect(
      (
        await verify(
          k.secret,
          VALID.slice(0, 3).map((n) => ({ certificateNumber: n })),
        )
      ).statusCode,
    ).toBe(200);
    const over = await verify(
      k.secret,
      VALID.slice(0, 3).map((n) => ({ certificateNumber: n })),
    );
    expect(over.statusCode).toBe(429);
    const p = over.json<{
      code: string;
      quota: number;
      used: number;
      remaining: number;
      resetsAt: string;
      detail: string;
    }>();
    expect(p).toMatchObject({ code: 'VERIFIER_QUOTA_EXCEEDED', quota: 5, used: 3, remaining: 2 });
    expect(p.detail).toContain('每日核验额度为 5');
    expect(new Date(p.resetsAt).getTime()).toBeGreaterThan(Date.now());
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    // The rest of the quota can still be used; the authority raises it.
    expect(
      (
        await verify(
          k.secret,
          VALID.slice(0, 2).map((n) => ({ certificateNumber: n })),
        )
      ).statusCode,
    ).toBe(200);
    const raise = await clients.provinceA.inject('PATCH', `/api/v1/verifier-organisations/${org.id}`, {
      version: org.version,
      dailyQuota: 100,
    });
    expect(raise.statusCode, raise.body).toBe(200);
    expect((await verify(k.secret, [{ certificateNumber: VALID[0] }])).statusCode).toBe(200);
  });

  it('checks an uploaded CSV for the signed-in verifier against the same quota, with the result file', async () => {
    const org = await createOrganisation('上传单位', 4);
    const v = await verifierOf(org, 'v-upload');
    const csv = `\uFEFF证书编号,姓名,证件号码,证件类型\r\n${VALID[0]},,,\r\n${INVALID[0]},,,\r\n${num(P24, 5, 999_999)},,,\r\n,${HOLDERS[0]!.name},${HOLDERS[0]!.doc},居民身份证\r\n`;
    const session = v.headers;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/verifier/batch-checks',
      headers: { ...session, 'content-type': 'multipart/form-data; boundary=----skillreg' },
      payload: multipartBody('batch.csv', csv),
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      rows: { row: number; result: string; documentMasked: string | null }[];
      counts: Record<string, number>;
      file: { fileName: string; base64: string };
    }>();
    expect(body.rows.map((r) => [r.row, r.result])).toEqual([
      [2, 'valid'],
      [3, 'invalid'],
      [4, 'not_found'],
      [5, 'valid'],
    ]);
    expect(body.counts).toEqual({ valid: 2, invalid: 1, not_found: 1 });
    expect(res.body).not.toContain(HOLDERS[0]!.doc);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(body.file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(5).value).toBe('核验结果');
    expect([2, 3, 4, 5].map((r) => ws.getRow(r).getCell(5).value)).toEqual([
      '有效',
      '无效',
      '未查到',
      '有效',
    ]);
    // The quota of 4 is used up: the same organisation's next check is refused, by upload or by key.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/verifier/batch-checks',
      headers: { ...session, 'content-type': 'multipart/form-data; boundary=----skillreg' },
      payload: multipartBody('batch.csv', csv),
    });
    expect(again.statusCode).toBe(429);
    const k = await newKey(v);
    expect((await verify(k.secret, [{ certificateNumber: VALID[0] }])).statusCode).toBe(429);
    // A file without the columns is refused with the reason.
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/verifier/batch-checks',
      headers: { ...session, 'content-type': 'multipart/form-data; boundary=----skillreg' },
      payload: multipartBody('bad.csv', '编号\r\n1\r\n'),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ code: string }>().code).toBe('VERIFIER_FILE_INVALID');
    const template = await v.inject('GET', '/api/v1/verifier/batch-template?format=csv');
    expect(template.statusCode).toBe(200);
    expect(template.body).toContain('证书编号,姓名,证件号码,证件类型');
  });
});

describe('read rights (mohrss-violations §15 ¶2)', () => {
  it('revocation takes effect on the next request; the deletion order is recorded; both audited', async () => {
    const org = await createOrganisation('被取消权限单位');
    const v = await verifierOf(org, 'v-revoked');
    const k = await newKey(v);
    expect((await verify(k.secret, [{ certificateNumber: VALID[0] }])).statusCode).toBe(200);

    // The system administrator keeps the list but takes no administrative act.
    const byAdmin = await clients.sysadmin.inject(
      'POST',
      `/api/v1/verifier-organisations/${org.id}/revoke-read-rights`,
      {
        version: org.version,
        reason: '管理员不能取消',
      },
    );
    expect(byAdmin.statusCode).toBe(403);
    const early = await clients.provinceA.inject(
      'POST',
      `/api/v1/verifier-organisations/${org.id}/deletion-order`,
      {
        version: org.version,
        order: '删除',
      },
    );
    expect(early.statusCode).toBe(409);
    expect(early.json<{ code: string }>().code).toBe('READ_RIGHTS_NOT_REVOKED');

    const revoke = await clients.provinceA.inject(
      'POST',
      `/api/v1/verifier-organisations/${org.id}/revoke-read-rights`,
      {
        version: org.version,
        reason: '超出招聘用途批量读取证书数据',
      },
    );
    expect(revoke.statusCode, revoke.body).toBe(200);
    const revoked = revoke.json<
      Org & { readRights: { revoked: boolean; reason: string }; abilities: { orderDeletion: boolean } }
    >();
    expect(revoked.readRights).toMatchObject({ revoked: true, reason: '超出招聘用途批量读取证书数据' });
    expect(revoked.abilities.orderDeletion).toBe(true);

    const next = await verify(k.secret, [{ certificateNumber: VALID[0] }]);
    expect(next.statusCode).toBe(403);
    expect(next.json<{ code: string }>().code).toBe('VERIFIER_READ_RIGHTS_REVOKED');
    // No new key either.
    expect((await v.inject('POST', '/api/v1/verifier/api-keys', { name: '新' })).statusCode).toBe(403);

    const order = await clients.provinceA.inject(
      'POST',
      `/api/v1/verifier-organisations/${org.id}/deletion-order`,
      {
        version: revoked.version,
        order: '责令于 10 个工作日内删除已读取的全部证书数据并书面报告',
      },
    );
    expect(order.statusCode, order.body).toBe(200);
    const mine = (await v.inject('GET', '/api/v1/verifier/organisation')).json<{
      readRights: { revoked: boolean };
      deletionOrder: { text: string; orderedAt: string };
    }>();
    expect(mine.readRights.revoked).toBe(true);
    expect(mine.deletionOrder.text).toContain('删除已读取的全部证书数据');
    const row = await t.handle.db
      .selectFrom('verifier_organisations')
      .select(['deletion_order', 'deletion_ordered_at', 'decision_case_id'])
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(row.deletion_ordered_at).not.toBeNull();
    expect(row.decision_case_id).toBeNull();
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'citations'])
      .where('entity_id', '=', org.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['verifier_read_rights_revoked', 'verifier_deletion_ordered']),
    );

    // The overseers' list shows the state and the usage.
    const list = await clients.provinceA.inject('GET', '/api/v1/verifier-organisations');
    const item = list
      .json<{
        items: { id: string; readRights: { revoked: boolean }; last30Days: { certificates: number } }[];
      }>()
      .items.find((i) => i.id === org.id)!;
    expect(item.readRights.revoked).toBe(true);
    expect(item.last30Days.certificates).toBe(1);
  });
});

function multipartBody(fileName: string, text: string): Buffer {
  const boundary = '----skillreg';
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.from(text, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

describe('the credit bank’s export (1x-selection §24, 1x-exit §8)', () => {
  const exportPage = (key: string, query: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/verifier/credentials?${query}`,
      headers: { authorization: `Bearer ${key}` },
    });

  it('a credit bank takes an occupation’s certificates of a date range as signed credentials, page by page', async () => {
    const res = await clients.sysadmin.inject('POST', '/api/v1/verifier-organisations', {
      name: '贵州省终身教育学分银行',
      kind: 'credit_bank',
      contact: '学分认定处',
    });
    expect(res.statusCode, res.body).toBe(201);
    const bank = await verifierOf(res.json<Org>(), 'credit_bank_clerk');
    const { secret } = await newKey(bank, '学分认定系统');
    const query = `occupationCode=${OCC}&from=2025-01-01&to=2025-12-31`;
    const first = await exportPage(secret, `${query}&limit=100`);
    expect(first.statusCode, first.body).toBe(200);
    const page1 = first.json<{ credentials: { id: string; proof: unknown }[]; nextCursor: string | null }>();
    expect(page1.credentials).toHaveLength(100);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const keys = fromKeySet(
      (await t.app.inject({ method: 'GET', url: '/api/v1/public/certificate-keys' })).json(),
    );
    const vc = page1.credentials[0]! as Record<string, Json>;
    const kid = String((vc.proof as Record<string, unknown>).verificationMethod).split('#')[1];
    expect(verifyCredential(vc, keys.find((k) => k.keyId === kid)!.publicKey)).toBe(true);
    // Every certificate of 2025 once, across the pages (P25 numbers: valid, invalid and the holders').
    const seen = new Set(page1.credentials.map((c) => c.id));
    let cursor = page1.nextCursor;
    while (cursor) {
      const next = (await exportPage(secret, `${query}&limit=100&cursor=${cursor}`)).json<typeof page1>();
      for (const c of next.credentials) seen.add(c.id);
      cursor = next.nextCursor;
    }
    const expected = [...VALID, ...INVALID, ...HOLDERS.map((h) => h.number)].filter((n) => n.startsWith(P25));
    expect(seen.size).toBe(expected.length);
    for (const n of expected) expect([...seen].some((id) => id.endsWith(`#certificate-${n}`))).toBe(true);
  });

  it('another organisation’s key may not export; a bad range or cursor is refused', async () => {
    const org = await createOrganisation('某用人单位人事部');
    const hr = await verifierOf(org, 'export_refused_hr');
    const { secret } = await newKey(hr);
    const refused = await exportPage(secret, 'from=2025-01-01&to=2025-12-31');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('VERIFIER_NOT_CREDIT_BANK');
    expect((await exportPage('srk_nonsense', 'from=2025-01-01&to=2025-12-31')).statusCode).toBe(401);
  });
});
