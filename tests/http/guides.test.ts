// The 办事指南 (GET /api/v1/public/guides): public, one guide per registered procedure, generated from the
// machine (steps, actions, clocks), the checklist (materials) and the rule catalogue (conditions with
// their articles) — these tests hold the guide to that code — and who may apply, declared in
// guide-specs.ts, held against each procedure's mayOpen for an institution of every kind and an
// authority of every kind.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { makeUscc, seedPersonas, type Fixture } from '../support/personas.js';
import { procedures } from '../../src/use-cases/workflow/procedure-registry.js';
import { GUIDE_SPECS } from '../../src/use-cases/guides/guide-specs.js';
import type { Guide, GuideSummary } from '../../src/use-cases/guides/build-guide.js';
import { catalogue } from '../../src/rules/catalogue.js';
import { citationId, formatCitation } from '../../src/domain/citation.js';
import type { Actor } from '../../src/policies/actor.js';
import type { AuthorityKind, InstitutionKind } from '../../src/persistence/schema.js';
import type { StateDef } from '../../src/workflows/machine.js';

const INSTITUTION_KINDS: InstitutionKind[] = [
  'employer',
  'school',
  'social_org',
  'industry_org',
  'training_org',
];
const AUTHORITY_KINDS: AuthorityKind[] = [
  'national_centre',
  'mohrss',
  'provincial_hrss',
  'prefectural_hrss',
  'industry_department',
  'joint_conference_office',
  'delegated_unit',
];

let t: TestApp;
let f: Fixture;

const get = (url: string) => t.app.inject({ method: 'GET', url });

async function guide(procedure: string): Promise<Guide> {
  const res = await get(`/api/v1/public/guides/${procedure}`);
  expect(res.statusCode).toBe(200);
  return res.json<Guide>();
}

beforeAll(async () => {
  t = await openTestApp();
  f = await seedPersonas(t.handle.db);
});
afterAll(async () => t?.close());

