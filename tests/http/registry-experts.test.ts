// Experts and expert pools: registration with employer USCC (for conflict-of-interest checks) and a
// protected document number; who sees which expert (own registrations, own and national pools, the
// expert their own record); pools owned by an authority and their members; declared conflicts.
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

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

describe('experts', () => {
  it('province A registers an expert with employer USCC, specialties and a masked document number', async () => {
    const idNumber = makeIdNumber(701);
    const employerUscc = makeUscc('520100');
    const res = await as.provinceA.inject('POST', '/api/v1/experts', {
      name: '冯专家',
      employerName: '贵州大学',
      employerUscc,
      title: '教授',
      specialties: ['4-04-05-01', '6-18-01-01', '4-04-05-01'],
      idDocType: 'resident_id',
      idNumber,
    });
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toContain(idNumber);
    expect(res.json()).toMatchObject({
      employerUscc,
      specialties: ['4-04-05-01', '6-18-01-01'],
      idDocType: 'resident_id',
      idNumberMasked: `520***********${idNumber.slice(-4)}`,
      registeredByAuthorityId: f.authorities.guizhou,
      abilities: { read: true, update: true, revealPersonalData: true, declareConflict: true },
    });
    // Registered by A and in no pool yet: A sees it, B does not.
    const id = res.json().id;
    expect((await as.provinceA.inject('GET', `/api/v1/experts/${id}`)).statusCode).toBe(200);
    expect((await as.provinceB.inject('GET', `/api/v1/experts/${id}`)).statusCode).toBe(404);
    expect((await as.national.inject('GET', `/api/v1/experts/${id}`)).statusCode).toBe(200);
  });

  it('refuses a bad employer USCC, a bad or half-given document number, a known person and unknown specialties', async () => {
    const base = { name: '褚专家', employerName: '某厂' };
    const badUscc = await as.provinceA.inject('POST', '/api/v1/experts', {
      ...base,
      employerUscc: '91520100MA6DXXXXXX',
    });
    expect(badUscc.json()).toMatchObject({ status: 422, errors: [{ path: 'body.employerUscc' }] });
    const good = makeIdNumber(702);
    const badId = await as.provinceA.inject('POST', '/api/v1/experts', {
      ...base,
      idDocType: 'resident_id',
      idNumber: good.slice(0, 17) + (good[17] === '3' ? '4' : '3'),
    });
    expect(badId.json()).toMatchObject({ status: 422, code: 'INVALID_ID_NUMBER_CHECK' });
    const half = await as.provinceA.inject('POST', '/api/v1/experts', { ...base, idNumber: good });
    expect(half.json()).toMatchObject({ status: 422, code: 'DOCUMENT_INCOMPLETE' });
    const first = await as.provinceA.inject('POST', '/api/v1/experts', {
      ...base,
      idDocType: 'resident_id',
      idNumber: good,
    });
    expect(first.statusCode).toBe(201);
    const again = await as.provinceB.inject('POST', '/api/v1/experts', {
      ...base,
      idDocType: 'resident_id',
      idNumber: good,
    });
    expect(again.json()).toMatchObject({ status: 409, code: 'DUPLICATE' });
    const occ = await as.provinceA.inject('POST', '/api/v1/experts', {
      ...base,
      specialties: ['8-88-88-88'],
    });
    expect(occ.json()).toMatchObject({ status: 422, code: 'UNKNOWN_OCCUPATION' });
    const extra = await as.provinceA.inject('POST', '/api/v1/experts', { ...base, pool: 'x' });
    expect(extra.statusCode).toBe(400);
  });

  it('scopes lists: A sees its own registrations, its pool and the national pool; the expert only themself', async () => {
    const a = ids((await as.provinceA.inject('GET', '/api/v1/experts?pageSize=100')).json());
    expect(a).toEqual(expect.arrayContaining([f.experts.self, f.experts.guizhou, f.experts.national]));
    expect(a).not.toContain(f.experts.zhejiang);
    expect(a).not.toContain(f.experts.unpooled);
    expect(ids((await as.expert.inject('GET', '/api/v1/experts')).json())).toEqual([f.experts.self]);
    expect((await as.expert.inject('GET', `/api/v1/experts/${f.experts.guizhou}`)).statusCode).toBe(404);
    expect((await as.institutionX.inject('GET', '/api/v1/experts')).statusCode).toBe(403);
    expect((await as.institutionX.inject('GET', `/api/v1/experts/${f.experts.self}`)).statusCode).toBe(404);
    const inPool = ids(
      (await as.provinceA.inject('GET', `/api/v1/experts?poolId=${f.pools.national}`)).json(),
    );
    expect(inPool).toEqual([f.experts.national]);
    const bySpecialty = (
      await as.national.inject('GET', '/api/v1/experts?specialty=4-04-05-01&pageSize=100')
    ).json();
    expect(bySpecialty.total).toBeGreaterThanOrEqual(5);
  });

  it('the keeper updates the record, the expert cannot, a pool user only reads; a stale version is a 409', async () => {
    const url = `/api/v1/experts/${f.experts.national}`;
    const asA = (await as.provinceA.inject('GET', url)).json();
    expect(asA.abilities).toEqual({
      read: true,
      update: false,
      revealPersonalData: false,
      declareConflict: false,
    });
    expect((await as.provinceA.inject('PATCH', url, { version: 1, title: 'x' })).statusCode).toBe(403);
    const self = `/api/v1/experts/${f.experts.self}`;
    expect((await as.expert.inject('PATCH', self, { version: 1, title: '研究员' })).statusCode).toBe(403);
    const ok = await as.provinceA.inject('PATCH', self, {
      version: 1,
      title: '研究员',
      specialties: ['6-18-01-01'],
    });
    expect(ok.json()).toMatchObject({ version: 2, title: '研究员', specialties: ['6-18-01-01'] });
    expect((await as.national.inject('PATCH', self, { version: 1, title: '旧' })).json().code).toBe(
      'VERSION_CONFLICT',
    );
  });

  it('reveals an expert’s document number to the keeper only, audited', async () => {
    const url = `/api/v1/experts/${f.experts.guizhou}/document-number`;
    expect((await as.provinceB.inject('GET', url)).statusCode).toBe(404);
    const res = await as.provinceA.inject('GET', url);
    expect(res.statusCode).toBe(200);
    expect(f.documentNumbers).toContain(res.json().idNumber);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('entity', '=', 'expert')
      .where('entity_id', '=', f.experts.guizhou)
      .execute();
    expect(audit).toEqual([{ action: 'reveal_personal_data', actor_user_id: f.userIds.provinceA }]);
    expect(
      (await as.expert.inject('GET', `/api/v1/experts/${f.experts.self}/document-number`)).statusCode,
    ).toBe(403);
  });
});

