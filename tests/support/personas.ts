// The personas of the access tests (security.md "Access") and a small registry around them, written
// straight into the database (no demo seed): the national centre, province A (贵州 520000), province B
// (浙江 330000), institution X and Y (both in 贵阳 520100), an expert, an administrator, and the
// public. Institution Z (杭州 330100) is province B's, so that every persona has foreign rows to leak.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../src/persistence/database.js';
import type { AuthorityKind, InstitutionKind } from '../../src/persistence/schema.js';
import { hashPassword } from '../../src/identity/password.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { orgCodeCheckCharacter, usccCheckCharacter } from '../../src/domain/uscc.js';
import { mod112CheckCharacter } from '../../src/domain/id-number.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import { TEST_DATA_KEY } from './test-app.js';

export const PERSONAS = [
  'national',
  'provinceA',
  'provinceB',
  'institutionX',
  'institutionY',
  'expert',
  'sysadmin',
  'anonymous',
] as const;
export type Persona = (typeof PERSONAS)[number];

export const PERSONA_PASSWORD = 'Persona#2026';

let serial = 0;
const next = () => ++serial;

/** A valid USCC (GB 32100-2015, with a valid GB 11714 organisation code) registered in `division`. */
export function makeUscc(division = '520100', n = next()): string {
  const body8 = String(n).padStart(8, '0').slice(-8);
  const first17 = `91${division}${body8}${orgCodeCheckCharacter(body8)}`;
  return first17 + usccCheckCharacter(first17);
}

/** A valid 18-digit 身份证号 (GB 11643-1999) of someone born 1980-01-01 in 贵阳 (南明区 520102). */
export function makeIdNumber(n = next()): string {
  const first17 = `52010219800101${String(n % 1000).padStart(3, '0')}`;
  return first17 + mod112CheckCharacter(first17);
}

/** 18-digit ID-number pattern for leak scans (security.md: a test scans responses for them). */
export const ID_NUMBER_PATTERN = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/;

export interface Fixture {
  authorities: { national: string; guizhou: string; zhejiang: string };
  institutions: { x: string; y: string; z: string };
  branches: { x: string; z: string };
  staff: { x: string; z: string };
  sites: { x: string; z: string };
  scopes: { x: string; z: string };
  experts: { self: string; guizhou: string; zhejiang: string; national: string; unpooled: string };
  pools: { national: string; guizhou: string; zhejiang: string };
  standard: string;
  occupations: string[];
  /** The plain document numbers written, to prove they never leave the server. */
  documentNumbers: string[];
  userIds: Record<Exclude<Persona, 'anonymous'>, string>;
}

const JURISDICTIONS = [
  { code: '000000', name: '全国', level: 'national', parent_code: null },
  { code: '520000', name: '贵州省', level: 'province', parent_code: null },
  { code: '520100', name: '贵阳市', level: 'prefecture', parent_code: '520000' },
  { code: '330000', name: '浙江省', level: 'province', parent_code: null },
  { code: '330100', name: '杭州市', level: 'prefecture', parent_code: '330000' },
] as const;

export const OCCUPATIONS: [code: string, name: string][] = [
  ['4-04-05-01', '计算机程序设计员'],
  ['6-18-01-01', '车工'],
  ['4-03-02-01', '中式烹调师'],
  ['3-02-01-01', '消防员'],
];

async function insertAuthority(db: Database, name: string, kind: AuthorityKind, jurisdiction: string) {
  const id = randomUUID();
  await db
    .insertInto('authorities')
    .values({ id, name, kind, jurisdiction_code: jurisdiction, industry: null })
    .execute();
  return id;
}

async function insertInstitution(
  db: Database,
  name: string,
  jurisdiction: string,
  authorityId: string,
  kind: InstitutionKind = 'social_org',
) {
  const id = randomUUID();
  await db
    .insertInto('institutions')
    .values({
      id,
      name,
      kind,
      uscc: makeUscc(jurisdiction),
      legal_representative: '张三',
      address: `${name}地址`,
      jurisdiction_code: jurisdiction,
      authority_id: authorityId,
      status: 'active',
      contact_phone: null,
      established_on: '2015-03-01',
    })
    .execute();
  return id;
}

