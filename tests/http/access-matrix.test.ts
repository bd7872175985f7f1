// security.md "Access": walk every registered /api/v1 route with every persona and fail on any
// unauthorised 2xx, any foreign row in a list, or any document number in a response. The routes are
// read from the app itself, so a new route that is not in MATRIX below fails the test: add it there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestApp, TEST_DATA_KEY, type TestApp } from '../support/test-app.js';
import { solvedChallenge } from '../support/challenge.js';
import {
  ID_NUMBER_PATTERN,
  PERSONAS,
  insertExpert,
  loginPersonas,
  makeIdNumber,
  makeUscc,
  maySeeAuthority,
  maySeeInstitution,
  maySeePool,
  seedPersonas,
  visibleExperts,
  type Client,
  type Fixture,
  type Method,
  type Persona,
} from '../support/personas.js';
import { randomUUID } from 'node:crypto';
import { parseIdNumber } from '../../src/domain/id-number.js';
import { publishDirectoryEntry } from '../../src/use-cases/directory/publish-directory-entry.js';
import type { Database } from '../../src/persistence/database.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { addCalendarDays } from '../../src/calendar/calendar-days.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import { addStaff, readyToClose } from '../support/session-fixture.js';

interface Ctx {
  f: Fixture;
  db: Database;
  persona: Persona;
  client: Client;
  /** The admin's client, to read what a body needs (e.g. a calendar year) whoever is asking. */
  admin: Client;
}

interface Row {
  [key: string]: unknown;
}

interface MatrixCase {
  url: (c: Ctx) => string | Promise<string>;
  body?: (c: Ctx) => unknown;
  /** Personas that must get a 2xx; every other one must get 401 (anonymous), 403 or 404. */
  allow: readonly Persona[];
  /** For lists: every item a persona receives must pass (no foreign rows). */
  rows?: (item: Row, c: Ctx) => boolean | Promise<boolean>;
  /** The response legitimately carries a full document number (the audited reveal). */
  revealsDocument?: boolean;
  /**
   * Personas that may see the target record(s) without being allowed this request (default: `allow`):
   * they may be told 403. Every other persona must get exactly what random ids get (issue 9 point 7).
   */
  sees?: readonly Persona[];
}

const PUBLIC = PERSONAS;
const SIGNED_IN = PERSONAS.filter((p) => p !== 'anonymous');
const REGULATORS_OF_X = ['national', 'provinceA', 'sysadmin'] as const;
const READERS_OF_X = [...REGULATORS_OF_X, 'institutionX'] as const;
const EXPERT_KEEPERS = ['national', 'provinceA', 'provinceB', 'sysadmin'] as const;

let serial = 0;
const uniq = () => ++serial;

async function versionOf(
  db: Database,
  table:
    | 'institutions'
    | 'branches'
    | 'staff'
    | 'sites'
    | 'institution_scopes'
    | 'experts'
    | 'expert_pools'
    | 'occupation_standards',
  id: string,
): Promise<number> {
  const r = await db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirstOrThrow();
  return r.version;
}

const ofX = (item: Row, c: Ctx) => item.institutionId === c.f.institutions.x;

/**
 * Every /api/v1 route: how to call it, who may, and what a list may contain. Targets are institution X's
 * records (贵州 520100), the expert persona's own record and the Guizhou expert pool.
 */