describe('conflicts of interest', () => {
  it('the expert declares a conflict with a registered institution, linked by its USCC', async () => {
    const x = (await as.provinceA.inject('GET', `/api/v1/institutions/${f.institutions.x}`)).json();
    const res = await as.expert.inject('POST', `/api/v1/experts/${f.experts.self}/conflicts`, {
      institutionUscc: x.uscc,
      institutionName: x.name,
      relation: 'former_employment',
      reason: '2019–2022 年在该机构任职',
    });
    expect(res.statusCode).toBe(201);
    // The expert sees what they declared, not whether it matched a registered institution (issue 9
    // point 7); the authority that may open institution X sees the link.
    expect(res.json()).toMatchObject({
      institutionId: null,
      institutionUscc: x.uscc,
      declaredBy: f.userIds.expert,
      relation: 'former_employment',
    });
    const seen = (await as.provinceA.inject('GET', `/api/v1/experts/${f.experts.self}/conflicts`)).json();
    expect(seen.items[0]).toMatchObject({ institutionId: f.institutions.x, institutionVisible: true });
    const other = makeUscc('330100');
    const unregistered = await as.provinceA.inject('POST', `/api/v1/experts/${f.experts.self}/conflicts`, {
      institutionUscc: other,
      institutionName: '外省某企业',
      relation: 'relative',
    });
    // An institution 贵州 cannot open (here: not registered at all) is not named back to it.
    expect(unregistered.json()).toMatchObject({
      institutionId: null,
      institutionUscc: null,
      institutionVisible: false,
    });
    const list = (await as.expert.inject('GET', `/api/v1/experts/${f.experts.self}/conflicts`)).json();
    expect(list.total).toBe(2);
  });

  it('refuses a conflict with an invalid USCC or an unknown relation, and from someone else’s account', async () => {
    const url = `/api/v1/experts/${f.experts.self}/conflicts`;
    const bad = await as.expert.inject('POST', url, {
      institutionUscc: '123',
      institutionName: 'x',
      relation: 'other',
    });
    expect(bad.json()).toMatchObject({ status: 422, code: 'INVALID_USCC_LENGTH' });
    expect(
      (
        await as.expert.inject('POST', url, {
          institutionUscc: makeUscc(),
          institutionName: 'x',
          relation: 'friend',
        })
      ).statusCode,
    ).toBe(400);
    const foreign = await as.expert.inject('POST', `/api/v1/experts/${f.experts.guizhou}/conflicts`, {
      institutionUscc: makeUscc(),
      institutionName: 'x',
      relation: 'other',
    });
    expect(foreign.statusCode).toBe(404);
  });
});

