// The machines of mohrss-filing 一 on the pure transition function: every declared transition taken
// at the end of its shortest path (paths()), every route to a final state, each citing its article;
// the clock of 一(十)2 pausing on a correction; and the branch refused before the ministry receipt.
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/domain/citation.js';
import { listEntryIds } from '../../src/parameters/parameter.js';
import { employerMaterials } from '../../src/parameters/mohrss-filing.js';
import { nextState, paths, pathsToFinal, type Machine } from '../../src/workflows/machine.js';
import { clockEffects } from '../../src/workflows/clock-effects.js';
import { employerFilingMachine as m } from '../../src/workflows/employer-filing/machine.js';
import type { EmployerFilingCtx, EmployerFilingData } from '../../src/workflows/employer-filing/data.js';
import { branchFilingMachine as b } from '../../src/workflows/branch-filing/machine.js';
import type {
  BranchFilingCtx,
  BranchFilingData,
  ParentFiling,
} from '../../src/workflows/branch-filing/data.js';
import { branchFilingCode, ministryFilingCode } from '../../src/workflows/employer-filing/filing-code.js';
import type { Recommendation } from '../../src/workflows/review/decision.js';

const TODAY = '2026-03-11';
const MATERIALS = listEntryIds(employerMaterials);
const ASSESSMENT = {
  skilledWorkersImportantPart: true,
  trainingEvaluationFoundation: true,
  talentMechanism: true,
};

const initial = (): EmployerFilingData => ({
  declaration: { nationalEmployer: true, enterpriseCategory: 'central_soe', acceptsSupervision: true },
  scopes: [{ occupationCode: '6-31-01-03', level: 3, occupationName: '电工' }],
});

/** Guard facts under which the event's guard passes (the test walks the happy side of every transition). */
function ctxFor(event: string, data: EmployerFilingData, files: number): EmployerFilingCtx {
  const materials = MATERIALS.map((item) => ({ id: `${item}-v${files}`, item }));
  const outcome: Record<string, Recommendation> = {
    approve_review: 'approve',
    reject_review: 'reject',
    request_revision: 'revise',
  };
  const members = ['e1', 'e2', 'e3'];
  return {
    today: TODAY,
    materials,
    occupations: { '6-31-01-03': '电工' },
    draw: {
      panelId: 'panel-1',
      pool: { id: 'pool-1', name: '全国技能人才评价专家库', usable: true, size: 5 },
      seed: '0'.repeat(32),
      size: 3,
      roster: [],
      eligibleIds: [...members, 'e4'],
      excluded: [],
      order: [],
      members,
      today: TODAY,
    },
    opinions: {
      memberIds: data.panel?.memberIds ?? members,
      round: data.panel?.round ?? 1,
      votes: members.map((expertId) => ({
        expertId,
        recommendation: outcome[event] ?? 'approve',
        opinion: '意见',
      })),
      today: TODAY,
    },
    filingCode: ministryFilingCode(2026, 1),
  };
}

const payloadFor = (event: string): unknown =>
  ({
    submit: { truthful: true },
    request_correction: { items: [{ item: 'assessor_roster', reason: '缺少等级栏目' }] },
    draw_panel: { poolId: 'pool-1', size: 3 },
    approve_review: { assessment: ASSESSMENT },
    request_revision: { reason: '补充题库清单' },
    request_review_correction: {
      items: ['考评人员名册缺少职业（工种）栏目'],
      reason: '组织技术评审前发现名册不全',
    },
    update_application: { scopes: [{ occupationCode: '6-31-01-03', level: 2 }] },
  })[event];

