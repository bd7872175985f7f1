// The registry API: institutions, branches, staff, sites and scopes — create, read, update, list;
// validation of USCCs and document numbers (422, nothing written); optimistic versions (409); strict
// bodies (400); and scoping (another province's or another institution's records answer 404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/test-app.js';
import {
  loginPersonas,
  makeIdNumber,
  makeUscc,
  seedPersonas,
  type Client,
  type Fixture,
  type Persona,
} from '../support/personas.js';

let t: TestApp;
let f: Fixture;
let as: Record<Persona, Client>;

beforeAll(async () => {
  t = await openTestApp();
  f = await seedPersonas(t.handle.db);
  as = await loginPersonas(t.app, f);
});
afterAll(async () => t?.close());

const count = async (
  table: 'institutions' | 'staff' | 'sites' | 'institution_scopes' | 'audit_log' | 'branches',
) =>
  Number(
    (
      await t.handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const newInstitution = (over: Record<string, unknown> = {}) => ({
  name: '贵州某职业技能评价中心',
  kind: 'social_org',
  uscc: makeUscc('520100'),
  legalRepresentative: '吴九',
  address: '贵阳市观山湖区长岭北路 1 号',
  jurisdictionCode: '520100',
  ...over,
});

describe('institutions', () => {
  it('registers an institution with a valid USCC, in the caller’s province, audited', async () => {
    const body = newInstitution();
    const res = await as.provinceA.inject('POST', '/api/v1/institutions', body);
    expect(res.statusCode).toBe(201);
    const inst = res.json();
    expect(inst).toMatchObject({
      uscc: body.uscc,
      jurisdictionCode: '520100',
      jurisdictionName: '贵阳市',
      authorityId: f.authorities.guizhou,
      authorityName: '贵州省人力资源和社会保障厅',
      status: 'registered',
      version: 1,
      counts: { branches: 0, staff: 0, sites: 0, scopes: 0 },
      abilities: { read: true, update: true, manageScopes: true },
    });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'institution')
      .where('entity_id', '=', inst.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
    const history = await t.handle.db
      .selectFrom('institution_status_history')
      .selectAll()
      .where('institution_id', '=', inst.id)
      .execute();
    expect(history).toHaveLength(1);
  });

  it('accepts a USCC typed with full-width characters and spaces, and stores it normalised', async () => {
    const uscc = makeUscc('520100');
    const typed = ` ${uscc.slice(0, 9)} ${uscc.slice(9)}`.replace(/[0-9]/g, (d) =>
      String.fromCharCode(0xff10 + Number(d)),
    );
    const res = await as.provinceA.inject('POST', '/api/v1/institutions', newInstitution({ uscc: typed }));
    expect(res.statusCode).toBe(201);
    expect(res.json().uscc).toBe(uscc);
  });

  it('refuses a USCC with a wrong check character (GB 32100-2015 §5) with a clear message, writing nothing', async () => {
    const good = makeUscc('520100');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const [institutions, audit] = [await count('institutions'), await count('audit_log')];
    const res = await as.provinceA.inject('POST', '/api/v1/institutions', newInstitution({ uscc: bad }));
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'INVALID_USCC_CHECK', errors: [{ path: 'body.uscc' }] });
    expect(res.json().detail).toContain('校验码');
    expect(await count('institutions')).toBe(institutions);
    expect(await count('audit_log')).toBe(audit);
  });

  it('refuses a USCC of the wrong length and a registered USCC (409 DUPLICATE)', async () => {
    const short = await as.provinceA.inject(
      'POST',
      '/api/v1/institutions',
      newInstitution({ uscc: '91520100123' }),
    );
    expect(short.statusCode).toBe(422);
    expect(short.json().code).toBe('INVALID_USCC_LENGTH');
    const uscc = makeUscc('520100');
    expect(
      (await as.provinceA.inject('POST', '/api/v1/institutions', newInstitution({ uscc }))).statusCode,
    ).toBe(201);
    const again = await as.national.inject(
      'POST',
      '/api/v1/institutions',
      newInstitution({ uscc, name: '另一家' }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DUPLICATE');
  });

  it('rejects unknown fields and wrong types with 400, an unknown jurisdiction with 422', async () => {
    const extra = await as.provinceA.inject('POST', '/api/v1/institutions', newInstitution({ secret: 1 }));
    expect(extra.statusCode).toBe(400);
    expect(extra.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const wrong = await as.provinceA.inject('POST', '/api/v1/institutions', newInstitution({ kind: 'bank' }));
    expect(wrong.statusCode).toBe(400);
    const unknown = await as.sysadmin.inject(
      'POST',
      '/api/v1/institutions',
      newInstitution({ jurisdictionCode: '520199' }),
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe('UNKNOWN_JURISDICTION');
  });

  it('lets province B register nothing in province A and nobody without a regulator role', async () => {
    expect((await as.provinceB.inject('POST', '/api/v1/institutions', newInstitution())).statusCode).toBe(
      403,
    );
    expect((await as.institutionX.inject('POST', '/api/v1/institutions', newInstitution())).statusCode).toBe(
      403,
    );
    expect((await as.anonymous.inject('POST', '/api/v1/institutions', newInstitution())).statusCode).toBe(
      401,
    );
    const own = await as.provinceB.inject(
      'POST',
      '/api/v1/institutions',
      newInstitution({ jurisdictionCode: '330100', uscc: makeUscc('330100') }),
    );
    expect(own.statusCode).toBe(201);
  });

  it('lists with filters and paging, parsed from the query string with bounds', async () => {
    const all = (await as.national.inject('GET', '/api/v1/institutions?pageSize=100')).json();
    expect(all.total).toBeGreaterThanOrEqual(3);
    const page1 = (await as.national.inject('GET', '/api/v1/institutions?page=1&pageSize=1')).json();
    expect(page1).toMatchObject({ page: 1, pageSize: 1, total: all.total });
    expect(page1.items).toHaveLength(1);
    const zhejiang = (
      await as.national.inject('GET', '/api/v1/institutions?jurisdictionCode=330000&pageSize=100')
    ).json();
    expect(
      zhejiang.items.every((i: { jurisdictionCode: string }) => i.jurisdictionCode.startsWith('33')),
    ).toBe(true);
    const employers = (await as.national.inject('GET', '/api/v1/institutions?kind=employer')).json();
    expect(employers.items.map((i: { id: string }) => i.id)).toContain(f.institutions.y);
    expect(employers.items.every((i: { kind: string }) => i.kind === 'employer')).toBe(true);
    const byName = (
      await as.national.inject('GET', `/api/v1/institutions?q=${encodeURIComponent('机构X')}`)
    ).json();
    expect(byName.items.map((i: { id: string }) => i.id)).toEqual([f.institutions.x]);
    const active = (
      await as.national.inject('GET', '/api/v1/institutions?status=registered&pageSize=100')
    ).json();
    expect(active.items.every((i: { status: string }) => i.status === 'registered')).toBe(true);
    // A literal % is not a wildcard.
    expect((await as.national.inject('GET', '/api/v1/institutions?q=%25')).json().total).toBe(0);
    for (const q of ['page=0', 'pageSize=0', 'pageSize=101', 'page=abc', 'status=closed', 'unknown=1']) {
      const r = await as.national.inject('GET', `/api/v1/institutions?${q}`);
      expect(r.statusCode, q).toBe(400);
    }
  });

  it('shows counts of branches, staff by role, sites and scopes in the detail', async () => {
    const res = await as.institutionX.inject('GET', `/api/v1/institutions/${f.institutions.x}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: f.institutions.x,
      jurisdictionName: '贵阳市',
      authorityName: '贵州省人力资源和社会保障厅',
      counts: {
        branches: 1,
        staff: 1,
        staffByRole: { assessor: 1, full_time_staff: 0 },
        sites: 1,
        scopes: 1,
      },
      abilities: {
        read: true,
        update: false,
        manageStaff: true,
        manageScopes: false,
        revealPersonalData: false,
      },
    });
  });

  it('updates with the current version, refuses a stale one with 409, and audits before/after', async () => {
    const created = (await as.provinceA.inject('POST', '/api/v1/institutions', newInstitution())).json();
    const url = `/api/v1/institutions/${created.id}`;
    const ok = await as.provinceA.inject('PATCH', url, {
      version: 1,
      address: '贵阳市新地址',
      contactPhone: '0851-1234567',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, address: '贵阳市新地址', contactPhone: '0851-1234567' });
    const stale = await as.national.inject('PATCH', url, { version: 1, address: '别处' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await as.provinceA.inject('GET', url)).json().address).toBe('贵阳市新地址');
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'before_data', 'after_data'])
      .where('entity_id', '=', created.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(audit.before_data).toMatchObject({ address: '贵阳市观山湖区长岭北路 1 号', version: 1 });
    expect(audit.after_data).toMatchObject({ address: '贵阳市新地址', version: 2 });
  });

  it('of two concurrent updates from the same version, exactly one succeeds and the other gets 409', async () => {
    const created = (await as.provinceA.inject('POST', '/api/v1/institutions', newInstitution())).json();
    const url = `/api/v1/institutions/${created.id}`;
    const results = await Promise.all([
      as.provinceA.inject('PATCH', url, { version: 1, name: '甲' }),
      as.national.inject('PATCH', url, { version: 1, name: '乙' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('records a status change with its reason, and requires the reason', async () => {
    const url = `/api/v1/institutions/${f.institutions.y}`;
    const v = (await as.provinceA.inject('GET', url)).json().version;
    const noReason = await as.provinceA.inject('PATCH', url, { version: v, status: 'suspended' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().code).toBe('STATUS_REASON_REQUIRED');
    const ok = await as.provinceA.inject('PATCH', url, {
      version: v,
      status: 'suspended',
      statusReason: '限期整改',
    });
    expect(ok.statusCode).toBe(200);
    const history = await t.handle.db
      .selectFrom('institution_status_history')
      .selectAll()
      .where('institution_id', '=', f.institutions.y)
      .execute();
    expect(history).toEqual([
      expect.objectContaining({ from_status: 'active', to_status: 'suspended', reason: '限期整改' }),
    ]);
  });

  it('refuses to move an institution out of the caller’s province, and lets the institution not edit its registry record', async () => {
    const created = (await as.provinceA.inject('POST', '/api/v1/institutions', newInstitution())).json();
    const move = await as.provinceA.inject('PATCH', `/api/v1/institutions/${created.id}`, {
      version: 1,
      jurisdictionCode: '330100',
    });
    expect(move.statusCode).toBe(403);
    const own = await as.institutionX.inject('PATCH', `/api/v1/institutions/${f.institutions.x}`, {
      version: 1,
      name: '改名',
    });
    expect(own.statusCode).toBe(403);
  });
});

describe('scoping: records outside the caller’s scope answer 404', () => {
  const xPaths = () => [
    `/api/v1/institutions/${f.institutions.x}`,
    `/api/v1/institutions/${f.institutions.x}/branches`,
    `/api/v1/institutions/${f.institutions.x}/staff`,
    `/api/v1/institutions/${f.institutions.x}/sites`,
    `/api/v1/institutions/${f.institutions.x}/scopes`,
    `/api/v1/branches/${f.branches.x}`,
    `/api/v1/staff/${f.staff.x}`,
    `/api/v1/staff/${f.staff.x}/document-number`,
    `/api/v1/sites/${f.sites.x}`,
    `/api/v1/scopes/${f.scopes.x}`,
  ];

  it('province B reading province A’s institution, its branches, staff, sites and scopes', async () => {
    for (const path of xPaths()) {
      const res = await as.provinceB.inject('GET', path);
      expect(res.statusCode, path).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
    const patch = await as.provinceB.inject('PATCH', `/api/v1/staff/${f.staff.x}`, { version: 1, name: 'x' });
    expect(patch.statusCode).toBe(404);
  });

  it('institution Y reading institution X (same city)', async () => {
    for (const path of xPaths())
      expect((await as.institutionY.inject('GET', path)).statusCode, path).toBe(404);
    const post = await as.institutionY.inject('POST', `/api/v1/institutions/${f.institutions.x}/branches`, {
      name: '冒名分支',
      address: 'x',
      jurisdictionCode: '520100',
    });
    expect(post.statusCode).toBe(404);
  });

  it('a malformed id is a 400, an unknown one a 404', async () => {
    expect((await as.national.inject('GET', '/api/v1/institutions/not-a-uuid')).statusCode).toBe(400);
    expect(
      (await as.national.inject('GET', '/api/v1/institutions/00000000-0000-4000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
  });

  it('anonymous callers get 401 before their input is looked at', async () => {
    const res = await as.anonymous.inject('GET', '/api/v1/institutions?page=0');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH_REQUIRED');
  });
});

describe('branches', () => {
  it('the institution adds, reads and updates its own branch; a stale version is a 409', async () => {
    const uscc = makeUscc('520100');
    const res = await as.institutionX.inject('POST', `/api/v1/institutions/${f.institutions.x}/branches`, {
      name: '遵义分支',
      uscc,
      address: '遵义市红花岗区',
      jurisdictionCode: '520100',
    });
    expect(res.statusCode).toBe(201);
    const b = res.json();
    expect(b).toMatchObject({
      institutionId: f.institutions.x,
      uscc,
      jurisdictionName: '贵阳市',
      abilities: { update: true },
    });
    const list = (
      await as.institutionX.inject('GET', `/api/v1/institutions/${f.institutions.x}/branches?q=遵义`)
    ).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([b.id]);
    const upd = await as.provinceA.inject('PATCH', `/api/v1/branches/${b.id}`, {
      version: 1,
      status: 'active',
    });
    expect(upd.json()).toMatchObject({ status: 'active', version: 2 });
    expect(
      (await as.institutionX.inject('PATCH', `/api/v1/branches/${b.id}`, { version: 1, name: 'x' }))
        .statusCode,
    ).toBe(409);
  });

  it('refuses a branch USCC with a bad organisation-code check character', async () => {
    const good = makeUscc('520100');
    const badOrg = good.slice(0, 16) + (good[16] === '1' ? '2' : '1') + good[17];
    const before = await count('branches');
    const res = await as.institutionX.inject('POST', `/api/v1/institutions/${f.institutions.x}/branches`, {
      name: '分支',
      uscc: badOrg,
      address: 'x',
      jurisdictionCode: '520100',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toMatch(/^INVALID_USCC_/);
    expect(await count('branches')).toBe(before);
  });
});

describe('staff', () => {
  const staffUrl = () => `/api/v1/institutions/${f.institutions.x}/staff`;

  it('adds staff with roles; the response and the database hold only the masked number in clear', async () => {
    const idNumber = makeIdNumber(901);
    const res = await as.institutionX.inject('POST', staffUrl(), {
      name: '郑十',
      idDocType: 'resident_id',
      idNumber,
      phone: '13800000000',
      roles: [
        { role: 'assessor', occupationCode: '4-04-05-01', level: 3 },
        { role: 'quality_supervisor' },
        { role: 'quality_supervisor' },
      ],
    });
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toContain(idNumber);
    const s = res.json();
    expect(s.idNumberMasked).toBe(`520***********${idNumber.slice(-4)}`);
    expect(s.roles).toEqual([
      { role: 'assessor', occupationCode: '4-04-05-01', level: 3 },
      { role: 'quality_supervisor', occupationCode: null, level: null },
    ]);
    expect(s.abilities).toEqual({ read: true, update: true, revealPersonalData: false });
    const row = await t.handle.db
      .selectFrom('staff')
      .selectAll()
      .where('id', '=', s.id)
      .executeTakeFirstOrThrow();
    expect(row.id_number_enc).not.toContain(idNumber);
    expect(row.id_number_hmac).toMatch(/^[0-9a-f]{64}$/);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('after_data')
      .where('entity_id', '=', s.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after_data)).not.toContain(idNumber);
  });

  it('refuses an ID number with a wrong check digit (GB 11643-1999) with a clear message, writing nothing', async () => {
    const good = makeIdNumber(902);
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    const before = await count('staff');
    const res = await as.institutionX.inject('POST', staffUrl(), {
      name: '错号',
      idDocType: 'resident_id',
      idNumber: bad,
      roles: [],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'INVALID_ID_NUMBER_CHECK',
      errors: [{ path: 'body.idNumber' }],
    });
    expect(res.json().detail).toContain('校验码');
    expect(res.body).not.toContain(bad);
    expect(await count('staff')).toBe(before);
  });

  it('checks other document types by their format', async () => {
    const ok = await as.institutionX.inject('POST', staffUrl(), {
      name: '港澳同胞',
      idDocType: 'hk_macao_permit',
      idNumber: 'H12345678',
      roles: [],
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().idNumberMasked).toBe('H******78');
    const bad = await as.institutionX.inject('POST', staffUrl(), {
      name: '格式错',
      idDocType: 'hk_macao_permit',
      idNumber: 'X1234',
      roles: [],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('INVALID_DOCUMENT_NUMBER_FORMAT');
    const unknownType = await as.institutionX.inject('POST', staffUrl(), {
      name: 'x',
      idDocType: 'driving_licence',
      idNumber: '1',
      roles: [],
    });
    expect(unknownType.statusCode).toBe(400);
  });

  it('refuses the same person twice in one institution (by HMAC), an assessor without an occupation, an unknown occupation', async () => {
    const idNumber = makeIdNumber(903);
    const first = await as.institutionX.inject('POST', staffUrl(), {
      name: '甲',
      idDocType: 'resident_id',
      idNumber,
      roles: [],
    });
    expect(first.statusCode).toBe(201);
    const again = await as.provinceA.inject('POST', staffUrl(), {
      name: '甲',
      idDocType: 'resident_id',
      idNumber,
      roles: [],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DUPLICATE');
    expect(again.body).not.toContain(idNumber);
    // The same person may work for another institution.
    const elsewhere = await as.institutionY.inject('POST', `/api/v1/institutions/${f.institutions.y}/staff`, {
      name: '甲',
      idDocType: 'resident_id',
      idNumber,
      roles: [],
    });
    expect(elsewhere.statusCode).toBe(201);
    const noOcc = await as.institutionX.inject('POST', staffUrl(), {
      name: '乙',
      idDocType: 'resident_id',
      idNumber: makeIdNumber(904),
      roles: [{ role: 'assessor' }],
    });
    expect(noOcc.json()).toMatchObject({ status: 422, code: 'ASSESSOR_OCCUPATION_REQUIRED' });
    const unknownOcc = await as.institutionX.inject('POST', staffUrl(), {
      name: '丙',
      idDocType: 'resident_id',
      idNumber: makeIdNumber(905),
      roles: [{ role: 'assessor', occupationCode: '9-99-99-99' }],
    });
    expect(unknownOcc.json()).toMatchObject({ status: 422, code: 'UNKNOWN_OCCUPATION' });
  });

  it('refuses a branch of another institution', async () => {
    const res = await as.provinceA.inject('POST', staffUrl(), {
      name: '丁',
      idDocType: 'resident_id',
      idNumber: makeIdNumber(906),
      branchId: f.branches.z,
      roles: [],
    });
    expect(res.json()).toMatchObject({ status: 422, code: 'INVALID_BRANCH' });
  });

  it('updates roles as a whole set and a new document number; a stale version is a 409', async () => {
    const s = (
      await as.institutionX.inject('POST', staffUrl(), {
        name: '戊',
        idDocType: 'resident_id',
        idNumber: makeIdNumber(907),
        roles: [{ role: 'full_time_staff' }],
      })
    ).json();
    const newNumber = makeIdNumber(908);
    const upd = await as.institutionX.inject('PATCH', `/api/v1/staff/${s.id}`, {
      version: 1,
      roles: [{ role: 'exam_admin' }, { role: 'assessor', occupationCode: '6-18-01-01', level: 4 }],
      idDocType: 'resident_id',
      idNumber: newNumber,
    });
    expect(upd.statusCode).toBe(200);
    expect(upd.json()).toMatchObject({ version: 2, idNumberMasked: `520***********${newNumber.slice(-4)}` });
    expect(
      upd
        .json()
        .roles.map((r: { role: string }) => r.role)
        .sort(),
    ).toEqual(['assessor', 'exam_admin']);
    const half = await as.institutionX.inject('PATCH', `/api/v1/staff/${s.id}`, {
      version: 2,
      idNumber: makeIdNumber(909),
    });
    expect(half.json().code).toBe('DOCUMENT_INCOMPLETE');
    const stale = await as.institutionX.inject('PATCH', `/api/v1/staff/${s.id}`, { version: 1, name: '己' });
    expect(stale.statusCode).toBe(409);
    const assessors = (
      await as.institutionX.inject('GET', `${staffUrl()}?role=assessor&occupationCode=6-18-01-01`)
    ).json();
    expect(assessors.items.map((i: { id: string }) => i.id)).toEqual([s.id]);
  });

  it('reveals the full number only to a regulator, audited without the number, never cached', async () => {
    const url = `/api/v1/staff/${f.staff.x}/document-number`;
    const denied = await as.institutionX.inject('GET', url);
    expect(denied.statusCode).toBe(403);
    const res = await as.provinceA.inject('GET', url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { idNumber, idDocType } = res.json();
    expect(idDocType).toBe('resident_id');
    expect(f.documentNumbers).toContain(idNumber);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'staff')
      .where('entity_id', '=', f.staff.x)
      .where('action', '=', 'reveal_personal_data')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_user_id).toBe(f.userIds.provinceA);
    expect(JSON.stringify(audit[0])).not.toContain(idNumber);
  });
});

describe('sites', () => {
  const sitesUrl = () => `/api/v1/institutions/${f.institutions.x}/sites`;
  const leased = {
    name: '租赁考点',
    address: '贵阳市白云区',
    tenure: 'leased',
    leaseStart: '2025-01-01',
    leaseEnd: '2028-12-31',
    floorAreaM2: 180.25,
    functionalRooms: ['考务室', '保密室', '档案室', '候考室', '考务室 '],
    examRooms: 2,
    computerSeats: 60,
    deskSpacingCm: 80,
    cctvExamRooms: true,
    cctvFullCoverage: true,
  };

  it('adds a leased site with its term, rooms (deduplicated), seats, spacing and CCTV', async () => {
    const res = await as.institutionX.inject('POST', sitesUrl(), leased);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      ...leased,
      functionalRooms: ['考务室', '保密室', '档案室', '候考室'],
      version: 1,
      abilities: { read: true, update: true },
    });
  });

  it('requires a lease term, in order, and no lease dates for an owned site (gz-rules §6(7))', async () => {
    const noTerm = await as.institutionX.inject('POST', sitesUrl(), {
      ...leased,
      leaseStart: undefined,
      leaseEnd: undefined,
    });
    expect(noTerm.json()).toMatchObject({ status: 422, code: 'LEASE_TERM_REQUIRED' });
    const reversed = await as.institutionX.inject('POST', sitesUrl(), {
      ...leased,
      leaseStart: '2029-01-01',
    });
    expect(reversed.json()).toMatchObject({ status: 422, code: 'INVALID_DATE_RANGE' });
    const owned = await as.institutionX.inject('POST', sitesUrl(), { ...leased, tenure: 'owned' });
    expect(owned.json()).toMatchObject({ status: 422, code: 'LEASE_DATES_FOR_OWNED_SITE' });
    const cctv = await as.institutionX.inject('POST', sitesUrl(), { ...leased, cctvExamRooms: false });
    expect(cctv.json()).toMatchObject({ status: 422, code: 'INCONSISTENT_CCTV' });
    const negative = await as.institutionX.inject('POST', sitesUrl(), { ...leased, floorAreaM2: -1 });
    expect(negative.statusCode).toBe(400);
    const badDate = await as.institutionX.inject('POST', sitesUrl(), { ...leased, leaseEnd: '2028-02-30' });
    expect(badDate.statusCode).toBe(400);
  });

  it('switching to owned clears the lease; a stale version is a 409', async () => {
    const s = (await as.institutionX.inject('POST', sitesUrl(), leased)).json();
    const upd = await as.institutionX.inject('PATCH', `/api/v1/sites/${s.id}`, {
      version: 1,
      tenure: 'owned',
    });
    expect(upd.json()).toMatchObject({ tenure: 'owned', leaseStart: null, leaseEnd: null, version: 2 });
    expect(
      (await as.institutionX.inject('PATCH', `/api/v1/sites/${s.id}`, { version: 1, examRooms: 1 }))
        .statusCode,
    ).toBe(409);
    const list = (await as.institutionX.inject('GET', `${sitesUrl()}?tenure=owned&pageSize=100`)).json();
    expect(list.items.every((i: { tenure: string }) => i.tenure === 'owned')).toBe(true);
  });
});

describe('scopes', () => {
  const scopesUrl = () => `/api/v1/institutions/${f.institutions.x}/scopes`;

  it('the authority grants occupation × level with validity; the institution may not', async () => {
    const body = { occupationCode: '6-18-01-01', level: 4, validFrom: '2026-01-01', validTo: '2028-12-31' };
    expect((await as.institutionX.inject('POST', scopesUrl(), body)).statusCode).toBe(403);
    const res = await as.provinceA.inject('POST', scopesUrl(), body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ...body, occupationName: '车工', status: 'active', version: 1 });
    const dup = await as.national.inject('POST', scopesUrl(), body);
    expect(dup.json()).toMatchObject({ status: 409, code: 'DUPLICATE' });
    const list = (await as.institutionX.inject('GET', `${scopesUrl()}?level=4`)).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([res.json().id]);
    expect(list.items[0].abilities).toEqual({ read: true, update: false });
  });

  it('refuses an unknown occupation, a level outside 1–5 and a validity that ends before it starts', async () => {
    const unknown = await as.provinceA.inject('POST', scopesUrl(), {
      occupationCode: '1-01-00-01',
      level: 3,
    });
    expect(unknown.json()).toMatchObject({ status: 422, code: 'UNKNOWN_OCCUPATION' });
    expect(
      (await as.provinceA.inject('POST', scopesUrl(), { occupationCode: '6-18-01-01', level: 6 })).statusCode,
    ).toBe(400);
    const reversed = await as.provinceA.inject('POST', scopesUrl(), {
      occupationCode: '6-18-01-01',
      level: 2,
      validFrom: '2027-01-01',
      validTo: '2026-12-31',
    });
    expect(reversed.json()).toMatchObject({ status: 422, code: 'INVALID_DATE_RANGE' });
  });

  it('changes status and validity with the current version; a stale one is a 409', async () => {
    const url = `/api/v1/scopes/${f.scopes.x}`;
    const v = (await as.provinceA.inject('GET', url)).json().version;
    const ok = await as.provinceA.inject('PATCH', url, {
      version: v,
      status: 'suspended',
      validTo: '2026-12-31',
    });
    expect(ok.json()).toMatchObject({ status: 'suspended', validTo: '2026-12-31', version: v + 1 });
    expect((await as.provinceA.inject('PATCH', url, { version: v, status: 'active' })).statusCode).toBe(409);
    expect(
      (await as.provinceA.inject('PATCH', url, { version: v + 1, validTo: '2023-01-01' })).json().code,
    ).toBe('INVALID_DATE_RANGE');
    expect((await as.provinceA.inject('PATCH', url, { version: v + 1, level: 2 })).statusCode).toBe(400);
  });
});
