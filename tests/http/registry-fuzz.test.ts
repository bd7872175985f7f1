// security.md "Input": property-based tests over the API — no generated input makes a registry route
// answer 5xx. Bodies are near-valid records with arbitrary values swapped in, or arbitrary JSON;
// queries are arbitrary strings. The caller is the administrator, so that input reaches validation
// and the database instead of stopping at authorization.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openTestApp, type TestApp } from '../support/test-app.js';
import {
  loginPersonas,
  makeIdNumber,
  makeUscc,
  seedPersonas,
  type Client,
  type Fixture,
} from '../support/personas.js';

let t: TestApp;
let f: Fixture;
let admin: Client;

beforeAll(async () => {
  t = await openTestApp();
  f = await seedPersonas(t.handle.db);
  admin = (await loginPersonas(t.app, f)).sysadmin;
});
afterAll(async () => t?.close());

// FUZZ_RUNS=500 for a longer search; the default keeps the suite fast.
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

/** Any JSON-ish value, with strings that include NUL, surrogates and full-width characters. */
const wild = fc.oneof(
  fc.jsonValue(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '\u0000',
    '\ud800',
    '１２３',
    '',
    ' ',
    '0'.repeat(5000),
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER,
  ),
);

/** A valid body with one field replaced by a wild value (or an extra field added). */
function mutated(base: Record<string, unknown>) {
  const keys = [...Object.keys(base), 'extra'];
  return fc
    .record({ key: fc.constantFrom(...keys), value: wild })
    .map(({ key, value }) => ({ ...base, [key]: value }));
}

async function noServerError(
  method: 'POST' | 'PATCH' | 'GET',
  url: () => string,
  bodies: fc.Arbitrary<unknown>,
) {
  await fc.assert(
    fc.asyncProperty(bodies, async (body) => {
      const res = await admin.inject(method, url(), method === 'GET' ? undefined : body);
      if (res.statusCode >= 500)
        throw new Error(`${res.statusCode} for ${JSON.stringify(body).slice(0, 300)}: ${res.body}`);
    }),
    { numRuns: RUNS },
  );
}

describe('no 5xx on generated input', () => {
  it('POST /institutions', async () => {
    const base = {
      name: '某机构',
      kind: 'social_org',
      uscc: makeUscc('520100'),
      legalRepresentative: '某人',
      address: '某地',
      jurisdictionCode: '520100',
    };
    await noServerError('POST', () => '/api/v1/institutions', fc.oneof(mutated(base), wild));
  });

  it('POST /institutions/:id/staff', async () => {
    const base = {
      name: '某人',
      idDocType: 'resident_id',
      idNumber: makeIdNumber(111),
      roles: [{ role: 'assessor', occupationCode: '4-04-05-01' }],
    };
    await noServerError(
      'POST',
      () => `/api/v1/institutions/${f.institutions.x}/staff`,
      fc.oneof(mutated(base), wild),
    );
  });

  it('POST /institutions/:id/sites and PATCH /sites/:id', async () => {
    const base = {
      name: '考点',
      address: '某地',
      tenure: 'leased',
      leaseStart: '2025-01-01',
      leaseEnd: '2028-01-01',
      floorAreaM2: 100,
      functionalRooms: ['考务室'],
    };
    await noServerError('POST', () => `/api/v1/institutions/${f.institutions.x}/sites`, mutated(base));
    await noServerError('PATCH', () => `/api/v1/sites/${f.sites.x}`, mutated({ version: 1, examRooms: 2 }));
  });

  it('POST /experts and /expert-pools/:id/members', async () => {
    const base = {
      name: '专家',
      employerName: '单位',
      employerUscc: makeUscc('520100'),
      specialties: ['4-04-05-01'],
    };
    await noServerError('POST', () => '/api/v1/experts', mutated(base));
    await noServerError(
      'POST',
      () => `/api/v1/expert-pools/${f.pools.guizhou}/members`,
      mutated({ expertId: f.experts.zhejiang }),
    );
  });

  it('GET list query strings and ids', async () => {
    const q = fc.string({ maxLength: 40 });
    const param = fc.constantFrom(
      'q',
      'page',
      'pageSize',
      'kind',
      'status',
      'jurisdictionCode',
      'level',
      'active',
      'x',
    );
    const query = fc.tuple(param, q).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
    let current = '';
    await fc.assert(
      fc.asyncProperty(
        query,
        fc.constantFrom(
          '/api/v1/institutions',
          `/api/v1/institutions/${f.institutions.x}/scopes`,
          '/api/v1/experts',
          '/api/v1/occupations',
        ),
        async (qs, path) => {
          current = `${path}?${qs}`;
          const res = await admin.inject('GET', current);
          expect(res.statusCode, current).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (id) => {
        const res = await admin.inject('GET', `/api/v1/staff/${encodeURIComponent(id)}`);
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });
});