/** An expert registered by `authorityId`, optionally in a pool; returns its id. */
export async function insertExpert(
  db: Database,
  f: Pick<Fixture, 'documentNumbers'>,
  opts: { name: string; authorityId: string | null; poolId?: string },
): Promise<string> {
  const pd = createPersonalDataProtector(TEST_DATA_KEY);
  const id = randomUUID();
  const number = makeIdNumber();
  f.documentNumbers.push(number);
  const p = pd.protect(number);
  await db
    .insertInto('experts')
    .values({
      id,
      name: opts.name,
      employer_name: '某职业技术学院',
      employer_uscc: makeUscc('520100'),
      title: '高级工程师',
      specialties: ['4-04-05-01'],
      phone: null,
      id_doc_type: 'resident_id',
      id_number_enc: p.enc,
      id_number_hmac: p.hmac,
      id_number_masked: p.masked,
      registered_by_authority_id: opts.authorityId,
    })
    .execute();
  if (opts.poolId)
    await db.insertInto('expert_pool_members').values({ pool_id: opts.poolId, expert_id: id }).execute();
  return id;
}

async function insertHoldings(
  db: Database,
  f: Pick<Fixture, 'documentNumbers'>,
  institutionId: string,
  area: string,
) {
  const pd = createPersonalDataProtector(TEST_DATA_KEY);
  const branch = randomUUID();
  await db
    .insertInto('branches')
    .values({
      id: branch,
      institution_id: institutionId,
      name: '分支机构',
      uscc: null,
      address: '某路 1 号',
      jurisdiction_code: area,
    })
    .execute();
  const staff = randomUUID();
  const number = makeIdNumber();
  f.documentNumbers.push(number);
  const p = pd.protect(number);
  await db
    .insertInto('staff')
    .values({
      id: staff,
      institution_id: institutionId,
      branch_id: null,
      name: '李四',
      id_doc_type: 'resident_id',
      id_number_enc: p.enc,
      id_number_hmac: p.hmac,
      id_number_masked: p.masked,
      phone: null,
    })
    .execute();
  await db
    .insertInto('staff_roles')
    .values({ id: randomUUID(), staff_id: staff, role: 'assessor', occupation_code: '4-04-05-01', level: 3 })
    .execute();
  const site = randomUUID();
  await db
    .insertInto('sites')
    .values({
      id: site,
      institution_id: institutionId,
      branch_id: null,
      name: '考点',
      address: '某路 2 号',
      tenure: 'owned',
      lease_start: null,
      lease_end: null,
      floor_area_m2: 320.5,
      functional_rooms: ['考务室', '保密室'],
      desk_spacing_cm: 80,
    })
    .execute();
  const scope = randomUUID();
  await db
    .insertInto('institution_scopes')
    .values({
      id: scope,
      institution_id: institutionId,
      occupation_code: '4-04-05-01',
      level: 3,
      valid_from: '2024-01-01',
      valid_to: '2027-12-31',
    })
    .execute();
  return { branch, staff, site, scope };
}

async function insertUser(
  db: Database,
  passwordHash: string,
  username: string,
  role: 'authority_staff' | 'institution_staff' | 'expert' | 'sysadmin',
  link: { authorityId?: string; institutionId?: string; expertId?: string },
) {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      username,
      display_name: username,
      password_hash: passwordHash,
      role,
      authority_id: link.authorityId ?? null,
      institution_id: link.institutionId ?? null,
      expert_id: link.expertId ?? null,
    })
    .execute();
  return id;
}

let personaHash: string | undefined;