describe('GET /api/v1/public/guides', () => {
  it('lists a guide for every procedure the system runs, without an account', async () => {
    const res = await get('/api/v1/public/guides');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ asOf: string; items: GuideSummary[] }>();
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.items.map((i) => i.procedure)).toEqual(procedures.map((p) => p.id));
    for (const i of body.items) {
      expect(i.title_zh).not.toBe('');
      expect(i.stepCount).toBeGreaterThan(0);
      expect(i.regimes.length).toBeGreaterThan(0);
    }
  });

  it('answers an unknown procedure with 404 GUIDE_NOT_FOUND and a malformed one with a 400, in Chinese', async () => {
    const missing = await get('/api/v1/public/guides/no-such-procedure');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json()).toMatchObject({ code: 'GUIDE_NOT_FOUND', title: '办事指南不存在' });
    const bad = await get(`/api/v1/public/guides/${encodeURIComponent('Robert"); DROP')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(bad.json())).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe.each(procedures.map((p) => [p.id, p] as const))('the guide of %s', (id, m) => {
  it('has one step per state a case waits in and lists the outcomes, each action with its articles', async () => {
    const g = await guide(id);
    const states = m.machine.states as Record<string, StateDef>;
    const open = Object.keys(states).filter((s) => !states[s]!.final);
    const final = Object.keys(states).filter((s) => states[s]!.final);
    expect(g.steps.map((s) => s.state).sort()).toEqual(open.sort());
    expect(g.steps[0]!.state).toBe(m.machine.initial);
    expect(g.outcomes.map((s) => s.state).sort()).toEqual(final.sort());
    const actions = g.steps.flatMap((s) => s.actions.map((a) => `${s.state}:${a.event}:${a.to}`));
    expect(actions.sort()).toEqual(m.machine.transitions.map((x) => `${x.from}:${x.event}:${x.to}`).sort());
    for (const s of g.steps) for (const a of s.actions) expect(a.citations.length).toBeGreaterThan(0);
  });

  it('lists the materials of its checklist and the clocks of its machine with their days', async () => {
    const g = await guide(id);
    const blank = { createdAt: new Date(`${g.asOf}T12:00:00+08:00`), data: { track: 'department' } };
    const expected = m.checklist(blank as never).items.map((i) => i.id);
    expect(g.materials[0]!.items.map((i) => i.id)).toEqual(expected);
    const states = m.machine.states as Record<string, StateDef>;
    for (const [state, def] of Object.entries(states)) {
      if (!def.clock) continue;
      const limit = g.timeLimits.find((x) => x.state === state);
      expect(limit, `${state} clock`).toBeDefined();
      expect(limit!.days).toBeGreaterThan(0);
      expect(limit!.citationText).toBe(formatCitation(def.clock.citation));
    }
  });

  it('lists as conditions exactly the rules under the articles its transitions cite, each under its article', async () => {
    const g = await guide(id);
    const cited = m.machine.transitions.flatMap((x) => x.citations.map(citationId));
    const expected = catalogue.rules
      .filter((r) =>
        cited.some((c) => citationId(r.citation) === c || citationId(r.citation).startsWith(`${c}/`)),
      )
      .map((r) => r.id);
    const listed = g.conditions.flatMap((c) => c.conditions.map((x) => x.ruleId));
    expect(listed.sort()).toEqual(expected.sort());
    for (const group of g.conditions) expect(group.article?.text_zh).toBeTruthy();
  });

  it('says who may apply as the code lets them: an institution of each kind, an authority of each kind', async () => {
    const g = await guide(id);
    const spec = GUIDE_SPECS.find((s) => s.procedure === id)!;
    expect(g.whoMayApply.articles.length).toBeGreaterThan(0);
    for (const kind of INSTITUTION_KINDS) {
      const institutionId = randomUUID();
      await t.handle.db
        .insertInto('institutions')
        .values({
          id: institutionId,
          name: `指南测试机构${kind}${institutionId.slice(0, 6)}`,
          kind,
          uscc: makeUscc('520100'),
          legal_representative: '张三',
          address: '贵阳市',
          jurisdiction_code: '520100',
          authority_id: f.authorities.guizhou,
          status: 'active',
          contact_phone: null,
          established_on: '2015-03-01',
        })
        .execute();
      const actor: Actor = {
        userId: randomUUID(),
        username: 'guide',
        role: 'institution_staff',
        institutionId,
      };
      const may = await m.mayOpen(t.handle.db, actor);
      // A pilot branch filing also needs the organisation's pilot case: a kind the guide names may
      // still be refused here, a kind it does not name never opens.
      // So does an exit (1x-exit §3, gz-rules §13): only an institution in the directory applies.
      if (id === 'dept-pilot-branch' || id === '1x-voluntary-exit' || id === 'gz-voluntary-exit') {
        if (!spec.institutionKinds.includes(kind)) expect(may, kind).toBe(false);
      } else expect(may, `${id} for ${kind}`).toBe(spec.institutionKinds.includes(kind));
    }
    for (const kind of AUTHORITY_KINDS) {
      const actor: Actor = {
        userId: randomUUID(),
        username: 'guide',
        role: 'authority_staff',
        authorityId: f.authorities.guizhou,
        authorityKind: kind,
        jurisdictionCode: '520000',
      };
      expect(await m.mayOpen(t.handle.db, actor), `${id} for ${kind}`).toBe(
        spec.authorityKinds.includes(kind),
      );
    }
  });
});

describe('what the guides say, read as a newcomer would', () => {
  it('the national employer filing: the centre answers within 10 working days (一(十)2), paused while correcting; 14 materials', async () => {
    const g = await guide('mohrss-employer-filing');
    expect(g.timeLimits).toContainEqual(
      expect.objectContaining({ state: 'submitted', days: 10, unit: 'working_days', pauses: true }),
    );
    expect(g.timeLimits[0]!.citationZh).toBe('一、第（十）项第2点');
    expect(g.materials[0]!.items).toHaveLength(14);
    expect(g.whoMayApply.institutionKinds).toEqual(['employer']);
    expect(g.authorities.map((a) => a.label_zh)).toEqual(['一、（三）受理机构', '一、（四）决定机构']);
  });

  it('the Guizhou selection: at least 3 full-time staff (§6(5)) with the value in force today', async () => {
    const g = await guide('gz-selection');
    const staff = g.conditions.flatMap((c) => c.conditions).find((c) => c.ruleId === 'gz-rules/6/5');
    expect(staff?.parameters.map((p) => p.value)).toContain(3);
    expect(g.whoMayApply.requires_zh).toContain('贵州');
  });

  it('the department pilot: a materials list for each track', async () => {
    const g = await guide('dept-pilot');
    expect(g.materials.map((l) => l.label_zh)).toEqual([
      '政府有关部门推荐社会培训评价组织',
      '行业组织作为社会培训评价组织',
    ]);
    expect(g.materials[0]!.items.map((i) => i.id)).not.toEqual(g.materials[1]!.items.map((i) => i.id));
  });
});