function walk(steps: { event: string; to: string }[]) {
  let snapshot = { state: m.initial as string, data: initial() };
  let files = 1;
  const results = [];
  for (const step of steps) {
    const role = m.transitions.find((t) => t.from === snapshot.state && t.event === step.event)!.actor[0]!;
    const r = nextState(
      m as Machine<string, string, EmployerFilingData, EmployerFilingCtx>,
      snapshot,
      { type: step.event, actor: role, payload: payloadFor(step.event) },
      ctxFor(step.event, snapshot.data, files),
    );
    if (!r.ok) throw new Error(`${snapshot.state} --${step.event}: ${r.detail_zh}`);
    expect(r.to).toBe(step.to);
    // A correction asks for new files: the next resubmission brings them.
    if (step.event === 'request_correction' || step.event === 'request_revision') files += 1;
    snapshot = { state: r.to, data: r.data };
    results.push(r);
  }
  return { snapshot, results };
}

describe('mohrss-filing 一: the national employer’s filing machine', () => {
  it('takes every declared transition at the end of its shortest path, each citing mohrss-filing', () => {
    for (const path of paths(m)) {
      const { results } = walk(path);
      const last = results.at(-1)!;
      expect(last.ok && last.citations.length).toBeGreaterThan(0);
      if (last.ok) expect(last.citations.every((c) => c.source === 'mohrss-filing')).toBe(true);
    }
  });

  it('reaches a final state on every route without repeating a transition', () => {
    const routes = pathsToFinal(m);
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes)
      expect(m.states[walk(route).snapshot.state as keyof typeof m.states].final).toBe(true);
  });

  it('goes from application to publication citing 一(十)1 to 6 in order, with the filing code recorded', () => {
    const { snapshot, results } = walk([
      { event: 'submit', to: 'submitted' },
      { event: 'accept', to: 'accepted' },
      { event: 'draw_panel', to: 'under_review' },
      { event: 'approve_review', to: 'approved' },
      { event: 'file', to: 'filed' },
      { event: 'publish', to: 'published' },
    ]);
    expect(results.map((r) => (r.ok ? formatCitation(r.citations[0]!) : ''))).toEqual([
      'mohrss-filing 一(十).1',
      'mohrss-filing 一(十).2',
      'mohrss-filing 一(十).3',
      'mohrss-filing 一(十).3',
      'mohrss-filing 一(十).4',
      'mohrss-filing 一(十).6',
    ]);
    expect(snapshot.data).toMatchObject({
      expertIds: ['e1', 'e2', 'e3'],
      filing: { code: 'Y2026000001', filedOn: TODAY },
      assessment: ASSESSMENT,
      submittedOn: TODAY,
    });
  });

  it('一(十)2: the acceptance clock pauses on a correction and resumes on the resubmission, ends on the answer', () => {
    expect(clockEffects(m, 'draft', 'submitted')).toEqual([
      expect.objectContaining({ op: 'enter', clock: 'acceptance_answer' }),
    ]);
    expect(clockEffects(m, 'submitted', 'correction_requested')).toEqual([
      { op: 'pause', clock: 'acceptance_answer' },
    ]);
    expect(clockEffects(m, 'correction_requested', 'submitted')).toEqual([
      expect.objectContaining({ op: 'enter', clock: 'acceptance_answer' }),
    ]);
    expect(clockEffects(m, 'submitted', 'accepted')).toEqual([{ op: 'meet', clock: 'acceptance_answer' }]);
    expect(m.states.submitted.clock).toMatchObject({
      parameter: 'mohrss-filing.employer.acceptance_working_days',
      kind: 'working_days',
      pauses: true,
    });
  });

  it('一(十)2: a resubmission with the same files as at the correction request is refused', () => {
    const { snapshot } = walk([
      { event: 'submit', to: 'submitted' },
      { event: 'request_correction', to: 'correction_requested' },
    ]);
    const sameFiles = { ...ctxFor('resubmit', snapshot.data, 1) };
    const r = nextState(m, snapshot as never, { type: 'resubmit', actor: 'applicant' }, sameFiles);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.findings.find((f) => f.ruleId === 'workflow/employer-filing/corrected')).toMatchObject({
        passed: false,
        values: { notReplaced: ['assessor_roster'] },
      });
  });

  it('only the applicant submits and withdraws; only the authority accepts, draws, decides, files and publishes', () => {
    for (const t of m.transitions) {
      const applicantEvents = [
        'update_application',
        'submit',
        'resubmit',
        'resubmit_revision',
        'resubmit_review_correction',
        'withdraw',
      ];
      expect(t.actor).toEqual(applicantEvents.includes(t.event) ? ['applicant'] : ['authority']);
    }
  });
});

