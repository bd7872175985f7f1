// Issue 9 point 7: a create or an action that names a record outside the caller's scope answers
// exactly what a random id answers (status and problem code), so that no create path confirms another
// province's records. tests/http/access-matrix.test.ts walks every registry route this way; here the
// ids that go into POST /api/v1/cases (branch, parent filing, recommended organisation) on the demo
// registry, and the institutions named by an expert's declared conflicts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { openTestApp, TEST_DATA_KEY, type TestApp } from '../support/test-app.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { demoId } from '../../src/persistence/seed/demo/ids.js';
import { branchId, institutionId } from '../../src/persistence/seed/demo/load-registry.js';
import {
  loginPersonas,
  makeUscc,
  seedPersonas,
  type Client,
  type Fixture,
  type Persona,
} from '../support/personas.js';

type Call = (method: 'GET' | 'POST', url: string, body?: unknown) => Promise<LightMyRequestResponse>;

const answerOf = (res: LightMyRequestResponse) => ({
  status: res.statusCode,
  code: res.json<{ code?: string }>().code ?? null,
});

describe('POST /api/v1/cases with ids outside the caller’s scope (demo registry)', () => {
  let t: TestApp;
  const as: Record<string, Call> = {};

  beforeAll(async () => {
    t = await openTestApp((h) =>
      seedAll(h.db, { demo: true, personalData: createPersonalDataProtector(TEST_DATA_KEY) }).then(() => {}),
    );
    for (const u of ['guizhou', 'zhejiang', 'inst_nat', 'inst_zj', 'industry', 'osta']) {
      const s = await createSession(t.handle.db, {
        userId: demoId('user', u),
        absoluteExpiresAt: new Date(Date.now() + 3_600_000),
      });
      as[u] = (method, url, body) =>
        t.app.inject({
          method,
          url,
          headers: { cookie: `sid=${s.token}`, ...(method === 'GET' ? {} : { 'x-csrf-token': s.csrfToken }) },
          ...(body === undefined ? {} : { payload: body as object }),
        });
    }
  });
  afterAll(async () => t?.close());

  const open = (who: string, procedure: string, input: Record<string, unknown>) =>
    as[who]!('POST', '/api/v1/cases', { procedure, input });

  it('a branch filing for another province’s branch answers as for a random branch', async () => {
    const pairs: [who: string, branch: string][] = [
      ['guizhou', branchId('nat-zhonglian-ningbo')], // the Zhejiang branch of the national employer
      ['zhejiang', branchId('nat-zhonglian-guizhou')],
      ['inst_zj', branchId('nat-zhonglian-guizhou')], // another employer's branch
    ];
    for (const [who, branch] of pairs) {
      const foreign = await open(who, 'mohrss-branch-filing', { branchId: branch });
      const random = await open(who, 'mohrss-branch-filing', { branchId: randomUUID() });
      expect(answerOf(foreign), `${who}: ${foreign.body}`).toEqual(answerOf(random));
      expect(foreign.statusCode, who).toBe(404);
    }
  });

  it('a branch filing naming another employer’s ministry filing answers as for a random case', async () => {
    // A ministry filing case of another employer (浙江之江), written straight into the database.
    const other = randomUUID();
    await t.handle.db
      .insertInto('cases')
      .values({
        id: other,
        procedure: 'mohrss-employer-filing',
        reference_no: `人社评备申〔2026〕${other.slice(0, 4)}号`,
        institution_id: institutionId('zj-zhijiang'),
        branch_id: null,
        authority_id: demoId('authority', 'osta'),
        jurisdiction_code: '000000',
        parent_case_id: null,
        state: 'submitted',
        awaiting: 'authority',
        snapshot: JSON.stringify({ scopes: [] }),
        submitted_at: new Date(),
        closed_at: null,
        valid_from: null,
        valid_to: null,
        created_by: null,
      })
      .execute();
    const input = (parentCaseId: string) => ({ branchId: branchId('nat-zhonglian-guizhou'), parentCaseId });
    const foreign = await open('inst_nat', 'mohrss-branch-filing', input(other));
    const random = await open('inst_nat', 'mohrss-branch-filing', input(randomUUID()));
    expect(answerOf(foreign), foreign.body).toEqual(answerOf(random));
  });

  it('a department recommending an institution that is not an organisation answers as for an unknown code', async () => {
    const plan = {
      field: '交通运输 道路运输',
      originalOccupations: ['4-02-02-01'],
      scope: [{ code: '4-02-02-01', levels: [5] }],
      branches: [],
    };
    const employer = await open('industry', 'dept-pilot', {
      ...plan,
      organisationUscc: '91330108MA2H3L6T5C',
    });
    const unknown = await open('industry', 'dept-pilot', {
      ...plan,
      organisationUscc: makeUscc('330100', 98_765),
    });
    expect(answerOf(employer), employer.body).toEqual(answerOf(unknown));
    expect(employer.statusCode).toBe(422);
    expect(employer.body).not.toContain('浙江之江');
  });
});