/** Writes the reference data, the registry and one user per persona (password PERSONA_PASSWORD). */
export async function seedPersonas(db: Database): Promise<Fixture> {
  for (const j of JURISDICTIONS) {
    await db
      .insertInto('jurisdictions')
      .values({ ...j, source: 'test' })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await db
    .insertInto('skill_levels')
    .values(
      [5, 4, 3, 2, 1].map((level) => ({
        level,
        name_zh: `${level}级`,
        title_zh: `等级${level}`,
        name_en: `Level ${level}`,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('occupation_editions')
    .values({ edition: 'test', title: '测试职业目录', source: 'test' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  for (const [code, name] of OCCUPATIONS) {
    const [major, middle, minor] = code.split('-');
    await db
      .insertInto('occupations')
      .values({
        code,
        name,
        major_code: major!,
        major_name: `大类${major}`,
        middle_code: `${major}-${middle}`,
        middle_name: `中类${major}-${middle}`,
        minor_code: `${major}-${middle}-${minor}`,
        minor_name: `小类${major}-${middle}-${minor}`,
        edition: 'test',
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  const standard = randomUUID();
  await db
    .insertInto('occupation_standards')
    .values({
      id: standard,
      occupation_code: '4-04-05-01',
      kind: 'national_standard',
      title: '计算机程序设计员国家职业技能标准',
      document_no: null,
      issued_on: null,
      notes: null,
    })
    .execute();

  const authorities = {
    national: await insertAuthority(db, '人社部职业技能鉴定中心', 'national_centre', '000000'),
    guizhou: await insertAuthority(db, '贵州省人力资源和社会保障厅', 'provincial_hrss', '520000'),
    zhejiang: await insertAuthority(db, '浙江省人力资源和社会保障厅', 'provincial_hrss', '330000'),
  };
  const institutions = {
    x: await insertInstitution(db, '贵阳机构X', '520100', authorities.guizhou),
    y: await insertInstitution(db, '贵阳机构Y', '520100', authorities.guizhou, 'employer'),
    z: await insertInstitution(db, '杭州机构Z', '330100', authorities.zhejiang),
  };
  const documentNumbers: string[] = [];
  const hx = await insertHoldings(db, { documentNumbers }, institutions.x, '520100');
  await insertHoldings(db, { documentNumbers }, institutions.y, '520100');
  const hz = await insertHoldings(db, { documentNumbers }, institutions.z, '330100');

  const pools = { national: randomUUID(), guizhou: randomUUID(), zhejiang: randomUUID() };
  await db
    .insertInto('expert_pools')
    .values([
      { id: pools.national, authority_id: authorities.national, name: '国家级专家库', description: null },
      { id: pools.guizhou, authority_id: authorities.guizhou, name: '贵州省专家库', description: null },
      { id: pools.zhejiang, authority_id: authorities.zhejiang, name: '浙江省专家库', description: null },
    ])
    .execute();
  const f0 = { documentNumbers };
  const experts = {
    self: await insertExpert(db, f0, {
      name: '王专家',
      authorityId: authorities.guizhou,
      poolId: pools.guizhou,
    }),
    guizhou: await insertExpert(db, f0, {
      name: '赵专家',
      authorityId: authorities.guizhou,
      poolId: pools.guizhou,
    }),
    zhejiang: await insertExpert(db, f0, {
      name: '钱专家',
      authorityId: authorities.zhejiang,
      poolId: pools.zhejiang,
    }),
    national: await insertExpert(db, f0, {
      name: '孙专家',
      authorityId: authorities.national,
      poolId: pools.national,
    }),
    unpooled: await insertExpert(db, f0, { name: '周专家', authorityId: authorities.zhejiang }),
  };

  personaHash ??= await hashPassword(PERSONA_PASSWORD);
  const hash = personaHash;
  const userIds = {
    national: await insertUser(db, hash, 'p-national', 'authority_staff', {
      authorityId: authorities.national,
    }),
    provinceA: await insertUser(db, hash, 'p-guizhou', 'authority_staff', {
      authorityId: authorities.guizhou,
    }),
    provinceB: await insertUser(db, hash, 'p-zhejiang', 'authority_staff', {
      authorityId: authorities.zhejiang,
    }),
    institutionX: await insertUser(db, hash, 'p-inst-x', 'institution_staff', {
      institutionId: institutions.x,
    }),
    institutionY: await insertUser(db, hash, 'p-inst-y', 'institution_staff', {
      institutionId: institutions.y,
    }),
    expert: await insertUser(db, hash, 'p-expert', 'expert', { expertId: experts.self }),
    sysadmin: await insertUser(db, hash, 'p-admin', 'sysadmin', {}),
  };

  return {
    authorities,
    institutions,
    branches: { x: hx.branch, z: hz.branch },
    staff: { x: hx.staff, z: hz.staff },
    sites: { x: hx.site, z: hz.site },
    scopes: { x: hx.scope, z: hz.scope },
    experts,
    pools,
    standard,
    occupations: OCCUPATIONS.map(([c]) => c),
    documentNumbers,
    userIds,
  };
}

export const USERNAMES: Record<Exclude<Persona, 'anonymous'>, string> = {
  national: 'p-national',
  provinceA: 'p-guizhou',
  provinceB: 'p-zhejiang',
  institutionX: 'p-inst-x',
  institutionY: 'p-inst-y',
  expert: 'p-expert',
  sysadmin: 'p-admin',
};

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Client {
  persona: Persona;
  inject(method: Method, url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

/**
 * A signed-in client per persona (the anonymous one has no cookie). Sessions are created directly in
 * the database — the login itself (argon2, lockout) is tested in tests/http/auth.test.ts — so that
 * each test file does not pay seven password verifications.
 */
export async function loginPersonas(
  app: FastifyInstance,
  f: Pick<Fixture, 'userIds'>,
): Promise<Record<Persona, Client>> {
  const out = {} as Record<Persona, Client>;
  for (const persona of PERSONAS) {
    if (persona === 'anonymous') {
      out.anonymous = {
        persona,
        inject: (method, url, body) =>
          app.inject({ method, url, ...(body === undefined ? {} : { payload: body as object }) }),
      };
      continue;
    }
    const { token, csrfToken } = await createSession(app.db, {
      userId: f.userIds[persona],
      absoluteExpiresAt: new Date(Date.now() + 12 * 3_600_000),
    });
    out[persona] = {
      persona,
      inject: (method, url, body) =>
        app.inject({
          method,
          url,
          headers: { cookie: `sid=${token}`, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }) },
          ...(body === undefined ? {} : { payload: body as object }),
        }),
    };
  }
  return out;
}

/**
 * Whether a persona may see an institution, decided from the row itself (territory or own id) — an
 * oracle written independently of policies/scope.ts, so that a mistake there shows up here.
 */
export function maySeeInstitution(
  f: Fixture,
  p: Persona,
  row: { id: string; jurisdictionCode: string },
): boolean {
  switch (p) {
    case 'national':
    case 'sysadmin':
      return true;
    case 'provinceA':
      return row.jurisdictionCode.startsWith('52');
    case 'provinceB':
      return row.jurisdictionCode.startsWith('33');
    case 'institutionX':
      return row.id === f.institutions.x;
    case 'institutionY':
      return row.id === f.institutions.y;
    case 'expert':
    case 'anonymous':
      return false;
  }
}

const PERSONA_AUTHORITY: Partial<Record<Persona, keyof Fixture['authorities']>> = {
  provinceA: 'guizhou',
  provinceB: 'zhejiang',
};

/** The experts a persona may see, read from the database by an independent query (expert.policy.ts). */
export async function visibleExperts(db: Database, f: Fixture, p: Persona): Promise<Set<string>> {
  if (p === 'national' || p === 'sysadmin') {
    return new Set((await db.selectFrom('experts').select('id').execute()).map((r) => r.id));
  }
  if (p === 'expert') return new Set([f.experts.self]);
  const key = PERSONA_AUTHORITY[p];
  if (!key) return new Set();
  const authority = f.authorities[key];
  const registered = await db
    .selectFrom('experts')
    .select('id')
    .where('registered_by_authority_id', '=', authority)
    .execute();
  const pooled = await db
    .selectFrom('expert_pool_members as m')
    .innerJoin('expert_pools as p', 'p.id', 'm.pool_id')
    .select('m.expert_id as id')
    .where('p.authority_id', 'in', [authority, f.authorities.national])
    .execute();
  return new Set([...registered, ...pooled].map((r) => r.id));
}

/** The pools a persona may see: own authority's and the national one (all for national and sysadmin). */
export function maySeePool(f: Fixture, p: Persona, row: { authorityId: string }): boolean {
  if (p === 'national' || p === 'sysadmin') return true;
  const key = PERSONA_AUTHORITY[p];
  return !!key && (row.authorityId === f.authorities[key] || row.authorityId === f.authorities.national);
}

/** The authorities a persona may see (authority.policy.ts), by jurisdiction and link. */
export function maySeeAuthority(
  f: Fixture,
  p: Persona,
  row: { id: string; jurisdictionCode: string },
): boolean {
  const national = row.jurisdictionCode === '000000';
  switch (p) {
    case 'national':
    case 'sysadmin':
      return true;
    case 'provinceA':
    case 'institutionX':
    case 'institutionY':
      return national || row.jurisdictionCode.startsWith('52');
    case 'provinceB':
      return national || row.jurisdictionCode.startsWith('33');
    case 'expert':
      // The expert is in the Guizhou pool only.
      return row.id === f.authorities.guizhou;
    case 'anonymous':
      return false;
  }
}