describe('mohrss-filing 一(十)5: the branch’s provincial filing machine', () => {
  const parent = (receipt: boolean): ParentFiling => ({
    caseId: 'parent',
    state: receipt ? 'filed' : 'under_review',
    institutionId: 'inst',
    filingCode: receipt ? 'Y2026000001' : null,
    receipt: receipt ? { number: '中就培备字〔2026〕1号', issuedOn: '2026-03-20' } : null,
    scopes: [{ occupationCode: '6-31-01-03', level: 3 }],
  });
  const data: BranchFilingData = {
    parentCaseId: 'parent',
    branch: { id: 'br', name: '贵州分公司', jurisdictionCode: '520100' },
    scopes: [{ occupationCode: '6-31-01-03', level: 3 }],
    openedBy: 'authority',
  };
  const ctx = (receipt: boolean): BranchFilingCtx => ({
    today: TODAY,
    parent: parent(receipt),
    occupations: {},
    filingCode: branchFilingCode('Y2026000001', '520100', 1),
  });

  it('refuses the submission while the employer has no ministry receipt, citing 一(十)5', () => {
    const r = nextState(b, { state: 'draft', data }, { type: 'submit', actor: 'authority' }, ctx(false));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.findings[0]).toMatchObject({
        ruleId: 'workflow/branch-filing/parent-receipt',
        passed: false,
        citation: { source: 'mohrss-filing', article: '一', item: '十', point: 5 },
      });
  });

  it('files the branch with a code made of the parent’s code, the province and a serial, against the receipt', () => {
    const submitted = nextState(
      b,
      { state: 'draft', data },
      { type: 'submit', actor: 'applicant' },
      ctx(true),
    );
    expect(submitted.ok && submitted.to).toBe('under_review');
    const filed = nextState(
      b,
      { state: 'under_review', data },
      { type: 'file', actor: 'authority', payload: { opinion: '符合' } },
      ctx(true),
    );
    expect(filed.ok && filed.data.filing).toEqual({
      code: 'Y2026000001-52001',
      filedOn: TODAY,
      parentFilingCode: 'Y2026000001',
      parentReceiptNumber: '中就培备字〔2026〕1号',
    });
    expect(
      nextState(b, { state: 'under_review', data }, { type: 'file', actor: 'applicant' }, ctx(true)),
    ).toMatchObject({
      ok: false,
      reason: 'not_allowed',
    });
  });

  it('refuses a branch scope outside the employer’s filed scope', () => {
    const wider = { ...data, scopes: [{ occupationCode: '6-18-02-04', level: 3 }] };
    const r = nextState(
      b,
      { state: 'draft', data: wider },
      { type: 'submit', actor: 'applicant' },
      ctx(true),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.findings.find((f) => f.ruleId === 'workflow/branch-filing/scope')!.passed).toBe(false);
  });

  it('codes: Y + year + 6-digit serial; branch = parent - province (2) + 3-digit serial, within range', () => {
    expect(ministryFilingCode(2026, 1)).toBe('Y2026000001');
    expect(ministryFilingCode(2026, 999_999)).toBe('Y2026999999');
    expect(() => ministryFilingCode(2026, 1_000_000)).toThrow(RangeError);
    expect(branchFilingCode('Y2026000001', '330200', 12)).toBe('Y2026000001-33012');
    expect(() => branchFilingCode('Y2026000001', '330200', 1000)).toThrow(RangeError);
    expect(() => branchFilingCode('X1', '330200', 1)).toThrow(RangeError);
  });
});
