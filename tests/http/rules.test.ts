// POST /api/v1/rules/evaluate and GET /api/v1/rules over HTTP (in-process, on the test database).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => t.close());

const evaluate = (payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/rules/evaluate', payload: payload as object });
const social = (patch: Record<string, unknown> = {}) => ({
  applyingAs: 'social_org',
  legalForm: 'private_non_enterprise',
  misconductRecords: [],
  annualInspectionFailures: [],
  illegalSocialOrgListings: [],
  businessAnomalyListings: [],
  specialRectifications: [],
  ...patch,
});

describe('POST /api/v1/rules/evaluate', () => {
  it('pass: a quota with 2 organisations already filed, citing mohrss-filing 二(四)', async () => {
    const res = await evaluate({
      check: 'mohrss-filing.social_org.quota',
      asOf: '2026-11-25',
      facts: {
        jurisdictionCode: '520000',
        occupations: [{ code: '4-03-02-01', otherFiledOrganisations: 2 }],
      },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      check: 'mohrss-filing.social_org.quota',
      asOf: '2026-11-25',
      outcome: 'pass',
    });
    expect(body.findings[0]).toMatchObject({
      ruleId: 'mohrss-filing/2/4',
      citation: { source: 'mohrss-filing', article: '二', item: '四' },
      citationText: 'mohrss-filing 二(四)',
      citationZh: '二、第（四）项',
      passed: true,
    });
  });

  it('fail: a failed civil-affairs inspection within 3 years bars, citing gz-rules §7(3)', async () => {
    const res = await evaluate({
      check: 'gz-rules.prohibitions',
      asOf: '2026-11-25',
      facts: social({ annualInspectionFailures: [{ on: '2024-05-01' }] }),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.outcome).toBe('fail');
    const f = body.findings.find((x: { ruleId: string }) => x.ruleId === 'gz-rules/7/3');
    expect(f).toMatchObject({
      passed: false,
      citationText: 'gz-rules §7(3)',
      citationZh: '第七条第（三）项',
    });
    expect(f.message_zh).toContain('年检不合格');
  });

  it('needs_judgement: a social group whose decoupling is not established, with the options', async () => {
    const res = await evaluate({
      check: 'gz-rules.prohibitions',
      asOf: '2026-11-25',
      facts: social({ legalForm: 'social_group' }),
    });
    expect(res.json().outcome).toBe('needs_judgement');
    expect(
      res.json().findings.find((x: { ruleId: string }) => x.ruleId === 'gz-rules/7/1').options,
    ).toHaveLength(2);
  });

  it('deadlines use the working-day calendar: 10 working days from 2026-09-28 are due on 2026-10-16', async () => {
    const res = await evaluate({
      check: 'mohrss-filing.employer.acceptance_deadline',
      asOf: '2026-10-20',
      facts: { receivedOn: '2026-09-28', answeredOn: '2026-10-17' },
    });
    expect(res.json()).toMatchObject({ outcome: 'fail', findings: [{ values: { due: '2026-10-16' } }] });
  });

  it('an unknown check answers 404 RULES_CHECK_UNKNOWN', async () => {
    const res = await evaluate({ check: 'gz-rules.no_such_check', asOf: '2026-11-25', facts: {} });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'RULES_CHECK_UNKNOWN' });
  });

  it('bad facts answer 422 RULES_FACTS_INVALID with Chinese field errors', async () => {
    const res = await evaluate({
      check: 'gz-rules.selection.social_org',
      asOf: '2026-11-25',
      facts: { fullTimeStaff: 'three' },
    });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('RULES_FACTS_INVALID');
    expect(body.detail).toMatch(/专职工作人员人数/);
    expect(body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'facts.fullTimeStaff' })]),
    );
  });

  it('every field problem of bad facts names its field and says what is wrong in English too', async () => {
    const res = await evaluate({
      check: 'gz-rules.selection.social_org',
      asOf: '2026-11-25',
      facts: { fullTimeStaff: 'three' },
    });
    const body = res.json<{
      title_en?: string;
      detail_en?: string;
      errors: { path: string; label?: string; label_en?: string; message_en?: string }[];
    }>();
    expect(body.errors.length).toBeGreaterThan(0);
    for (const e of body.errors) {
      // A field problem without English fails here: the English interface would show Chinese.
      expect(e.label, e.path).toBeTruthy();
      expect(e.label_en, e.path).toBeTruthy();
      expect(e.message_en, e.path).toBeTruthy();
      expect(`${e.label_en} ${e.message_en}`).not.toMatch(/[\u3400-\u9fff]/);
    }
    expect(body.errors.find((e) => e.path === 'facts.fullTimeStaff')?.label_en).toMatch(/full-time staff/i);
    expect(`${body.title_en} ${body.detail_en}`).not.toMatch(/[\u3400-\u9fff]/);
  });

  it('an unknown field inside facts is 422; an unknown field in the body is 400', async () => {
    const inFacts = await evaluate({
      check: 'gz-rules.exit.ordered',
      asOf: '2026-11-25',
      facts: { violationEstablished: true, guess: 1 },
    });
    expect(inFacts.statusCode).toBe(422);
    expect(inFacts.json().detail).toContain('不允许的字段：guess');
    const inBody = await evaluate({
      check: 'gz-rules.exit.ordered',
      asOf: '2026-11-25',
      facts: { violationEstablished: true },
      extra: true,
    });
    expect(inBody.statusCode).toBe(400);
  });

  it('a date before the regime applies answers 422 RULES_NOT_IN_FORCE', async () => {
    const res = await evaluate({
      check: 'mohrss-filing.social_org.quota',
      asOf: '2021-12-22',
      facts: {
        jurisdictionCode: '520000',
        occupations: [{ code: '4-03-02-01', otherFiledOrganisations: 0 }],
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('RULES_NOT_IN_FORCE');
  });
});

describe('GET /api/v1/rules (the catalogue)', () => {
  it('lists regimes with article texts and coverage, rules with citations, dated parameters and checks with schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/rules' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.regimes.map((r: { source: string }) => r.source).sort()).toEqual([
      '1x-exit',
      '1x-selection',
      'dept-pilot',
      'gz-rules',
      'mohrss-filing',
      'mohrss-violations',
    ]);
    const gz = body.regimes.find((r: { source: string }) => r.source === 'gz-rules');
    expect(gz).toMatchObject({ inForceFrom: '2020-01-01', issuedOn: null });
    expect(
      gz.articles.find((a: { citationText: string }) => a.citationText === 'gz-rules §6(5)'),
    ).toMatchObject({
      citationZh: '第六条第（五）项',
      text_zh: expect.stringContaining('不少于3人'),
      coverage: { status: 'encoded', ruleIds: ['gz-rules/6/5'] },
    });
    expect(body.rules.find((r: { id: string }) => r.id === 'gz-rules/6/5')).toMatchObject({
      citationText: 'gz-rules §6(5)',
      parameters: ['gz-rules.social_org.min_full_time_staff'],
    });
    const staff = body.parameters.find(
      (p: { id: string }) => p.id === 'gz-rules.social_org.min_full_time_staff',
    );
    expect(staff).toMatchObject({ unit: 'persons' });
    expect(staff.versions.at(-1)).toMatchObject({
      from: '2020-01-01',
      value: 3,
      referenceText: 'gz-rules §6(5)',
    });
    const check = body.checks.find((c: { name: string }) => c.name === 'gz-rules.selection.social_org');
    expect(check.factsSchema.properties.fullTimeStaff.description).toBe('专职工作人员人数');
    expect(check.ruleIds).toContain('gz-rules/6/5');
  });

  it('GET /rules/checks/:name answers one check, or 404 for an unknown one', async () => {
    const ok = await t.app.inject({
      method: 'GET',
      url: '/api/v1/rules/checks/dept-pilot.submission_checklist',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'dept-pilot.submission_checklist', regime: 'dept-pilot' });
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/rules/checks/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('RULES_CHECK_UNKNOWN');
  });
});