describe('/experts/{id}/conflicts shows the institution only within the caller’s scope', () => {
  let t: TestApp;
  let f: Fixture;
  let clients: Record<Persona, Client>;
  let usccX: string;

  interface ConflictView {
    institutionId: string | null;
    institutionUscc: string | null;
    institutionName: string | null;
    institutionVisible: boolean;
    relation: string;
  }
  const conflictsOf = async (p: Persona, expert: string) =>
    (await clients[p].inject('GET', `/api/v1/experts/${expert}/conflicts`)).json<{ items: ConflictView[] }>()
      .items;

  beforeAll(async () => {
    t = await openTestApp();
    f = await seedPersonas(t.handle.db);
    clients = await loginPersonas(t.app, f);
    usccX = (
      await t.handle.db
        .selectFrom('institutions')
        .select('uscc')
        .where('id', '=', f.institutions.x)
        .executeTakeFirstOrThrow()
    ).uscc;
    // The national centre records that its expert once worked for institution X (贵阳).
    const res = await clients.national.inject('POST', `/api/v1/experts/${f.experts.national}/conflicts`, {
      institutionUscc: usccX,
      institutionName: '贵阳机构X',
      relation: 'former_employment',
    });
    expect(res.statusCode).toBe(201);
  });
  afterAll(async () => t?.close());

  it('names the institution to the centre and to 贵州, not to 浙江', async () => {
    for (const p of ['national', 'provinceA'] as const) {
      const [c] = await conflictsOf(p, f.experts.national);
      expect(c, p).toMatchObject({
        institutionId: f.institutions.x,
        institutionUscc: usccX,
        institutionVisible: true,
      });
    }
    const [hidden] = await conflictsOf('provinceB', f.experts.national);
    expect(hidden).toMatchObject({
      institutionId: null,
      institutionUscc: null,
      institutionName: null,
      institutionVisible: false,
      relation: 'former_employment',
    });
  });

  it('a declaration does not tell 浙江 whether a code is registered in 贵州', async () => {
    const declare = (uscc: string) =>
      clients.provinceB.inject('POST', `/api/v1/experts/${f.experts.zhejiang}/conflicts`, {
        institutionUscc: uscc,
        institutionName: '原工作单位',
        relation: 'part_time',
      });
    const registered = await declare(usccX);
    const unregistered = await declare(makeUscc('520100', 97_531));
    expect(registered.statusCode).toBe(201);
    expect(unregistered.statusCode).toBe(201);
    const shape = (r: LightMyRequestResponse) => {
      const { institutionId, institutionUscc, institutionName, institutionVisible } = r.json<ConflictView>();
      return { institutionId, institutionUscc, institutionName, institutionVisible };
    };
    expect(shape(registered)).toEqual({
      institutionId: null,
      institutionUscc: null,
      institutionName: null,
      institutionVisible: false,
    });
    expect(shape(unregistered)).toEqual(shape(registered));
  });

  it('shows the expert what they declared, not whether it matched a registered institution', async () => {
    const res = await clients.expert.inject('POST', `/api/v1/experts/${f.experts.self}/conflicts`, {
      institutionUscc: usccX,
      institutionName: '贵阳机构X',
      relation: 'training',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      institutionId: null,
      institutionUscc: usccX,
      institutionVisible: true,
    });
  });
});