const MATRIX: Record<string, MatrixCase> = {
  // ---- auth (login and logout are tested in tests/http/auth.test.ts; see NOT_WALKED) ----
  'GET /api/v1/auth/me': { url: () => '/api/v1/auth/me', allow: SIGNED_IN },
  'GET /api/v1/auth/totp': { url: () => '/api/v1/auth/totp', allow: SIGNED_IN },
  // Starts an enrolment of the caller's own second factor (a pending secret; nothing is switched on).
  'POST /api/v1/auth/totp/enrolment': { url: () => '/api/v1/auth/totp/enrolment', allow: SIGNED_IN },

  // ---- accounts (issue 9): the system administrator's; each act on a fresh account ----
  'GET /api/v1/accounts': { url: () => '/api/v1/accounts?pageSize=100', allow: ['sysadmin'] },
  'POST /api/v1/accounts': {
    url: () => '/api/v1/accounts',
    body: (c) => ({
      username: `acct${uniq()}`,
      displayName: '新账号',
      role: 'authority_staff',
      authorityId: c.f.authorities.guizhou,
    }),
    allow: ['sysadmin'],
  },
  'GET /api/v1/accounts/:id': {
    url: async (c) => `/api/v1/accounts/${await insertAccount(c)}`,
    allow: ['sysadmin'],
  },
  'PATCH /api/v1/accounts/:id': {
    url: async (c) => `/api/v1/accounts/${await insertAccount(c)}`,
    body: () => ({ version: 1, displayName: `改名 ${uniq()}` }),
    allow: ['sysadmin'],
  },
  'POST /api/v1/accounts/:id/disable': {
    url: async (c) => `/api/v1/accounts/${await insertAccount(c)}/disable`,
    allow: ['sysadmin'],
  },
  'POST /api/v1/accounts/:id/enable': {
    url: async (c) => `/api/v1/accounts/${await insertAccount(c, { disabled: true })}/enable`,
    allow: ['sysadmin'],
  },
  'POST /api/v1/accounts/:id/password-reset': {
    url: async (c) => `/api/v1/accounts/${await insertAccount(c)}/password-reset`,
    allow: ['sysadmin'],
  },
  'POST /api/v1/accounts/:id/second-factor-reset': {
    url: async (c) => `/api/v1/accounts/${await insertAccount(c, { totp: true })}/second-factor-reset`,
    allow: ['sysadmin'],
  },

  // ---- reference data: public to read ----
  'GET /api/v1/jurisdictions': { url: () => '/api/v1/jurisdictions', allow: PUBLIC },
  'GET /api/v1/skill-levels': { url: () => '/api/v1/skill-levels', allow: PUBLIC },
  'GET /api/v1/occupations': { url: () => '/api/v1/occupations?q=程序&page=1&pageSize=10', allow: PUBLIC },
  'GET /api/v1/occupations/:code': { url: () => '/api/v1/occupations/4-04-05-01', allow: PUBLIC },
  'GET /api/v1/occupation-standards': { url: () => '/api/v1/occupation-standards', allow: PUBLIC },
  'GET /api/v1/occupation-standards/export.xlsx': {
    url: () => '/api/v1/occupation-standards/export.xlsx?kind=national_standard',
    allow: PUBLIC,
  },
  'GET /api/v1/occupation-standards/:id': {
    url: (c) => `/api/v1/occupation-standards/${c.f.standard}`,
    allow: PUBLIC,
  },
  'POST /api/v1/occupation-standards': {
    url: () => '/api/v1/occupation-standards',
    body: () => ({ occupationCode: '6-18-01-01', kind: 'evaluation_norm', title: `车工评价规范 ${uniq()}` }),
    allow: ['national', 'provinceA', 'provinceB', 'sysadmin'],
  },
  'PATCH /api/v1/occupation-standards/:id': {
    url: (c) => `/api/v1/occupation-standards/${c.f.standard}`,
    body: async (c) => ({
      version: await versionOf(c.db, 'occupation_standards', c.f.standard),
      notes: `备注 ${uniq()}`,
    }),
    allow: ['national', 'provinceA', 'provinceB', 'sysadmin'],
  },
  'GET /api/v1/authorities': {
    url: () => '/api/v1/authorities?pageSize=100',
    allow: SIGNED_IN,
    rows: (item, c) => maySeeAuthority(c.f, c.persona, item as { id: string; jurisdictionCode: string }),
  },
  'GET /api/v1/authorities/:id': {
    url: (c) => `/api/v1/authorities/${c.f.authorities.guizhou}`,
    allow: ['national', 'provinceA', 'institutionX', 'institutionY', 'expert', 'sysadmin'],
  },

  // ---- institutions ----
  'GET /api/v1/institutions': {
    url: () => '/api/v1/institutions?pageSize=100',
    allow: SIGNED_IN,
    rows: (item, c) => maySeeInstitution(c.f, c.persona, item as { id: string; jurisdictionCode: string }),
  },
  'POST /api/v1/institutions': {
    url: () => '/api/v1/institutions',
    body: () => ({
      name: `贵阳新机构 ${uniq()}`,
      kind: 'social_org',
      uscc: makeUscc('520100'),
      legalRepresentative: '钱七',
      address: '贵阳市观山湖区',
      jurisdictionCode: '520100',
    }),
    allow: REGULATORS_OF_X,
  },
  'GET /api/v1/institutions/:id': {
    url: (c) => `/api/v1/institutions/${c.f.institutions.x}`,
    allow: READERS_OF_X,
  },
  'PATCH /api/v1/institutions/:id': {
    url: (c) => `/api/v1/institutions/${c.f.institutions.x}`,
    body: async (c) => ({
      version: await versionOf(c.db, 'institutions', c.f.institutions.x),
      contactPhone: '0851-8888888',
    }),
    sees: READERS_OF_X,
    allow: REGULATORS_OF_X,
  },

  // ---- branches ----
  'GET /api/v1/institutions/:id/branches': {
    url: (c) => `/api/v1/institutions/${c.f.institutions.x}/branches`,
    allow: READERS_OF_X,
    rows: ofX,
  },
  'POST /api/v1/institutions/:id/branches': {
    url: (c) => `/api/v1/institutions/${c.f.institutions.x}/branches`,
    body: () => ({ name: `分支 ${uniq()}`, address: '贵阳市南明区', jurisdictionCode: '520100' }),
    allow: READERS_OF_X,
  },
  'GET /api/v1/branches/:id': { url: (c) => `/api/v1/branches/${c.f.branches.x}`, allow: READERS_OF_X },
  'PATCH /api/v1/branches/:id': {
    url: (c) => `/api/v1/branches/${c.f.branches.x}`,
    body: async (c) => ({
      version: await versionOf(c.db, 'branches', c.f.branches.x),
      address: `贵阳市云岩区 ${uniq()} 号`,
    }),
    allow: READERS_OF_X,
  },

  // ---- staff ----
  'GET /api/v1/institutions/:id/staff': {
    url: (c) => `/api/v1/institutions/${c.f.institutions.x}/staff`,
    allow: READERS_OF_X,
    rows: ofX,
  },
  'POST /api/v1/institutions/:id/staff': {
    url: (c) => `/api/v1/institutions/${c.f.institutions.x}/staff`,
    body: (c) => {
      const idNumber = makeIdNumber(500 + uniq());
      c.f.documentNumbers.push(idNumber);
      return { name: '孙八', idDocType: 'resident_id', idNumber, roles: [{ role: 'full_time_staff' }] };
    },
    allow: READERS_OF_X,
  },
  'GET /api/v1/staff/:id': { url: (c) => `/api/v1/staff/${c.f.staff.x}`, allow: READERS_OF_X },
  'PATCH /api/v1/staff/:id': {
    url: (c) => `/api/v1/staff/${c.f.staff.x}`,
    body: async (c) => ({
      version: await versionOf(c.db, 'staff', c.f.staff.x),
      phone: `1380000${String(uniq()).padStart(4, '0')}`,
    }),
    allow: READERS_OF_X,
  },
  'GET /api/v1/staff/:id/document-number': {
    url: (c) => `/api/v1/staff/${c.f.staff.x}/document-number`,
    sees: READERS_OF_X,
    allow: REGULATORS_OF_X,
    revealsDocument: true,
  },

  // ---- sites ----
  'GET /api/v1/institutions/:id/sites': {
    url: (c) => `/api/v1/institutions/${c.f.institutions.x}/sites`,
    allow: READERS_OF_X,
    rows: ofX,
  },
  'POST /api/v1/institutions/:id/sites': {
    url: (c) => `/api/v1/institutions/${c.f.institutions.x}/sites`,
    body: () => ({ name: `考点 ${uniq()}`, address: '贵阳市花溪区', tenure: 'owned', floorAreaM2: 150 }),
    allow: READERS_OF_X,
  },
  'GET /api/v1/sites/:id': { url: (c) => `/api/v1/sites/${c.f.sites.x}`, allow: READERS_OF_X },
  'PATCH /api/v1/sites/:id': {
    url: (c) => `/api/v1/sites/${c.f.sites.x}`,
    body: async (c) => ({ version: await versionOf(c.db, 'sites', c.f.sites.x), examRooms: uniq() % 10 }),
    allow: READERS_OF_X,
  },

  // ---- scopes ----
  'GET /api/v1/institutions/:id/scopes': {
    url: (c) => `/api/v1/institutions/${c.f.institutions.x}/scopes`,
    allow: READERS_OF_X,
    rows: ofX,
  },
  'POST /api/v1/institutions/:id/scopes': {
    url: (c) => `/api/v1/institutions/${c.f.institutions.x}/scopes`,
    body: () => {
      const n = uniq();
      return {
        occupationCode: ['6-18-01-01', '4-03-02-01', '3-02-01-01'][n % 3],
        level: (n % 5) + 1,
        validFrom: '2026-01-01',
      };
    },
    sees: READERS_OF_X,
    allow: REGULATORS_OF_X,
  },
  'GET /api/v1/scopes/:id': { url: (c) => `/api/v1/scopes/${c.f.scopes.x}`, allow: READERS_OF_X },
  'PATCH /api/v1/scopes/:id': {
    url: (c) => `/api/v1/scopes/${c.f.scopes.x}`,
    body: async (c) => ({
      version: await versionOf(c.db, 'institution_scopes', c.f.scopes.x),
      validTo: '2028-12-31',
    }),
    sees: READERS_OF_X,
    allow: REGULATORS_OF_X,
  },

  // ---- experts: the target is the expert persona's own record (registered by 贵州, in its pool) ----
  'GET /api/v1/experts': {
    url: () => '/api/v1/experts?pageSize=100',
    allow: [...EXPERT_KEEPERS, 'expert'],
    rows: async (item, c) => (await visibleExperts(c.db, c.f, c.persona)).has(item.id as string),
  },
  'POST /api/v1/experts': {
    url: () => '/api/v1/experts',
    body: () => ({ name: `新专家 ${uniq()}`, employerName: '某企业', specialties: ['4-04-05-01'] }),
    allow: EXPERT_KEEPERS,
  },
  'GET /api/v1/experts/:id': {
    url: (c) => `/api/v1/experts/${c.f.experts.self}`,
    allow: [...REGULATORS_OF_X, 'expert'],
  },
  'PATCH /api/v1/experts/:id': {
    url: (c) => `/api/v1/experts/${c.f.experts.self}`,
    body: async (c) => ({
      version: await versionOf(c.db, 'experts', c.f.experts.self),
      title: `教授 ${uniq()}`,
    }),
    sees: [...REGULATORS_OF_X, 'expert'],
    allow: REGULATORS_OF_X,
  },
  'GET /api/v1/experts/:id/document-number': {
    url: (c) => `/api/v1/experts/${c.f.experts.self}/document-number`,
    sees: [...REGULATORS_OF_X, 'expert'],
    allow: REGULATORS_OF_X,
    revealsDocument: true,
  },
  'GET /api/v1/experts/:id/conflicts': {
    url: (c) => `/api/v1/experts/${c.f.experts.self}/conflicts`,
    allow: [...REGULATORS_OF_X, 'expert'],
    rows: (item, c) => item.expertId === c.f.experts.self,
  },
  'POST /api/v1/experts/:id/conflicts': {
    url: (c) => `/api/v1/experts/${c.f.experts.self}/conflicts`,
    body: () => ({
      institutionUscc: makeUscc('520100'),
      institutionName: '原工作单位',
      relation: 'former_employment',
    }),
    allow: [...REGULATORS_OF_X, 'expert'],
  },

  // ---- expert pools: the target is the Guizhou pool ----
  'GET /api/v1/expert-pools': {
    url: () => '/api/v1/expert-pools?pageSize=100',
    allow: EXPERT_KEEPERS,
    rows: (item, c) => maySeePool(c.f, c.persona, item as { authorityId: string }),
  },
  'POST /api/v1/expert-pools': {
    url: () => '/api/v1/expert-pools',
    body: (c) => ({
      name: `专家库 ${uniq()}`,
      ...(c.persona === 'sysadmin' ? { authorityId: c.f.authorities.guizhou } : {}),
    }),
    allow: EXPERT_KEEPERS,
  },
  'GET /api/v1/expert-pools/:id': {
    url: (c) => `/api/v1/expert-pools/${c.f.pools.guizhou}`,
    allow: REGULATORS_OF_X,
  },
  'PATCH /api/v1/expert-pools/:id': {
    url: (c) => `/api/v1/expert-pools/${c.f.pools.guizhou}`,
    body: async (c) => ({
      version: await versionOf(c.db, 'expert_pools', c.f.pools.guizhou),
      description: `说明 ${uniq()}`,
    }),
    sees: REGULATORS_OF_X,
    allow: ['provinceA', 'sysadmin'],
  },
  'GET /api/v1/expert-pools/:id/members': {
    url: (c) => `/api/v1/expert-pools/${c.f.pools.guizhou}/members`,
    allow: REGULATORS_OF_X,
    rows: async (item, c) => (await visibleExperts(c.db, c.f, c.persona)).has(item.id as string),
  },
  'POST /api/v1/expert-pools/:id/members': {
    url: (c) => `/api/v1/expert-pools/${c.f.pools.guizhou}/members`,
    body: async (c) => ({
      expertId: await insertExpert(c.db, c.f, {
        name: `候选专家 ${uniq()}`,
        authorityId: c.f.authorities.guizhou,
      }),
    }),
    sees: REGULATORS_OF_X,
    allow: ['provinceA', 'sysadmin'],
  },
  'DELETE /api/v1/expert-pools/:id/members/:expertId': {
    url: async (c) => {
      const e = await insertExpert(c.db, c.f, {
        name: `成员 ${uniq()}`,
        authorityId: c.f.authorities.guizhou,
        poolId: c.f.pools.guizhou,
      });
      return `/api/v1/expert-pools/${c.f.pools.guizhou}/members/${e}`;
    },
    sees: REGULATORS_OF_X,
    allow: ['provinceA', 'sysadmin'],
  },

  // ---- calendar (issue 3): public to read, the administrator replaces a year ----
  'GET /api/v1/calendar/working-days': {
    url: () => '/api/v1/calendar/working-days?from=2026-09-28&days=10',
    allow: PUBLIC,
  },
  'GET /api/v1/calendar/calendar-days': {
    url: () => '/api/v1/calendar/calendar-days?from=2026-09-28&days=10',
    allow: PUBLIC,
  },
  'GET /api/v1/calendar/is-working-day': {
    url: () => '/api/v1/calendar/is-working-day?date=2026-10-01',
    allow: PUBLIC,
  },
  'GET /api/v1/calendar/years': { url: () => '/api/v1/calendar/years', allow: PUBLIC },
  'GET /api/v1/calendar/years/:year': { url: () => '/api/v1/calendar/years/2026', allow: PUBLIC },
  'PUT /api/v1/calendar/years/:year': {
    url: () => '/api/v1/calendar/years/2026',
    body: async (c) => {
      const y = (await c.admin.inject('GET', '/api/v1/calendar/years/2026')).json<{
        holidays: unknown[];
        workdays: unknown[];
      }>();
      return { source: '国务院办公厅通知（访问矩阵测试）', holidays: y.holidays, workdays: y.workdays };
    },
    allow: ['sysadmin'],
  },

  // ---- dept-pilot form choices: every signed-in caller gets its own list (empty for most) ----
  'GET /api/v1/dept-pilot/organisations': { url: () => '/api/v1/dept-pilot/organisations', allow: SIGNED_IN },
  'GET /api/v1/dept-pilot/branches': { url: () => '/api/v1/dept-pilot/branches', allow: SIGNED_IN },
  'GET /api/v1/gz-selection/sites': { url: () => '/api/v1/gz-selection/sites', allow: SIGNED_IN },

  // ---- demo clock: public to read; moved only by the administrator and only in demo mode, which
  // this app is not (tests/http/demo-clock.test.ts runs the same roles in demo mode) ----
  'GET /api/v1/demo/clock': { url: () => '/api/v1/demo/clock', allow: PUBLIC },
  // ---- import of existing filings (issue 10): the system administrator's (the upload is multipart: NOT_WALKED) ----
  'GET /api/v1/filings-import/template': {
    url: () => '/api/v1/filings-import/template?format=csv',
    allow: ['sysadmin'],
  },
  'GET /api/v1/filings-import/batches': { url: () => '/api/v1/filings-import/batches', allow: ['sysadmin'] },
  'POST /api/v1/demo/clock/advance': {
    url: () => '/api/v1/demo/clock/advance',
    body: () => ({ days: 1 }),
    allow: [],
  },

  // ---- rules (issue 3): the catalogue and evaluation of posted facts are public ----
  'GET /api/v1/rules': { url: () => '/api/v1/rules', allow: PUBLIC },
  'GET /api/v1/rules/checks/:name': {
    url: async (c) => `/api/v1/rules/checks/${encodeURIComponent(await firstCheck(c).then((x) => x.name))}`,
    allow: PUBLIC,
  },
  'POST /api/v1/rules/evaluate': {
    url: () => '/api/v1/rules/evaluate',
    body: async (c) => {
      const check = await firstCheck(c);
      return { check: check.name, asOf: '2026-06-01', facts: check.example };
    },
    allow: PUBLIC,
  },

  // ---- generic case API (issue 4): lists here; each case's routes in tests/workflow/cases-api.test.ts ----
  'GET /api/v1/procedures': { url: () => '/api/v1/procedures', allow: SIGNED_IN },
  'GET /api/v1/cases': {
    url: () => '/api/v1/cases?view=mine',
    allow: ['national', 'provinceA', 'provinceB', 'institutionX', 'institutionY'],
    rows: (item, c) =>
      c.persona === 'institutionX'
        ? item.institutionId === c.f.institutions.x
        : c.persona === 'institutionY'
          ? item.institutionId === c.f.institutions.y
          : true,
  },
  // Counted in the caller's own scope: tests/workflow/case-queue-search.test.ts.
  'GET /api/v1/cases/attention': {
    url: () => '/api/v1/cases/attention',
    allow: ['national', 'provinceA', 'provinceB'],
  },
  // The export's rows are checked against the list's in tests/workflow/case-queue-search.test.ts.
  'GET /api/v1/cases/export.xlsx': {
    url: () => '/api/v1/cases/export.xlsx?view=mine',
    allow: ['national', 'provinceA', 'provinceB', 'institutionX', 'institutionY'],
  },

  // ---- public directory (issue 4): published, not withdrawn entries; no personal data ----
  'GET /api/v1/directory': {
    url: async (c) => {
      await publishedEntry(c);
      return '/api/v1/directory?pageSize=100';
    },
    allow: PUBLIC,
    rows: (item) => typeof item.filingCode === 'string' && !('uscc' in item),
  },
  'GET /api/v1/directory/:id': {
    url: async (c) => `/api/v1/directory/${await publishedEntry(c)}`,
    allow: PUBLIC,
  },
  // ---- after an exit (issue 15 points 7, 8): the public 机构退出公告; the re-entry bars (1x-exit §10) for
  // the authorities, a clearance by the joint-conference office only (no persona is one: walked in
  // tests/workflow/reentry-bars.test.ts) ----
  'GET /api/v1/exit-notices': { url: () => '/api/v1/exit-notices', allow: PUBLIC },
  'GET /api/v1/reentry-bars': {
    url: () => '/api/v1/reentry-bars?status=all',
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'GET /api/v1/reentry-bars/:id/name-matches': {
    url: () => `/api/v1/reentry-bars/${randomUUID()}/name-matches`,
    allow: [],
  },
  'POST /api/v1/reentry-bars/:id/clearances': {
    url: () => `/api/v1/reentry-bars/${randomUUID()}/clearances`,
    body: (c) => ({ institutionId: c.f.institutions.y, reason: '访问矩阵测试' }),
    allow: [],
  },
  'POST /api/v1/reentry-bars/:id/clearances/:institutionId/withdraw': {
    url: (c) => `/api/v1/reentry-bars/${randomUUID()}/clearances/${c.f.institutions.y}/withdraw`,
    body: () => ({ reason: '访问矩阵测试' }),
    allow: [],
  },

  // ---- 办事指南 (issue 10): generated from the procedures; nothing stored, open to everyone ----
  'GET /api/v1/public/guides': { url: () => '/api/v1/public/guides', allow: PUBLIC },
  'GET /api/v1/public/guides/:procedure': {
    url: () => '/api/v1/public/guides/social-org-filing',
    allow: PUBLIC,
  },

  // ---- the proof-of-work challenge of public forms (issue 9 point 5): issued to everyone ----
  'GET /api/v1/public/challenge': { url: () => '/api/v1/public/challenge', allow: PUBLIC },

  // ---- verifier organisations (issue 12 point 2): the overseers' list and acts; a verifier's own keys ----
  // ---- violation cases (issue 13): lists by the caller's part, form options, archive, effects ----
  'GET /api/v1/violation-cases': {
    url: (c) =>
      `/api/v1/violation-cases?view=${c.persona.startsWith('institution') ? 'concerning' : 'supervised'}`,
    allow: ['national', 'provinceA', 'provinceB', 'institutionX', 'institutionY'],
    rows: (item, c) =>
      (READERS_OF_X as readonly string[]).includes(c.persona) || item.institutionId !== c.f.institutions.x,
  },
  'GET /api/v1/violation-cases/options/sessions': {
    url: () => '/api/v1/violation-cases/options/sessions',
    allow: ['national', 'provinceA', 'provinceB', 'institutionX', 'institutionY'],
    rows: (item, c) =>
      (READERS_OF_X as readonly string[]).includes(c.persona) || !String(item.label).includes('贵阳机构X'),
  },
  'GET /api/v1/violation-cases/options/candidates': {
    url: () => '/api/v1/violation-cases/options/candidates',
    allow: ['national', 'provinceA', 'provinceB', 'institutionX', 'institutionY'],
    rows: async (item, c) =>
      (READERS_OF_X as readonly string[]).includes(c.persona) ||
      (
        await c.db
          .selectFrom('candidates')
          .select('institution_id')
          .where('id', '=', String(item.id))
          .executeTakeFirstOrThrow()
      ).institution_id !== c.f.institutions.x,
  },
  'GET /api/v1/violation-cases/options/staff': {
    url: () => '/api/v1/violation-cases/options/staff',
    allow: ['national', 'provinceA', 'provinceB', 'institutionX', 'institutionY'],
    rows: async (item, c) =>
      (READERS_OF_X as readonly string[]).includes(c.persona) ||
      (
        await c.db
          .selectFrom('staff')
          .select('institution_id')
          .where('id', '=', String(item.id))
          .executeTakeFirstOrThrow()
      ).institution_id !== c.f.institutions.x,
  },
  'GET /api/v1/violation-cases/options/institutions': {
    url: () => '/api/v1/violation-cases/options/institutions',
    allow: ['national', 'provinceA', 'provinceB', 'institutionX', 'institutionY'],
    rows: (item, c) =>
      (REGULATORS_OF_X as readonly string[]).includes(c.persona) || item.id !== c.f.institutions.x,
  },
  'GET /api/v1/violation-cases/options/decided-cases': {
    url: () => '/api/v1/violation-cases/options/decided-cases',
    allow: ['national', 'provinceA', 'provinceB', 'institutionX', 'institutionY'],
    rows: (item, c) =>
      (REGULATORS_OF_X as readonly string[]).includes(c.persona) || !String(item.label).includes('贵阳机构X'),
  },
  'GET /api/v1/violation-cases/options/session-staff': {
    url: async (c) => `/api/v1/violation-cases/options/session-staff?caseId=${await violationCaseOfX(c)}`,
    allow: ['national', 'provinceA', 'institutionX'],
  },
  'GET /api/v1/violation-cases/grounds/inactivity': {
    url: () => '/api/v1/violation-cases/grounds/inactivity',
    allow: ['national', 'provinceA', 'provinceB'],
    rows: (item, c) =>
      (REGULATORS_OF_X as readonly string[]).includes(c.persona) || item.institutionId !== c.f.institutions.x,
  },
  // ---- 监管看板 (issue 14 point 8): authority staff only, scoped (tests/http/dashboard.test.ts) ----
  'GET /api/v1/dashboard': {
    url: () => '/api/v1/dashboard',
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'GET /api/v1/dashboard/export.xlsx': {
    url: () => '/api/v1/dashboard/export.xlsx',
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'GET /api/v1/violation-cases/:id/archive.pdf': {
    url: async (c) => `/api/v1/violation-cases/${await violationCaseOfX(c)}/archive.pdf`,
    allow: ['national', 'provinceA', 'institutionX'],
  },
  'GET /api/v1/violation-cases/:id/effects': {
    url: async (c) => `/api/v1/violation-cases/${await violationCaseOfX(c)}/effects`,
    allow: ['national', 'provinceA', 'institutionX'],
  },
  'GET /api/v1/public/violation-decisions': {
    url: () => '/api/v1/public/violation-decisions',
    allow: PUBLIC,
  },
  // ---- 双随机抽查 (issue 14 point 1): a round is its authority's; the institution's and the expert's views ----
  'GET /api/v1/inspection-rounds': {
    url: () => '/api/v1/inspection-rounds',
    allow: ['national', 'provinceA', 'provinceB', 'sysadmin'],
  },
  'GET /api/v1/inspection-rounds/options/pools': {
    url: () => '/api/v1/inspection-rounds/options/pools',
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'GET /api/v1/inspections/own': {
    url: () => '/api/v1/inspections/own',
    allow: ['institutionX', 'institutionY'],
  },
  'GET /api/v1/inspections/assigned': { url: () => '/api/v1/inspections/assigned', allow: ['expert'] },
  'GET /api/v1/public/inspection-rounds': { url: () => '/api/v1/public/inspection-rounds', allow: PUBLIC },
  'GET /api/v1/data-access/threshold': {
    url: () => '/api/v1/data-access/threshold',
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'PUT /api/v1/data-access/threshold': {
    url: () => '/api/v1/data-access/threshold',
    body: () => ({ certificatesPerDay: 1_000_000, reason: '访问矩阵测试' }),
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'GET /api/v1/data-access/alerts': {
    url: () => '/api/v1/data-access/alerts',
    allow: ['national', 'provinceA', 'provinceB'],
  },
  // ---- 1+X programme operations, grounds, monitoring ratings (issue 14 points 3–5): the personas hold no
  // 1+X organisation, so every organisation route answers 404 like a random id; the demo's 杭州数智 and its
  // office walk them in tests/seed/demo-supervision-grounds.test.ts ----
  'GET /api/v1/programme-operations': {
    url: () => '/api/v1/programme-operations',
    allow: SIGNED_IN,
    rows: () => false,
  },
  'GET /api/v1/programme-operations/:id': {
    url: (c) => `/api/v1/programme-operations/${c.f.institutions.x}`,
    allow: [],
  },
  'POST /api/v1/programme-operations/:id': {
    url: (c) => `/api/v1/programme-operations/${c.f.institutions.x}`,
    body: () => ({ kind: 'exam_site', programmeSeq: null, occurredOn: '2025-01-01', details: {} }),
    allow: [],
  },
  'POST /api/v1/programme-operations/:id/records/:recordId/withdraw': {
    url: (c) => `/api/v1/programme-operations/${c.f.institutions.x}/records/${randomUUID()}/withdraw`,
    body: () => ({ reason: '访问矩阵测试' }),
    allow: [],
  },
  'GET /api/v1/supervision-grounds': {
    url: () => '/api/v1/supervision-grounds',
    allow: ['national', 'provinceA', 'provinceB'],
    rows: (item, c) =>
      (REGULATORS_OF_X as readonly string[]).includes(c.persona) || item.institutionId !== c.f.institutions.x,
  },
  'POST /api/v1/supervision-grounds/act': {
    url: () => '/api/v1/supervision-grounds/act',
    body: (c) => ({
      key: `${c.f.institutions.x}|0|1x-exit/5/2|2025-01-01`,
      action: 'dismiss',
      reason: '访问矩阵测试',
    }),
    allow: [],
  },
  'GET /api/v1/supervision-grounds/channel-threshold': {
    url: () => '/api/v1/supervision-grounds/channel-threshold',
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'POST /api/v1/supervision-grounds/channel-threshold': {
    url: () => '/api/v1/supervision-grounds/channel-threshold',
    body: () => ({ unresolvedProblems: 10_000, reason: '访问矩阵测试' }),
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'GET /api/v1/rating-indicator-sets': {
    url: () => '/api/v1/rating-indicator-sets',
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'POST /api/v1/rating-indicator-sets': {
    url: () => '/api/v1/rating-indicator-sets',
    body: () => ({
      effectiveFrom: '2020-01-01',
      indicators: [{ name: '考核人数', source: 'candidates', weight: 1, target: 10, penalty: null }],
      bands: { A: 90, B: 75, C: 60 },
      reason: '访问矩阵测试',
    }),
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'GET /api/v1/ratings': { url: () => '/api/v1/ratings', allow: SIGNED_IN },
  // After the indicator sets above: a run needs the version in force on the period's last day.
  'POST /api/v1/rating-runs': {
    url: () => '/api/v1/rating-runs',
    body: () => ({ periodFrom: '2025-01-01', periodTo: '2025-12-31' }),
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'POST /api/v1/ratings/:id/confirm': {
    url: () => `/api/v1/ratings/${randomUUID()}/confirm`,
    body: () => ({}),
    allow: [],
  },
  // ---- the wrap-up of an exit (issue 15 point 6): lists scoped in the query, one exit out of scope = 404
  // like a random id; the steps are walked in tests/exits/lapse-and-wrap-up.test.ts ----
  'GET /api/v1/exits': { url: () => '/api/v1/exits', allow: SIGNED_IN },
  'GET /api/v1/exits/:id': { url: () => `/api/v1/exits/${randomUUID()}`, allow: [] },
  'POST /api/v1/exits/:id/waivers': {
    url: () => `/api/v1/exits/${randomUUID()}/waivers`,
    body: () => ({ item: 'records_not_archived', reason: '访问矩阵测试' }),
    allow: [],
  },
  'POST /api/v1/exits/:id/wrap-up-completion': {
    url: () => `/api/v1/exits/${randomUUID()}/wrap-up-completion`,
    allow: [],
  },
  'GET /api/v1/institutions/:id/wrap-up': {
    url: (c) => `/api/v1/institutions/${c.f.institutions.x}/wrap-up`,
    allow: [...REGULATORS_OF_X, 'institutionX'],
  },
  'POST /api/v1/evaluation-sessions/:id/archive': {
    url: () => `/api/v1/evaluation-sessions/${randomUUID()}/archive`,
    body: () => ({ location: '访问矩阵测试' }),
    allow: [],
  },
  // ---- complaints, the lead ledger and rectifications (issue 14 points 2, 6): lists scoped in the query;
  // the steps on one lead or order are walked in tests/http/leads-rectifications.test.ts (NOT_WALKED) ----
  'GET /api/v1/leads': {
    url: () => '/api/v1/leads',
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'GET /api/v1/leads/route-targets': {
    url: () => '/api/v1/leads/route-targets',
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'GET /api/v1/response-requests': {
    url: () => '/api/v1/response-requests',
    allow: ['institutionX', 'institutionY'],
  },
  'GET /api/v1/rectifications': {
    url: () => '/api/v1/rectifications',
    allow: ['national', 'provinceA', 'provinceB', 'institutionX', 'institutionY'],
  },
  'POST /api/v1/data-access/alerts/:id/handle': {
    url: async (c) => `/api/v1/data-access/alerts/${await dataAccessAlert(c)}/handle`,
    body: () => ({ outcome: 'no_breach', note: '访问矩阵测试' }),
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'GET /api/v1/verifier-organisations': {
    url: () => '/api/v1/verifier-organisations',
    allow: ['national', 'provinceA', 'provinceB', 'sysadmin'],
  },
  'POST /api/v1/verifier-organisations': {
    url: () => '/api/v1/verifier-organisations',
    body: () => ({ name: `核验单位 ${uniq()}`, kind: 'employer', contact: '人事部' }),
    allow: ['national', 'provinceA', 'provinceB', 'sysadmin'],
  },
  'GET /api/v1/verifier-organisations/:id': {
    url: async (c) => `/api/v1/verifier-organisations/${await insertVerifierOrganisation(c)}`,
    allow: ['national', 'provinceA', 'provinceB', 'sysadmin'],
  },
  'PATCH /api/v1/verifier-organisations/:id': {
    url: async (c) => `/api/v1/verifier-organisations/${await insertVerifierOrganisation(c)}`,
    body: () => ({ version: 1, dailyQuota: 5000 }),
    allow: ['national', 'provinceA', 'provinceB', 'sysadmin'],
  },
  // An administrative act (mohrss-violations §15 ¶2): authority staff only; the administrator sees it.
  'POST /api/v1/verifier-organisations/:id/revoke-read-rights': {
    url: async (c) =>
      `/api/v1/verifier-organisations/${await insertVerifierOrganisation(c)}/revoke-read-rights`,
    body: () => ({ version: 1, reason: '超出用途读取' }),
    allow: ['national', 'provinceA', 'provinceB'],
    sees: ['national', 'provinceA', 'provinceB', 'sysadmin'],
  },
  'POST /api/v1/verifier-organisations/:id/deletion-order': {
    url: async (c) =>
      `/api/v1/verifier-organisations/${await insertVerifierOrganisation(c, { revoked: true })}/deletion-order`,
    body: () => ({ version: 1, order: '责令删除已读取的证书数据' }),
    allow: ['national', 'provinceA', 'provinceB'],
    sees: ['national', 'provinceA', 'provinceB', 'sysadmin'],
  },
  // A verifier account's own routes: no persona here is one (tests/http/verifiers.test.ts walks them).
  'GET /api/v1/verifier/organisation': { url: () => '/api/v1/verifier/organisation', allow: [] },
  'GET /api/v1/verifier/api-keys': { url: () => '/api/v1/verifier/api-keys', allow: [] },
  'POST /api/v1/verifier/api-keys': {
    url: () => '/api/v1/verifier/api-keys',
    body: () => ({ name: '招聘系统' }),
    allow: [],
  },
  'POST /api/v1/verifier/api-keys/:id/rotate': {
    url: async (c) => `/api/v1/verifier/api-keys/${await insertVerifierKey(c)}/rotate`,
    allow: [],
  },
  'POST /api/v1/verifier/api-keys/:id/revoke': {
    url: async (c) => `/api/v1/verifier/api-keys/${await insertVerifierKey(c)}/revoke`,
    allow: [],
  },
  'GET /api/v1/verifier/batch-template': {
    url: () => '/api/v1/verifier/batch-template?format=csv',
    allow: [],
  },

  // ---- certificate verification (issue 12): open to everyone, a challenge past the free lookups ----
  'POST /api/v1/public/certificates/verify': {
    url: () => '/api/v1/public/certificates/verify',
    body: async (c) => ({
      certificateNumber: (await certificateOf(c, 'x', true)).number,
      altcha: await solvedChallenge((url) => c.admin.inject('GET', url)),
    }),
    allow: PUBLIC,
  },
  // ---- open data of the directory (issue 12 point 5): open to everyone ----
  'GET /api/v1/public/open-data/directory.csv': {
    url: () => '/api/v1/public/open-data/directory.csv',
    allow: PUBLIC,
  },
  'GET /api/v1/public/open-data/directory.json': {
    url: () => '/api/v1/public/open-data/directory.json',
    allow: PUBLIC,
  },
  'GET /api/v1/public/open-data/directory/checksums': {
    url: () => '/api/v1/public/open-data/directory/checksums',
    allow: PUBLIC,
  },
  'GET /api/v1/public/open-data/directory/changes': {
    url: () => '/api/v1/public/open-data/directory/changes?limit=5',
    allow: PUBLIC,
  },
  'GET /api/v1/certificates/:id/e-certificate.pdf': {
    url: async (c) => `/api/v1/certificates/${(await certificateOf(c, 'x')).id}/e-certificate.pdf`,
    allow: READERS_OF_X,
  },
  'GET /api/v1/certificates/:id/credential.json': {
    url: async (c) => `/api/v1/certificates/${(await certificateOf(c, 'x')).id}/credential.json`,
    allow: READERS_OF_X,
  },
  'GET /api/v1/public/certificate-keys': { url: () => '/api/v1/public/certificate-keys', allow: PUBLIC },
  'GET /api/v1/public/status-lists/:id': {
    // Y's issuer code: X's is recorded through the API by the issuer-code row of this matrix.
    url: async (c) => {
      await c.db
        .insertInto('certificate_issuer_codes')
        .values({
          id: randomUUID(),
          institution_id: c.f.institutions.y,
          kind_letter: 'S',
          institution_code: '0000',
          province_code: '52',
          site_sequence: '000077',
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
      return `/api/v1/public/status-lists/S000052000077${String(new Date().getFullYear() % 100).padStart(2, '0')}`;
    },
    allow: PUBLIC,
  },

  // ---- review panels (issue 4, P1): a case of institution X decided by 贵州 whose panel holds the expert ----
  'GET /api/v1/cases/:id/panel': {
    url: async (c) => `/api/v1/cases/${await panelCaseOfX(c)}/panel`,
    allow: ['national', 'provinceA', 'institutionX', 'expert'],
  },
  'GET /api/v1/cases/:id/panel/candidates': {
    url: async (c) => `/api/v1/cases/${await panelCaseOfX(c)}/panel/candidates?poolId=${c.f.pools.guizhou}`,
    sees: ['national', 'provinceA', 'institutionX', 'expert'],
    allow: ['provinceA'],
  },
  'POST /api/v1/cases/:id/panel/opinions': {
    url: async (c) => `/api/v1/cases/${await panelCaseOfX(c)}/panel/opinions`,
    body: () => ({ recommendation: 'approve', opinion: '访问矩阵测试的评审意见。' }),
    sees: ['national', 'provinceA', 'institutionX', 'expert'],
    allow: ['expert'],
  },
  'GET /api/v1/employer-filing/branches': {
    url: () => '/api/v1/employer-filing/branches',
    allow: SIGNED_IN,
    rows: (item, c) =>
      c.persona === 'institutionX'
        ? item.institutionId === c.f.institutions.x
        : c.persona === 'institutionY'
          ? item.institutionId === c.f.institutions.y
          : c.persona === 'provinceA'
            ? String(item.jurisdictionCode).startsWith('52')
            : c.persona === 'provinceB'
              ? String(item.jurisdictionCode).startsWith('33')
              : false,
  },
  'GET /api/v1/reviews': {
    url: async (c) => {
      await panelCaseOfX(c);
      return '/api/v1/reviews';
    },
    allow: ['expert'],
    rows: (item) => item.caseId === panelCaseCache,
  },

  // ---- Guizhou selection and dept-pilot (issue 4, P4): read views of a case of institution X ----
  'GET /api/v1/gz-selection/cases/:id/results': {
    url: async (c) => `/api/v1/gz-selection/cases/${await procedureCaseOfX(c, 'gz-selection')}/results`,
    allow: ['national', 'provinceA', 'institutionX'],
  },
  'GET /api/v1/dept-pilot/cases/:id/milestones': {
    url: async (c) => `/api/v1/dept-pilot/cases/${await procedureCaseOfX(c, 'dept-pilot')}/milestones`,
    allow: ['national', 'provinceA', 'institutionX'],
  },

  // ---- Guizhou renewal (issue 15 point 1): the counts of a renewal case of institution X, the certificates
  // behind a number (scoped as the certificate views), the entries to renew and the renewals due ----
  'GET /api/v1/gz-renewal/entries': { url: () => '/api/v1/gz-renewal/entries', allow: SIGNED_IN },
  'GET /api/v1/gz-renewal/due': { url: () => '/api/v1/gz-renewal/due', allow: SIGNED_IN },
  'GET /api/v1/gz-renewal/cases/:id/counts': {
    url: async (c) => `/api/v1/gz-renewal/cases/${await renewalCaseOfX(c)}/counts`,
    allow: ['national', 'provinceA', 'institutionX'],
  },
  'GET /api/v1/gz-renewal/cases/:id/certificates': {
    url: async (c) =>
      `/api/v1/gz-renewal/cases/${await renewalCaseOfX(c)}/certificates?occupationCode=4-04-05-01`,
    allow: ['national', 'provinceA', 'institutionX'],
  },

  // ---- 1+X recruitment calls (issue 4, P3): public to read once published; no persona is the issuing
  // office (its own calls: tests/workflow/selection-1x.test.ts), so every change is refused here ----
  'GET /api/v1/recruitment-calls': {
    url: async (c) => {
      await recruitmentCall(c, 'draft');
      await recruitmentCall(c, 'published');
      return '/api/v1/recruitment-calls?pageSize=100';
    },
    allow: PUBLIC,
    rows: (item) => item.status !== 'draft',
  },
  'GET /api/v1/recruitment-calls/:id': {
    url: async (c) => `/api/v1/recruitment-calls/${await recruitmentCall(c, 'published')}`,
    allow: PUBLIC,
  },
  'POST /api/v1/recruitment-calls': {
    url: () => '/api/v1/recruitment-calls',
    body: () => ({
      title: `招募公告 ${uniq()}`,
      batch: '第一批',
      openOn: '2026-03-02',
      closeOn: '2026-03-31',
      fields: [{ name: '现代信息技术' }],
    }),
    allow: [],
  },
  'PATCH /api/v1/recruitment-calls/:id': {
    url: async (c) => `/api/v1/recruitment-calls/${await recruitmentCall(c, 'draft')}`,
    body: () => ({ version: 1, title: `改 ${uniq()}` }),
    sees: [],
    allow: [],
  },
  'POST /api/v1/recruitment-calls/:id/publish': {
    url: async (c) => `/api/v1/recruitment-calls/${await recruitmentCall(c, 'draft')}/publish`,
    body: () => ({ version: 1 }),
    sees: [],
    allow: [],
  },
  'POST /api/v1/recruitment-calls/:id/close': {
    url: async (c) => `/api/v1/recruitment-calls/${await recruitmentCall(c, 'published')}/close`,
    body: () => ({ version: 1 }),
    sees: PUBLIC,
    allow: [],
  },
  'GET /api/v1/recruitment-calls/:id/applications': {
    url: async (c) => `/api/v1/recruitment-calls/${await recruitmentCall(c, 'published')}/applications`,
    sees: PUBLIC,
    allow: [],
  },

  // ---- public notices (issue 4, P2): anyone reads and objects during the period; only the authority
  // deciding the case (province A for institution X) answers ----
  'GET /api/v1/public-notices': { url: () => '/api/v1/public-notices?status=all', allow: PUBLIC },
  'GET /api/v1/public-notices/:id': {
    url: async (c) => `/api/v1/public-notices/${await noticeOfX(c)}`,
    allow: PUBLIC,
  },
  'POST /api/v1/public-notices/:id/objections': {
    url: async (c) => `/api/v1/public-notices/${await noticeOfX(c)}/objections`,
    body: async (c) => ({
      name: '张三',
      contact: '13800001111',
      text: `访问矩阵测试的异议内容 ${uniq()}。`,
      altcha: await solvedChallenge((url) => c.admin.inject('GET', url)),
    }),
    allow: PUBLIC,
  },
  'POST /api/v1/public-notices/:id/objections/:oid/answer': {
    url: async (c) =>
      `/api/v1/public-notices/${await noticeOfX(c)}/objections/${await objectionOfX(c)}/answer`,
    body: () => ({ answer: '经核查，异议不成立。', finding: 'unfounded' }),
    // The notice is public; the objection is looked up only once the caller is the deciding authority.
    sees: PUBLIC,
    allow: ['provinceA'],
  },

  // ---- evaluation sessions (issue 11 point 1): institution X opens and ends its own; the authorities
  // over it read them; institution Y names X's branch (a foreign id, answered like a random one) ----
  'GET /api/v1/evaluation-sessions': {
    url: async (c) => {
      await sessionOf(c, 'x', 'planned');
      await sessionOf(c, 'z', 'planned');
      return '/api/v1/evaluation-sessions?pageSize=100';
    },
    allow: SIGNED_IN,
    rows: (item, c) =>
      maySeeInstitution(c.f, c.persona, {
        id: item.institutionId as string,
        jurisdictionCode: item.jurisdictionCode as string,
      }),
  },
  'POST /api/v1/evaluation-sessions': {
    url: () => '/api/v1/evaluation-sessions',
    body: async (c) => {
      await readyToOpen(c);
      return {
        ...(c.persona === 'institutionY' ? { branchId: c.f.branches.x } : {}),
        siteId: c.f.sites.x,
        occupationCode: '4-04-05-01',
        level: 3,
        startsOn: '2027-06-01',
        endsOn: '2027-06-02',
      };
    },
    allow: ['institutionX'],
  },
  // The caller's own institution's grants and sites (Y has none: an empty form, not a refusal).
  'GET /api/v1/evaluation-sessions/opening-options': {
    url: () => '/api/v1/evaluation-sessions/opening-options',
    allow: ['institutionX', 'institutionY'],
  },
  'GET /api/v1/evaluation-sessions/:id': {
    url: async (c) => `/api/v1/evaluation-sessions/${await sessionOf(c, 'x', 'planned')}`,
    allow: READERS_OF_X,
  },
  'POST /api/v1/evaluation-sessions/:id/close': {
    url: async (c) => `/api/v1/evaluation-sessions/${await sessionOf(c, 'x', 'ended')}/close`,
    body: () => ({ version: 1 }),
    sees: READERS_OF_X,
    allow: ['institutionX'],
  },
  'POST /api/v1/evaluation-sessions/:id/cancel': {
    url: async (c) => `/api/v1/evaluation-sessions/${await sessionOf(c, 'x', 'fresh')}/cancel`,
    body: () => ({ version: 1, reason: '场地检修，本批次不再举行' }),
    sees: READERS_OF_X,
    allow: ['institutionX'],
  },

  // ---- candidates (issue 11 point 2): institution X registers on its own planned session; the
  // authorities over it read; the ban register is every authority's; the student register a school's
  // (neither X nor Y is one: 403 for all) ----
  'GET /api/v1/evaluation-sessions/:id/candidates': {
    url: async (c) => `/api/v1/evaluation-sessions/${await sessionOf(c, 'x', 'planned')}/candidates`,
    allow: READERS_OF_X,
  },
  'POST /api/v1/evaluation-sessions/:id/candidates': {
    url: async (c) => `/api/v1/evaluation-sessions/${await sessionOf(c, 'x', 'planned')}/candidates`,
    body: () => ({ name: '矩阵考生', docType: 'resident_id', docNumber: makeIdNumber(600 + uniq()) }),
    sees: READERS_OF_X,
    allow: ['institutionX'],
  },
  'POST /api/v1/evaluation-sessions/:id/candidates/:candidateId/withdraw': {
    url: async (c) => {
      const session = await sessionOf(c, 'x', 'planned');
      return `/api/v1/evaluation-sessions/${session}/candidates/${await candidateOf(c, session)}/withdraw`;
    },
    body: () => ({ version: 1, reason: '本人申请撤回' }),
    sees: READERS_OF_X,
    allow: ['institutionX'],
  },
  'GET /api/v1/evaluation-sessions/:id/candidates/:candidateId/fees': {
    url: async (c) => {
      const session = await sessionOf(c, 'x', 'planned');
      return `/api/v1/evaluation-sessions/${session}/candidates/${await candidateOf(c, session)}/fees`;
    },
    allow: READERS_OF_X,
  },
  'POST /api/v1/evaluation-sessions/:id/candidates/:candidateId/fees': {
    url: async (c) => {
      const session = await sessionOf(c, 'x', 'planned');
      return `/api/v1/evaluation-sessions/${session}/candidates/${await candidateOf(c, session)}/fees`;
    },
    body: () => ({ kind: 'collected', amountFen: 100, onDate: '2026-11-20' }),
    sees: READERS_OF_X,
    allow: ['institutionX'],
  },
  'GET /api/v1/evaluation-sessions/:id/candidates/export': {
    url: async (c) => `/api/v1/evaluation-sessions/${await sessionOf(c, 'x', 'planned')}/candidates/export`,
    allow: READERS_OF_X,
  },
  'GET /api/v1/candidates/roster-template': {
    url: () => '/api/v1/candidates/roster-template',
    allow: SIGNED_IN,
  },
  'GET /api/v1/evaluation-bans': {
    url: () => '/api/v1/evaluation-bans',
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'POST /api/v1/evaluation-bans': {
    url: () => '/api/v1/evaluation-bans',
    body: () => ({
      name: '矩阵禁考',
      docType: 'resident_id',
      docNumber: makeIdNumber(700 + uniq()),
      article: '7',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      reason: '访问矩阵测试',
    }),
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'GET /api/v1/school-students': { url: () => '/api/v1/school-students', allow: [] },
  // A blank template: any signed-in user (it holds no data).
  'GET /api/v1/school-students/template': { url: () => '/api/v1/school-students/template', allow: SIGNED_IN },

  // ---- staff on a session and results (issue 11 points 3, 4): institution X runs its session; the
  // authorities over it read; the staff-sanction register is the authorities' ----
  'GET /api/v1/evaluation-sessions/:id/staff': {
    url: async (c) => `/api/v1/evaluation-sessions/${await sessionOf(c, 'x', 'planned')}/staff`,
    allow: READERS_OF_X,
  },
  'GET /api/v1/evaluation-sessions/:id/staff/export.xlsx': {
    url: async (c) => `/api/v1/evaluation-sessions/${await sessionOf(c, 'x', 'planned')}/staff/export.xlsx`,
    allow: READERS_OF_X,
  },
  'POST /api/v1/evaluation-sessions/:id/staff': {
    url: async (c) => `/api/v1/evaluation-sessions/${await sessionOf(c, 'x', 'planned')}/staff`,
    body: async (c) => ({
      staffId: (await addStaff(c.db, c.f.institutions.x, `矩阵考务 ${uniq()}`, [{ role: 'exam_admin' }])).id,
      duty: 'exam_admin',
    }),
    sees: READERS_OF_X,
    allow: ['institutionX'],
  },
  'DELETE /api/v1/evaluation-sessions/:id/staff/:assignmentId': {
    url: async (c) => {
      const session = await sessionOf(c, 'x', 'planned');
      const staff = await addStaff(c.db, c.f.institutions.x, `矩阵移出 ${uniq()}`, [{ role: 'exam_admin' }]);
      const id = randomUUID();
      await c.db
        .insertInto('session_staff')
        .values({
          id,
          session_id: session,
          institution_id: c.f.institutions.x,
          staff_id: staff.id,
          duty: 'exam_admin',
          findings: '{}',
          assigned_by: null,
        })
        .execute();
      return `/api/v1/evaluation-sessions/${session}/staff/${id}`;
    },
    sees: READERS_OF_X,
    allow: ['institutionX'],
  },
  'GET /api/v1/staff-sanctions': {
    url: () => '/api/v1/staff-sanctions',
    allow: ['national', 'provinceA', 'provinceB', 'sysadmin'],
  },
  'GET /api/v1/staff-sanctions/export.xlsx': {
    url: () => '/api/v1/staff-sanctions/export.xlsx?kind=work_ban',
    allow: ['national', 'provinceA', 'provinceB', 'sysadmin'],
  },
  'GET /api/v1/staff-sanctions/:id': {
    url: async (c) => `/api/v1/staff-sanctions/${await sanctionEntry(c)}`,
    allow: ['national', 'provinceA', 'provinceB', 'sysadmin'],
  },
  'POST /api/v1/staff-sanctions': {
    url: () => '/api/v1/staff-sanctions',
    body: () => ({
      kind: 'work_ban',
      name: '矩阵处理',
      docType: 'resident_id',
      docNumber: makeIdNumber(),
      fromOn: '2027-01-01',
      toOn: '2027-12-31',
      article: '第九条第（一）项',
      reason: '对参评人员资格审查不严（访问矩阵）',
    }),
    sees: [],
    allow: ['national', 'provinceA', 'provinceB'],
  },
  'GET /api/v1/evaluation-sessions/:id/results': {
    url: async (c) => `/api/v1/evaluation-sessions/${await sessionOf(c, 'x', 'planned')}/results`,
    allow: READERS_OF_X,
  },
  'GET /api/v1/evaluation-sessions/:id/results/template.xlsx': {
    url: async (c) =>
      `/api/v1/evaluation-sessions/${await sessionOf(c, 'x', 'planned')}/results/template.xlsx`,
    allow: READERS_OF_X,
  },
  'GET /api/v1/evaluation-sessions/:id/results/export.xlsx': {
    url: async (c) => `/api/v1/evaluation-sessions/${await sessionOf(c, 'x', 'planned')}/results/export.xlsx`,
    allow: READERS_OF_X,
  },
  'PUT /api/v1/evaluation-sessions/:id/pass-marks': {
    url: async (c) => `/api/v1/evaluation-sessions/${await sessionOf(c, 'x', 'planned')}/pass-marks`,
    body: () => ({
      marks: [{ subject: 'theory', fullMark: 100, passMark: 60, source: '国家职业技能标准 5.1' }],
    }),
    sees: READERS_OF_X,
    allow: ['institutionX'],
  },
  'PUT /api/v1/evaluation-sessions/:id/candidates/:candidateId/results': {
    url: async (c) => {
      const { session, candidate } = await candidateOfX(c, 'planned');
      return `/api/v1/evaluation-sessions/${session}/candidates/${candidate}/results`;
    },
    body: () => ({ results: [{ subject: 'theory', outcome: 'absent' }] }),
    sees: READERS_OF_X,
    allow: ['institutionX'],
  },
  'POST /api/v1/evaluation-sessions/:id/candidates/:candidateId/corrections': {
    url: async (c) => {
      const { session, candidate } = await candidateOfX(c, 'closed');
      return `/api/v1/evaluation-sessions/${session}/candidates/${candidate}/corrections`;
    },
    body: () => ({ subject: 'theory', outcome: 'scored', score: 61, reason: '复核更正（访问矩阵）' }),
    sees: READERS_OF_X,
    allow: ['institutionX'],
  },

  // ---- certificate register (issue 11 points 5, 7): issuer codes recorded by the authorities over X ----
  'GET /api/v1/certificate-issuer-codes': {
    url: (c) => `/api/v1/certificate-issuer-codes?institutionId=${c.f.institutions.x}`,
    allow: READERS_OF_X,
  },
  'PUT /api/v1/certificate-issuer-codes': {
    url: () => '/api/v1/certificate-issuer-codes',
    body: (c) => ({ institutionId: c.f.institutions.x, branchId: null, siteSequence: '000777' }),
    sees: READERS_OF_X,
    allow: ['national', 'provinceA'],
  },
  // Certificates: X issues from its closed session; lists and searches answer only rows in scope (an
  // authority naming a foreign institution gets an empty page); one certificate answers like a random id.
  'POST /api/v1/certificates/issue': {
    url: () => '/api/v1/certificates/issue',
    body: async (c) => ({ sessionId: await closedSessionOfX(c) }),
    sees: READERS_OF_X,
    allow: ['institutionX'],
  },
  'GET /api/v1/certificates': {
    url: async (c) => {
      await certificateOf(c, 'x');
      await certificateOf(c, 'z');
      return `/api/v1/certificates?institutionId=${c.f.institutions.x}&limit=100`;
    },
    allow: SIGNED_IN,
    rows: certificateVisible,
  },
  'POST /api/v1/certificates/search': {
    url: () => '/api/v1/certificates/search',
    body: async (c) => ({ number: (await certificateOf(c, 'x')).number }),
    allow: SIGNED_IN,
    rows: certificateVisible,
  },
  'GET /api/v1/certificates/counts': {
    url: async (c) => {
      await certificateOf(c, 'z');
      return `/api/v1/certificates/counts?year=${new Date().getUTCFullYear()}`;
    },
    allow: SIGNED_IN,
    rows: certificateVisible,
  },
  'GET /api/v1/certificates/delays': {
    url: () => `/api/v1/certificates/delays?year=${new Date().getUTCFullYear()}`,
    allow: SIGNED_IN,
    rows: certificateVisible,
  },
  'GET /api/v1/certificates/export.xlsx': {
    url: () => `/api/v1/certificates/export.xlsx?view=counts&year=${new Date().getUTCFullYear()}`,
    allow: SIGNED_IN,
  },
  'GET /api/v1/certificates/:id': {
    url: async (c) => `/api/v1/certificates/${(await certificateOf(c, 'x')).id}`,
    allow: READERS_OF_X,
  },
  'POST /api/v1/certificates/:id/reveal-document': {
    url: async (c) => `/api/v1/certificates/${(await certificateOf(c, 'x')).id}/reveal-document`,
    sees: READERS_OF_X,
    allow: ['national', 'provinceA'],
    revealsDocument: true,
  },
  'POST /api/v1/certificates/:id/status': {
    url: async (c) => `/api/v1/certificates/${(await certificateOf(c, 'x', true)).id}/status`,
    body: () => ({
      to: 'withdrawn',
      reason: '以欺骗手段取得证书（测试）',
      effectiveOn: '2026-12-01',
      articles: [{ regime: 'mohrss-violations', article: '第五条' }],
    }),
    sees: READERS_OF_X,
    allow: ['national', 'provinceA'],
  },
};

const sanctionCache: { id?: string } = {};
/** One entry of the staff-sanction register, written straight into the database. */
async function sanctionEntry(c: Ctx): Promise<string> {
  if (sanctionCache.id) return sanctionCache.id;
  const id = randomUUID();
  const p = objectionProtector.protect(makeIdNumber());
  await c.db
    .insertInto('staff_sanctions')
    .values({
      id,
      kind: 'assessor_card_revoked',
      name: '矩阵吊销',
      doc_type: 'resident_id',
      doc_enc: p.enc,
      doc_hmac: p.hmac,
      doc_masked: p.masked,
      from_on: '2026-01-01',
      to_on: null,
      article: '第十条第（二）项',
      reason: '访问矩阵',
      decision_ref: null,
      decision_case_id: null,
      recorded_by_authority_id: c.f.authorities.guizhou,
      recorded_by: null,
    }) // prettier-ignore
    .execute();
  sanctionCache.id = id;
  return id;
}

/**
 * A candidate of X with the pass marks of its session entered: on the cached planned session, or on a
 * fresh session written as closed (with the candidate's results), for a correction.
 */
async function candidateOfX(
  c: Ctx,
  kind: 'planned' | 'closed',
): Promise<{ session: string; candidate: string }> {
  const session = await sessionOf(c, 'x', kind === 'planned' ? 'planned' : 'fresh');
  for (const subject of ['theory', 'skills'] as const)
    await c.db
      .insertInto('session_pass_marks')
      .values({ session_id: session, subject, full_mark: 100, pass_mark: 60, source: '矩阵', set_by: null })
      .onConflict((oc) => oc.columns(['session_id', 'subject']).doNothing())
      .execute();
  const candidate = randomUUID();
  const p = objectionProtector.protect(makeIdNumber());
  await c.db
    .insertInto('candidates')
    .values({
      id: candidate,
      session_id: session,
      institution_id: c.f.institutions.x,
      name: '矩阵考生',
      doc_type: 'resident_id',
      doc_enc: p.enc,
      doc_hmac: p.hmac,
      doc_masked: p.masked,
      student_status: null,
      withdrawn_reason: null,
      overall_result: null,
      result_decided_at: null,
      created_by: null,
    }) // prettier-ignore
    .execute();
  if (kind === 'closed') {
    for (const subject of ['theory', 'skills'] as const)
      await c.db
        .insertInto('subject_results')
        .values({
          candidate_id: candidate,
          subject,
          session_id: session,
          institution_id: c.f.institutions.x,
          outcome: 'scored',
          score: 50,
          cancel_article: null,
          cancel_reason: null,
          entered_by: null,
        }) // prettier-ignore
        .execute();
    await c.db
      .updateTable('evaluation_sessions')
      .set({ status: 'closed', closed_at: new Date() })
      .where('id', '=', session)
      .execute();
  }
  return { session, candidate };
}

/** X may open a session of 4-04-05-01 level 3: a live filing (publishedEntry) and the standard's subjects. */
async function readyToOpen(c: Ctx): Promise<void> {
  await publishedEntry(c);
  await c.db
    .updateTable('occupation_standards')
    .set({ subjects_by_level: JSON.stringify({ '3': ['theory', 'skills'] }) })
    .where('id', '=', c.f.standard)
    .execute();
}

const sessionCache = new Map<string, string>();
/**
 * A session of institution X or Z written straight into the database: 'planned' (cached, for reads),
 * 'ended' (a fresh one whose last day has passed, to close) or 'fresh' (a fresh planned one, to cancel).
 */
async function sessionOf(c: Ctx, of: 'x' | 'z', kind: 'planned' | 'ended' | 'fresh'): Promise<string> {
  const key = `${of}-${kind}`;
  const cached = kind === 'planned' ? sessionCache.get(key) : undefined;
  if (cached) return cached;
  const id = randomUUID();
  await c.db
    .insertInto('evaluation_sessions')
    .values({
      id,
      institution_id: c.f.institutions[of],
      branch_id: null,
      site_id: c.f.sites[of],
      occupation_code: '4-04-05-01',
      level: 3,
      starts_on: kind === 'ended' ? '2026-03-10' : '2027-09-01',
      ends_on: kind === 'ended' ? '2026-03-11' : '2027-09-02',
      subjects: ['theory', 'skills'],
      standard_id: c.f.standard,
      findings: JSON.stringify({
        check: 'mohrss-violations.evaluation_session.opening',
        asOf: '2026-03-01',
        outcome: 'pass',
        findings: [],
      }),
      created_by: null,
      closed_at: null,
      closed_by: null,
      cancelled_at: null,
      cancelled_by: null,
      cancel_reason: null,
    })
    .execute();
  if (kind === 'planned') sessionCache.set(key, id);
  // Closing needs staff and pass marks (mohrss-violations §12(1)–(4); tests/http/results.test.ts).
  if (kind === 'ended') await readyToClose(c.db, id, c.f.institutions[of]);
  return id;
}

/** A candidate on a session of X, written straight into the database (a fresh one per request). */
async function candidateOf(c: Ctx, session: string): Promise<string> {
  const id = randomUUID();
  await c.db
    .insertInto('candidates')
    .values({
      id,
      session_id: session,
      institution_id: c.f.institutions.x,
      name: '矩阵考生',
      doc_type: 'resident_id',
      doc_enc: 'v2.test',
      doc_hmac: `matrix-${id}`,
      doc_masked: '520102********0011',
      student_status: null,
      withdrawn_reason: null,
      overall_result: null,
      result_decided_at: null,
      findings: '{}',
      created_by: null,
    })
    .execute();
  return id;
}

const callCache: Partial<Record<'draft' | 'published', string>> = {};
/** A recruitment call of a joint-conference office (not a persona), written straight into the database. */
async function recruitmentCall(c: Ctx, status: 'draft' | 'published'): Promise<string> {
  const cached = callCache[status];
  if (cached) return cached;
  const office = randomUUID();
  await c.db
    .insertInto('authorities')
    .values({
      id: office,
      name: `部际联席会议办公室 ${uniq()}`,
      kind: 'joint_conference_office',
      jurisdiction_code: '000000',
      industry: null,
    })
    .execute();
  const id = randomUUID();
  await c.db
    .insertInto('recruitment_calls')
    .values({
      id,
      authority_id: office,
      title: `1+X 招募公告 ${uniq()}`,
      batch: '第一批',
      description: null,
      open_on: '2026-03-02',
      close_on: '2026-03-31',
      status,
      published_on: status === 'published' ? '2026-03-01' : null,
      created_by: null,
    })
    .execute();
  await c.db
    .insertInto('call_fields')
    .values({ call_id: id, position: 1, name: '现代信息技术', description: null })
    .execute();
  callCache[status] = id;
  return id;
}

let entryCache: string | undefined;
/** A directory entry of institution X, published through a case row written straight into the database. */
async function publishedEntry(c: Ctx): Promise<string> {
  if (entryCache) return entryCache;
  const caseId = randomUUID();
  entryCache = await c.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('cases')
      .values({
        id: caseId,
        procedure: 'matrix-filing',
        reference_no: `矩阵备申〔2026〕${uniq()}号`,
        institution_id: c.f.institutions.x,
        branch_id: null,
        authority_id: c.f.authorities.guizhou,
        jurisdiction_code: '520100',
        parent_case_id: null,
        state: 'filed',
        awaiting: null,
        snapshot: '{}',
        submitted_at: new Date(),
        closed_at: null,
        valid_from: null,
        valid_to: null,
        created_by: null,
      })
      .execute();
    const { entryId } = await publishDirectoryEntry(
      trx,
      { caller: null },
      {
        institutionId: c.f.institutions.x,
        caseId,
        procedure: 'matrix-filing',
        regime: 'mohrss-filing',
        filingCode: `矩阵备案码〔2026〕${uniq()}号`,
        validFrom: '2026-03-02',
        validTo: '2029-03-01',
        scopes: [{ occupationCode: '4-04-05-01', level: 3 }],
        authorityId: c.f.authorities.guizhou,
        citations: [{ source: 'mohrss-filing', article: '二', item: '十' }],
      },
    );
    return entryId;
  });
  return entryCache;
}

let panelCaseCache: string | undefined;
/** A case of institution X decided by 贵州, under technical review by a panel that holds the expert persona. */
async function panelCaseOfX(c: Ctx): Promise<string> {
  if (panelCaseCache) return panelCaseCache;
  const caseId = randomUUID();
  const panelId = randomUUID();
  await c.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('cases')
      .values({
        id: caseId,
        procedure: 'matrix-review',
        reference_no: `矩阵评审申〔2026〕${uniq()}号`,
        institution_id: c.f.institutions.x,
        branch_id: null,
        authority_id: c.f.authorities.guizhou,
        jurisdiction_code: '520100',
        parent_case_id: null,
        state: 'under_review',
        awaiting: 'experts',
        snapshot: JSON.stringify({ expertIds: [c.f.experts.self], panel: { round: 1 } }),
        submitted_at: new Date(),
        closed_at: null,
        valid_from: null,
        valid_to: null,
        created_by: null,
      })
      .execute();
    await trx
      .insertInto('review_panels')
      .values({
        id: panelId,
        case_id: caseId,
        pool_id: c.f.pools.guizhou,
        seed: '0123456789abcdef0123456789abcdef',
        size: 1,
        eligible_count: 1,
        drawn_on: '2026-03-02',
        drawn_by: null,
      })
      .execute();
    await trx
      .insertInto('panel_members')
      .values({
        panel_id: panelId,
        expert_id: c.f.experts.self,
        status: 'drawn',
        draw_rank: 1,
        draw_key: '0'.repeat(64),
        expert_name: '专家本人',
        employer_name: '贵州大学',
        excluded_reasons: '[]',
      })
      .execute();
  });
  panelCaseCache = caseId;
  return caseId;
}

const procedureCaseCache = new Map<string, string>();
/** A gz-selection case (decided by 贵州) or a dept-pilot case (decided by the national centre) of institution X. */
async function procedureCaseOfX(c: Ctx, procedure: 'gz-selection' | 'dept-pilot'): Promise<string> {
  const cached = procedureCaseCache.get(procedure);
  if (cached) return cached;
  const caseId = randomUUID();
  const occupations = [{ code: '4-04-05-01', levels: [3] }];
  const snapshot =
    procedure === 'gz-selection'
      ? { applyingAs: 'social_org', application: { occupations, siteId: c.f.sites.x } }
      : {
          track: 'industry_org',
          organisation: {
            institutionId: c.f.institutions.x,
            name: '贵阳机构X',
            uscc: 'x',
            kind: 'association',
          },
          plan: { field: '访问矩阵', originalOccupations: [], scope: occupations, branches: [] },
          milestones: { workPlanSubmittedOn: null, implementationPlanSubmittedOn: null },
        };
  await c.db
    .insertInto('cases')
    .values({
      id: caseId,
      procedure,
      reference_no: `矩阵${procedure}申〔2026〕${uniq()}号`,
      institution_id: c.f.institutions.x,
      branch_id: null,
      authority_id: procedure === 'gz-selection' ? c.f.authorities.guizhou : c.f.authorities.national,
      jurisdiction_code: '520100',
      parent_case_id: null,
      // Submitted: a draft is the applicant's alone (tests/workflow/draft-visibility.test.ts).
      state: 'submitted',
      awaiting: 'authority',
      snapshot: JSON.stringify(snapshot),
      submitted_at: new Date(),
      closed_at: null,
      valid_from: null,
      valid_to: null,
      created_by: null,
    })
    .execute();
  procedureCaseCache.set(procedure, caseId);
  return caseId;
}

let renewalCaseCache: string | undefined;
/** A submitted gz-renewal case of institution X (decided by 贵州), written straight into the database. */
async function renewalCaseOfX(c: Ctx): Promise<string> {
  if (renewalCaseCache) return renewalCaseCache;
  const caseId = randomUUID();
  const snapshot = {
    entryId: randomUUID(),
    filingCode: '矩阵续期',
    kind: 'social_org',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    entryOccupations: [{ code: '4-04-05-01', levels: [3] }],
    occupations: ['4-04-05-01'],
  };
  await c.db
    .insertInto('cases')
    .values({
      id: caseId,
      procedure: 'gz-renewal',
      reference_no: `矩阵续期申〔2026〕${uniq()}号`,
      institution_id: c.f.institutions.x,
      branch_id: null,
      authority_id: c.f.authorities.guizhou,
      jurisdiction_code: '520100',
      parent_case_id: null,
      state: 'submitted',
      awaiting: 'authority',
      snapshot: JSON.stringify(snapshot),
      submitted_at: new Date(),
      closed_at: null,
      valid_from: null,
      valid_to: null,
      created_by: null,
    })
    .execute();
  renewalCaseCache = caseId;
  return caseId;
}

let noticeCache: string | undefined;
/** An open notice on a case of institution X decided by 贵州 (province A), written straight into the database. */
async function noticeOfX(c: Ctx): Promise<string> {
  if (noticeCache) return noticeCache;
  const caseId = randomUUID();
  const today = chinaDate(new Date());
  await c.db
    .insertInto('cases')
    .values({
      id: caseId,
      procedure: 'matrix-notice',
      reference_no: `矩阵公示申〔2026〕${uniq()}号`,
      institution_id: c.f.institutions.x,
      branch_id: null,
      authority_id: c.f.authorities.guizhou,
      jurisdiction_code: '520100',
      parent_case_id: null,
      state: 'public_notice',
      awaiting: 'public',
      snapshot: '{}',
      submitted_at: new Date(),
      closed_at: null,
      valid_from: null,
      valid_to: null,
      created_by: null,
    })
    .execute();
  const id = randomUUID();
  await c.db
    .insertInto('public_notices')
    .values({
      id,
      case_id: caseId,
      procedure: 'matrix-notice',
      authority_id: c.f.authorities.guizhou,
      jurisdiction_code: '520100',
      title: '关于拟备案贵阳机构X的公示',
      body: '拟备案，现予公示。',
      subject_name: '贵阳机构X',
      published_on: today,
      starts_on: addCalendarDays(today, 1),
      ends_on: addCalendarDays(today, 30),
      period_days: 30,
      period_unit: 'calendar_days',
      basis_kind: 'authority',
      basis_parameter_id: null,
      basis_reason: '访问矩阵测试',
      explanation_zh: '公示期 30 日。',
      citations: '[]',
      document_id: null,
      published_by: null,
      closed_on: null,
      outcome: null,
    })
    .execute();
  noticeCache = id;
  return id;
}

const objectionProtector = createPersonalDataProtector(TEST_DATA_KEY);
/** A fresh, unanswered objection to the notice of institution X. */
async function objectionOfX(c: Ctx): Promise<string> {
  const noticeId = await noticeOfX(c);
  const id = randomUUID();
  const name = objectionProtector.protect('李四');
  const contact = objectionProtector.protect('13800002222');
  await c.db
    .insertInto('objections')
    .values({
      id,
      notice_id: noticeId,
      seq: 1000 + uniq(),
      submitter_name_enc: name.enc,
      submitter_name_masked: '李*',
      contact_enc: contact.enc,
      contact_masked: contact.masked,
      text: '访问矩阵测试的异议。',
      submitted_on: chinaDate(new Date()),
      answer: null,
      finding: null,
      answered_by: null,
      answered_at: null,
    })
    .execute();
  return id;
}

/** A throwaway institution-staff account for the account routes (never one of the personas). */
async function insertAccount(c: Ctx, opts: { disabled?: boolean; totp?: boolean } = {}): Promise<string> {
  const id = randomUUID();
  await c.db
    .insertInto('users')
    .values({
      id,
      username: `target${uniq()}`,
      display_name: '目标账号',
      password_hash: 'not-a-hash',
      role: 'institution_staff',
      authority_id: null,
      institution_id: c.f.institutions.x,
      expert_id: null,
      disabled: opts.disabled ?? false,
      totp_enabled_at: opts.totp ? new Date() : null,
    })
    .execute();
  return id;
}

/** A verifier organisation (issue 12 point 2), optionally with its read rights already revoked. */
async function insertVerifierOrganisation(c: Ctx, opts: { revoked?: boolean } = {}): Promise<string> {
  const id = randomUUID();
  await c.db
    .insertInto('verifier_organisations')
    .values({
      id,
      name: `核验单位 ${uniq()}`,
      kind: 'employer',
      contact: '人事部',
      ...(opts.revoked ? { read_rights_revoked_at: new Date(), revocation_reason: '测试' } : {}),
    })
    .execute();
  return id;
}

/** An active API key of a fresh verifier organisation. */
async function insertVerifierKey(c: Ctx): Promise<string> {
  const id = randomUUID();
  const n = uniq();
  await c.db
    .insertInto('verifier_api_keys')
    .values({
      id,
      organisation_id: await insertVerifierOrganisation(c),
      name: '招聘系统',
      prefix: `srk_${String(n).padStart(8, '0')}`,
      key_hash: String(n).padStart(64, '0'),
    })
    .execute();
  return id;
}

let violationCache: string | undefined;
/** A violation case of the Guizhou authority against institution X (mohrss-violations §16 ¶3). */
async function violationCaseOfX(c: Ctx): Promise<string> {
  if (violationCache) return violationCache;
  const id = randomUUID();
  const data = {
    subject: 'institution', decidedBy: 'authority', origin: 'inspection', partyName: '贵阳机构X',
    institutionName: '贵阳机构X', xOrganisation: false, sessionId: null, candidateId: null, staffId: null,
    staffDuty: null, summary: '访问矩阵测试', basis: null, record: null, charge: null, proposal: null,
    notice: null, statements: [], decision: null, service: null, review: null, reviewDecision: null,
    rectification: null, dropped: null, openedBy: 'authority',
  }; // prettier-ignore
  await c.db
    .insertInto('cases')
    .values({
      id,
      procedure: 'violation-case',
      reference_no: `矩阵违纪处理〔2026〕${uniq()}号`,
      institution_id: c.f.institutions.x,
      branch_id: null,
      authority_id: c.f.authorities.guizhou,
      jurisdiction_code: '520000',
      parent_case_id: null,
      state: 'investigating',
      awaiting: 'authority',
      snapshot: JSON.stringify(data),
      submitted_at: new Date(),
      closed_at: null,
      valid_from: null,
      valid_to: null,
      created_by: null,
    }) // prettier-ignore
    .execute();
  violationCache = id;
  return id;
}

/** A fresh data-access lead (mohrss-violations §15 ¶2) on a fresh verifier organisation. */
async function dataAccessAlert(c: Ctx): Promise<string> {
  const id = randomUUID();
  await c.db
    .insertInto('data_access_alerts')
    .values({
      id,
      organisation_id: await insertVerifierOrganisation(c),
      day: chinaDate(new Date()),
      certificates: 5000,
      threshold: 1000,
      authority_id: c.f.authorities.guizhou,
    }) // prettier-ignore
    .execute();
  return id;
}

/** Routes deliberately not walked here, with where they are tested instead. */
const NOT_WALKED: Record<string, string> = {
  // Complaints, the lead ledger and rectification orders (issue 14 points 2, 6).
  'POST /api/v1/public/complaints':
    'a proof-of-work public form; filed, refused without the challenge and tracked in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/public/complaints/track':
    'needs a tracking code only its complainant holds; tests/http/leads-rectifications.test.ts',
  'POST /api/v1/leads':
    'enters a lead in the caller’s ledger (authority staff); tests/http/leads-rectifications.test.ts',
  'GET /api/v1/leads/:id':
    'steps on one lead (its state and handling authority): walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/leads/:id/triage':
    'steps on one lead (its state and handling authority): walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/leads/:id/route':
    'steps on one lead (its state and handling authority): walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/leads/:id/investigate':
    'steps on one lead (its state and handling authority): walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/leads/:id/answer':
    'steps on one lead (its state and handling authority): walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/leads/:id/close':
    'steps on one lead (its state and handling authority): walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/leads/:id/merge':
    'steps on one lead (its state and handling authority): walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/leads/:id/response-requests':
    'steps on one lead (its state and handling authority): walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/leads/:id/rectification':
    'steps on one lead (its state and handling authority): walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/leads/:id/violation-case':
    'steps on one lead (its state and handling authority): walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/response-requests/:id/respond':
    'the institution a request is addressed to; tests/http/leads-rectifications.test.ts',
  'GET /api/v1/rectifications/:id':
    'steps on one rectification order: walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'GET /api/v1/rectifications/:id/files/:sha256':
    'steps on one rectification order: walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/rectifications/:id/report':
    'multipart upload by the institution ordered; steps on one rectification order: walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/rectifications/:id/verify':
    'steps on one rectification order: walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  'POST /api/v1/rectifications/:id/violation-case':
    'an overdue order of the caller’s authority; steps on one rectification order: walked with scoping and bad input in tests/http/leads-rectifications.test.ts',
  // 双随机抽查 (issue 14 point 1): each needs a planned or drawn round; walked with the scoping (another
  // province 404, an institution 403) in tests/inspections/inspections-http.test.ts.
  'POST /api/v1/inspection-rounds':
    'creates a round and its commitment; tests/inspections/inspections-http.test.ts',
  'GET /api/v1/inspection-rounds/:id':
    'needs a round; another province 404 in tests/inspections/inspections-http.test.ts',
  'POST /api/v1/inspection-rounds/:id/draw':
    'draws once; another province 404 in tests/inspections/inspections-http.test.ts',
  'PUT /api/v1/inspections/:id/findings':
    'needs a drawn round; another province 404 in tests/inspections/inspections-http.test.ts',
  'POST /api/v1/inspections/:id/conclude': 'needs findings; tests/inspections/inspections-http.test.ts',
  'POST /api/v1/inspections/:id/publish':
    'needs a concluded inspection; tests/inspections/inspections-http.test.ts',
  'POST /api/v1/inspections/:id/rectification':
    'needs a concluded inspection; tests/inspections/inspections-http.test.ts',
  'POST /api/v1/inspections/:id/violation-case':
    'needs a concluded inspection and a case; tests/inspections/inspections-http.test.ts',
  'GET /api/v1/public/draws/:id':
    'public by nature (a random id answers 404 to all); tests/inspections/inspections-http.test.ts',
  'GET /api/v1/cases/:id/panel-draw':
    'the case readers’ (canReadCase); a panel drawn is a public draw: tests/seed/demo-inspections.test.ts',
  'POST /api/v1/cases/:id/panel-draw/commitment':
    'the deciding authority’s, while the draw is awaited (a second call answers the same commitment); other authority 404, 409 once drawn: tests/inspections/panel-commitment-http.test.ts',
  'GET /api/v1/inspections/:id/evidence':
    'needs a drawn round; another province and the institution 404 in tests/inspections/inspection-evidence-http.test.ts',
  'GET /api/v1/inspections/:id/evidence/:evidenceId':
    'needs an uploaded file; another province 404 in tests/inspections/inspection-evidence-http.test.ts',
  'POST /api/v1/inspections/:id/evidence':
    'multipart upload while the inspection is open; scoping, bad files and 409 once concluded in tests/inspections/inspection-evidence-http.test.ts',
  'POST /api/v1/public/violation-cases/party':
    'open to the party who names the document number the matrix fixture does not keep; tests/workflow/violation-cases.test.ts',
  'POST /api/v1/public/violation-cases/party/statement':
    'the party’s statement, by name and document number; tests/workflow/violation-cases.test.ts',
  'POST /api/v1/public/violation-cases/party/review':
    'the party’s review request, by name and document number; tests/workflow/violation-cases.test.ts',
  'POST /api/v1/public/violation-cases/party/documents/:documentId':
    'the party’s documents, by name and document number; tests/workflow/violation-cases.test.ts',
  'POST /api/v1/public/certificates/e-certificate':
    'open to everyone who names the holder’s document number, which the matrix fixture does not keep; tests/http/certificate-verification.test.ts',
  'POST /api/v1/auth/login': 'public by nature; lockout and answers in tests/http/auth.test.ts',
  'POST /api/v1/auth/logout': 'would end the personas’ sessions; tests/http/auth.test.ts',
  'POST /api/v1/auth/logout-everywhere': 'would end the personas’ sessions; tests/http/auth.test.ts',
  'POST /api/v1/auth/second-factor':
    'only a pending login reaches it; tests/http/accounts-second-factor.test.ts',
  'POST /api/v1/auth/totp/enrolment/confirm': 'needs a TOTP code; tests/http/accounts-second-factor.test.ts',
  'POST /api/v1/auth/password': 'would change the personas’ passwords; tests/http/accounts.test.ts',
  // A case exists only through a registered procedure; tests/workflow/cases-api.test.ts walks these with
  // every persona (parties 2xx; supervising authority reads, cannot act; others 404; anonymous 401).
  'POST /api/v1/cases': 'needs a procedure; tests/workflow/cases-api.test.ts',
  'GET /api/v1/cases/:id': 'needs a case; tests/workflow/cases-api.test.ts',
  'POST /api/v1/cases/:id/events/:event': 'needs a case; tests/workflow/cases-api.test.ts',
  'POST /api/v1/cases/:id/materials': 'multipart; tests/workflow/cases-api.test.ts',
  'POST /api/v1/filings-import':
    'multipart; every persona in tests/filings-import/filings-import-http.test.ts',
  'POST /api/v1/evaluation-sessions/:id/candidates/import':
    'multipart; tests/http/candidates.test.ts (X imports; Y on X’s session answers 404 like a random id)',
  'POST /api/v1/school-students/import': 'multipart; tests/http/candidates.test.ts (a school only; X 403)',
  'POST /api/v1/evaluation-sessions/:id/results/import':
    'multipart; tests/http/results.test.ts (the institution imports; scoping as for the other results routes)',
  'POST /api/v1/certificate-uploads':
    'multipart; tests/certificate-uploads/certificate-uploads.test.ts (institution staff only; an authority 403)',
  'GET /api/v1/certificate-uploads':
    'needs uploads run by a job; tests/certificate-uploads (Y and province B list none of X’s)',
  'GET /api/v1/certificate-uploads/template': 'tests/certificate-uploads (template in both formats)',
  'GET /api/v1/certificate-uploads/:id':
    'needs a job; tests/certificate-uploads (Y, province B: 404 as a random id)',
  'GET /api/v1/certificate-uploads/:id/rejections':
    'needs a job; tests/certificate-uploads (scoped through the upload)',
  'GET /api/v1/certificate-uploads/:id/rejections.xlsx':
    'needs a job; tests/certificate-uploads (Y, province B: 404)',
  'POST /api/v1/certificate-uploads/:id/cancel':
    'needs a job; tests/certificate-uploads (Y 404, province A 403)',
  'GET /api/v1/cases/:id/materials/:materialId/file': 'needs a case; tests/workflow/cases-api.test.ts',
  'GET /api/v1/cases/:id/documents/:documentId/file': 'needs a case; tests/workflow/cases-api.test.ts',
  'GET /api/v1/public/audit/checkpoint':
    'public; needs a chained and signed head: tests/audit-truncation.test.ts (404 before the first checkpoint, then the signed checkpoint for anyone)',
  'GET /api/v1/verifier/credentials':
    'a credit bank’s API key, not a session; tests/http/verifiers.test.ts (other kinds 403, no key 401)',
  'POST /api/v1/verifier/certificates/verify':
    'bearer API key, no session (no persona has a key): tests/http/verifiers.test.ts (unknown, revoked, expired key 401; a session cookie alone 401; read rights revoked 403)',
  'POST /api/v1/verifier/batch-checks':
    'multipart; tests/http/verifiers.test.ts (a verifier only; quota shared with the keys)',
  'GET /api/v1/exit-notices/:id/documents/:documentId/file':
    'public; needs an exit with a stored public document (终止评价活动通知书, 退出申请书面反馈): others answer like random ids (exit-notices.ts)',
  'GET /api/v1/directory/:id/documents/:documentId/file':
    'public; needs a stored PDF of a published case: tests/http/directory-entry.test.ts (withdrawn, internal and foreign documents answer like random ids)',
};

let checkCache: { name: string; example: unknown } | undefined;
async function firstCheck(c: Ctx): Promise<{ name: string; example: unknown }> {
  if (!checkCache) {
    const cat = (await c.admin.inject('GET', '/api/v1/rules')).json<{
      checks: { name: string; example: unknown }[];
    }>();
    checkCache = cat.checks[0];
    if (!checkCache) throw new Error('the rule catalogue has no checks');
  }
  return checkCache;
}

/** `METHOD /path` of every route the app registered under /api/v1 (HEAD is implied by GET). */
function registeredApiRoutes(app: FastifyInstance): string[] {
  const lines = app.printRoutes({ commonPrefix: false }).split('\n');
  const stack: string[] = [];
  const out: string[] = [];
  for (const line of lines) {
    // '└── /a' is depth 0, '│   └── /b' depth 1: each level indents by four characters.
    const at = line.indexOf('── ');
    if (at < 1) continue;
    const depth = (at - 1) / 4;
    const m = /^(\S+)(?: \(([^)]*)\))?$/.exec(line.slice(at + 3).trim());
    if (!m) continue;
    stack.length = depth;
    stack.push(m[1]!);
    const path = stack.join('');
    for (const method of (m[2] ?? '').split(',').map((s) => s.trim())) {
      if (method && method !== 'HEAD' && path.startsWith('/api/v1/')) out.push(`${method} ${path}`);
    }
  }
  return out.sort();
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The same request with every record id (UUID) in the path and the body replaced by a random one. */
function withRandomIds(url: string, body: unknown): { url: string; body: unknown; changed: boolean } {
  const swap = (x: string) => x.replace(UUID, () => randomUUID());
  const deep = (v: unknown): unknown =>
    typeof v === 'string'
      ? swap(v)
      : Array.isArray(v)
        ? v.map(deep)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)]))
          : v;
  const changed = UUID.test(url) || UUID.test(JSON.stringify(body ?? null));
  UUID.lastIndex = 0;
  return { url: swap(url), body: deep(body), changed };
}

/** What must not differ between a record outside the caller's scope and a random id. */
const answerOf = (res: { statusCode: number; json: () => unknown }) => {
  let code: unknown = null;
  try {
    code = (res.json() as { code?: unknown } | null)?.code ?? null;
  } catch {
    code = 'not json';
  }
  return `${res.statusCode} ${String(code)}`;
};

let t: TestApp;
let f: Fixture;
let clients: Record<Persona, Client>;

beforeAll(async () => {
  t = await openTestApp();
  f = await seedPersonas(t.handle.db);
  clients = await loginPersonas(t.app, f);
});
afterAll(async () => t?.close());

function leakedNumbers(body: string): string[] {
  const known = f.documentNumbers.filter((n) => body.includes(n));
  const pattern = new RegExp(ID_NUMBER_PATTERN.source, 'g');
  const shaped = [...body.matchAll(pattern)].map((m) => m[0]).filter((s) => parseIdNumber(s).ok);
  return [...new Set([...known, ...shaped])];
}

describe('access matrix (security.md "Access")', () => {
  it('covers every registered /api/v1 route, and lists no route that does not exist', () => {
    const registered = registeredApiRoutes(t.app);
    expect(registered.length).toBeGreaterThan(40);
    const covered = new Set([...Object.keys(MATRIX), ...Object.keys(NOT_WALKED)]);
    const unclassified = registered.filter((r) => !covered.has(r));
    expect(
      unclassified,
      'routes missing from the access matrix (tests/http/access-matrix.test.ts MATRIX)',
    ).toEqual([]);
    const stale = [...covered].filter((r) => !registered.includes(r));
    expect(stale, 'matrix rows for routes that no longer exist').toEqual([]);
  });

  for (const [route, spec] of Object.entries(MATRIX)) {
    const method = route.slice(0, route.indexOf(' ')) as Method;
    it(`${route}: ${spec.allow.length === PERSONAS.length ? 'everyone' : spec.allow.join(', ')}`, async () => {
      const problems: string[] = [];
      for (const persona of PERSONAS) {
        const c: Ctx = { f, db: t.handle.db, persona, client: clients[persona], admin: clients.sysadmin };
        const url = await spec.url(c);
        const body = spec.body
          ? await spec.body(c)
          : method === 'GET' || method === 'DELETE'
            ? undefined
            : {};
        const res = await clients[persona].inject(method, url, body);
        const ok = res.statusCode >= 200 && res.statusCode < 300;
        const allowed = spec.allow.includes(persona);
        if (allowed && !ok)
          problems.push(`${persona}: expected 2xx, got ${res.statusCode} ${res.body.slice(0, 200)}`);
        if (!allowed) {
          if (ok) problems.push(`${persona}: UNAUTHORISED ${res.statusCode}`);
          else if (persona === 'anonymous' && res.statusCode !== 401)
            problems.push(`anonymous: expected 401, got ${res.statusCode}`);
          else if (![401, 403, 404].includes(res.statusCode)) {
            problems.push(`${persona}: expected 403/404, got ${res.statusCode} ${res.body.slice(0, 200)}`);
          }
          // Issue 9 point 7: a record outside the caller's scope answers what a random id answers.
          const sees = spec.sees ?? spec.allow;
          const random = withRandomIds(url, body);
          if (!ok && !sees.includes(persona) && random.changed) {
            const other = await clients[persona].inject(method, random.url, random.body);
            if (answerOf(other) !== answerOf(res))
              problems.push(
                `${persona}: EXISTENCE LEAK — foreign id ${answerOf(res)} (${res.body.slice(0, 160)}), random id ${answerOf(other)}`,
              );
          }
        }
        if (ok && !spec.revealsDocument) {
          const leaks = leakedNumbers(res.body);
          if (leaks.length > 0) problems.push(`${persona}: document number in the response`);
        }
        if (ok && spec.rows) {
          const items = (res.json() as { items?: Row[] }).items;
          if (!Array.isArray(items)) problems.push(`${persona}: a list without items`);
          for (const item of items ?? []) {
            if (!(await spec.rows(item, c)))
              problems.push(`${persona}: FOREIGN ROW ${String(item.id ?? item.code)}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('shows each persona their own rows in the lists (the filter is not simply "nothing")', async () => {
    const ids = async (p: Persona, url: string) =>
      (await clients[p].inject('GET', url)).json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(await ids('provinceA', '/api/v1/institutions?pageSize=100')).toEqual(
      expect.arrayContaining([f.institutions.x, f.institutions.y]),
    );
    expect(await ids('provinceB', '/api/v1/institutions?pageSize=100')).toContain(f.institutions.z);
    expect(await ids('institutionY', '/api/v1/institutions')).toEqual([f.institutions.y]);
    expect(await ids('expert', '/api/v1/experts')).toEqual([f.experts.self]);
    expect(await ids('provinceB', '/api/v1/experts?pageSize=100')).toEqual(
      expect.arrayContaining([f.experts.zhejiang, f.experts.unpooled, f.experts.national]),
    );
  });
});

// ---- certificates (issue 11 points 5, 7): rows written straight into the register ----
const certificateCache = new Map<string, { id: string; number: string }>();
let certificateSerial = 0;

function certificateVisible(item: Row, c: Ctx): boolean {
  return maySeeInstitution(c.f, c.persona, {
    id: item.institutionId as string,
    jurisdictionCode: item.institutionId === c.f.institutions.z ? '330100' : '520100',
  });
}

/** A certificate of X or Z (cached unless `fresh`), issued this year from a session of its own. */
async function certificateOf(c: Ctx, of: 'x' | 'z', fresh = false): Promise<{ id: string; number: string }> {
  const cached = fresh ? undefined : certificateCache.get(of);
  if (cached) return cached;
  const pd = createPersonalDataProtector(TEST_DATA_KEY);
  const today = chinaDate(new Date());
  const year = Number(today.slice(0, 4));
  const p = pd.protect(makeIdNumber());
  const id = randomUUID();
  const number = `S0000${of === 'x' ? '52' : '33'}00000${of === 'x' ? 1 : 2}${String(year % 100).padStart(2, '0')}3${String(++certificateSerial).padStart(6, '0')}`;
  const session = await sessionOf(c, of, 'planned');
  const candidate = randomUUID();
  await c.db
    .insertInto('candidates')
    .values({
      id: candidate,
      session_id: session,
      institution_id: c.f.institutions[of],
      name: '持证人',
      doc_type: 'resident_id',
      doc_enc: p.enc,
      doc_hmac: p.hmac,
      doc_masked: p.masked,
    })
    .execute();
  await c.db
    .insertInto('certificates')
    .values({
      id,
      issue_year: year,
      number,
      issued_on: today,
      institution_id: c.f.institutions[of],
      branch_id: null,
      session_id: session,
      candidate_id: candidate,
      upload_id: null,
      holder_name: '持证人',
      holder_doc_type: 'resident_id',
      holder_doc_enc: p.enc,
      holder_doc_hmac: p.hmac,
      holder_doc_masked: p.masked,
      occupation_code: '4-04-05-01',
      level: 3,
    })
    .execute();
  const made = { id, number };
  if (!fresh) certificateCache.set(of, made);
  return made;
}

/** A closed session of X with one passed candidate, and X's issuer code (fresh per request). */
async function closedSessionOfX(c: Ctx): Promise<string> {
  await c.db
    .insertInto('certificate_issuer_codes')
    .values({
      id: randomUUID(),
      institution_id: c.f.institutions.x,
      branch_id: null,
      kind_letter: 'S',
      institution_code: '0000',
      province_code: '52',
      site_sequence: '000001',
      assigned_by_authority_id: c.f.authorities.guizhou,
      assigned_by: null,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const session = randomUUID();
  await c.db
    .insertInto('evaluation_sessions')
    .values({
      id: session,
      institution_id: c.f.institutions.x,
      branch_id: null,
      site_id: c.f.sites.x,
      occupation_code: '4-04-05-01',
      level: 3,
      starts_on: '2026-03-10',
      ends_on: '2026-03-11',
      subjects: ['theory', 'skills'],
      standard_id: c.f.standard,
      status: 'closed',
      findings: '{}',
      created_by: null,
      closed_at: new Date(),
    })
    .execute();
  const p = createPersonalDataProtector(TEST_DATA_KEY).protect(makeIdNumber());
  await c.db
    .insertInto('candidates')
    .values({
      id: randomUUID(),
      session_id: session,
      institution_id: c.f.institutions.x,
      name: '合格考生',
      doc_type: 'resident_id',
      doc_enc: p.enc,
      doc_hmac: p.hmac,
      doc_masked: p.masked,
      overall_result: 'passed',
      result_decided_at: new Date(),
    })
    .execute();
  return session;
}