describe('expert pools', () => {
  it('an authority creates its own pool, adds and removes members; the pool’s version moves on', async () => {
    const res = await as.provinceA.inject('POST', '/api/v1/expert-pools', {
      name: '贵州省车工专家库',
      description: '车工方向',
    });
    expect(res.statusCode).toBe(201);
    const pool = res.json();
    expect(pool).toMatchObject({
      authorityId: f.authorities.guizhou,
      memberCount: 0,
      abilities: { update: true, manageMembers: true },
    });
    const members = `/api/v1/expert-pools/${pool.id}/members`;
    const add = await as.provinceA.inject('POST', members, { expertId: f.experts.national });
    expect(add.statusCode).toBe(201);
    expect(add.json()).toMatchObject({ id: f.experts.national, addedAt: expect.any(String) });
    expect((await as.provinceA.inject('POST', members, { expertId: f.experts.national })).json().code).toBe(
      'DUPLICATE',
    );
    // An expert province A cannot see cannot be added.
    const hidden = await as.provinceA.inject('POST', members, { expertId: f.experts.unpooled });
    expect(hidden.json()).toMatchObject({ status: 422, code: 'UNKNOWN_EXPERT' });
    const detail = (await as.provinceA.inject('GET', `/api/v1/expert-pools/${pool.id}`)).json();
    expect(detail).toMatchObject({ memberCount: 1, version: 2 });
    expect(ids((await as.provinceA.inject('GET', members)).json())).toEqual([f.experts.national]);
    expect((await as.provinceA.inject('DELETE', `${members}/${f.experts.national}`)).statusCode).toBe(204);
    expect((await as.provinceA.inject('DELETE', `${members}/${f.experts.national}`)).statusCode).toBe(404);
    expect((await as.provinceA.inject('GET', members)).json().total).toBe(0);
  });

  it('other provinces do not see a provincial pool; everyone with pools sees the national one; only the owner manages', async () => {
    const guizhou = `/api/v1/expert-pools/${f.pools.guizhou}`;
    expect((await as.provinceB.inject('GET', guizhou)).statusCode).toBe(404);
    expect((await as.provinceB.inject('GET', `${guizhou}/members`)).statusCode).toBe(404);
    const bPools = ids((await as.provinceB.inject('GET', '/api/v1/expert-pools')).json());
    expect(bPools.sort()).toEqual([f.pools.national, f.pools.zhejiang].sort());
    const nationalView = (await as.national.inject('GET', guizhou)).json();
    expect(nationalView.abilities).toEqual({ read: true, update: false, manageMembers: false });
    expect(
      (await as.national.inject('PATCH', guizhou, { version: nationalView.version, name: 'x' })).statusCode,
    ).toBe(403);
    expect(
      (
        await as.provinceA.inject('POST', `/api/v1/expert-pools/${f.pools.national}/members`, {
          expertId: f.experts.self,
        })
      ).statusCode,
    ).toBe(403);
    expect((await as.institutionX.inject('GET', '/api/v1/expert-pools')).statusCode).toBe(403);
    expect((await as.expert.inject('GET', guizhou)).statusCode).toBe(404);
  });

  it('an authority may create pools only for itself; an administrator names the owner', async () => {
    const foreign = await as.provinceA.inject('POST', '/api/v1/expert-pools', {
      name: 'x',
      authorityId: f.authorities.zhejiang,
    });
    expect(foreign.statusCode).toBe(403);
    const noOwner = await as.sysadmin.inject('POST', '/api/v1/expert-pools', { name: 'x' });
    expect(noOwner.json()).toMatchObject({ status: 422, code: 'AUTHORITY_REQUIRED' });
    const ok = await as.sysadmin.inject('POST', '/api/v1/expert-pools', {
      name: '浙江省备用专家库',
      authorityId: f.authorities.zhejiang,
    });
    expect(ok.json()).toMatchObject({
      authorityId: f.authorities.zhejiang,
      authorityName: '浙江省人力资源和社会保障厅',
    });
  });

  it('renames a pool with the current version; a stale one is a 409', async () => {
    const pool = (await as.provinceB.inject('POST', '/api/v1/expert-pools', { name: '浙江省新库' })).json();
    const url = `/api/v1/expert-pools/${pool.id}`;
    expect(
      (await as.provinceB.inject('PATCH', url, { version: 1, name: '浙江省烹饪专家库' })).json(),
    ).toMatchObject({ version: 2 });
    expect((await as.provinceB.inject('PATCH', url, { version: 1, name: 'y' })).statusCode).toBe(409);
  });
});
