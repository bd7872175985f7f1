// The violation procedure's machine, pure (mohrss-violations §16–19, 1x-exit §7(3)): the review request of a
// 1+X organisation within 15 working days of service counted on the calendar, one review only, and a
// decision that only lightens the notice.
import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../calendar/calendar-data.js';
import { nextState, validateMachine } from '../machine.js';
import type { ViolationCaseData, ViolationCtx } from './data.js';
import { violationCaseMachine } from './machine.js';
import { lightened, notifiedSanctions } from './sanction-plan.js';

const ctx = (today: string): ViolationCtx => ({
  today,
  calendar: builtInCalendar(),
  session: null,
  sessionStaff: [],
  certificates: [],
  institution: { id: 'i', name: '某评价组织', kind: 'training_org', status: 'active' },
  priorWarning: null,
  lastEvaluationOn: null,
  lookups: [],
});

const served = (servedOn: string, x = true): ViolationCaseData => ({
  subject: 'institution',
  decidedBy: 'authority',
  origin: 'inspection',
  partyName: '某评价组织',
  institutionName: '某评价组织',
  xOrganisation: x,
  sessionId: null,
  candidateId: null,
  staffId: null,
  staffDuty: null,
  summary: '检查',
  basis: null,
  record: null,
  charge: null,
  proposal: { sanctions: ['warning', 'rectification', 'suspension'], judgements: [], ban: null },
  notice: null,
  statements: [],
  decision: {
    decidedOn: servedOn,
    sanctions: ['warning', 'rectification', 'suspension'],
    choices: { reason: '依规则建议', creditBlacklist: true, publish: true },
    departure: null,
  },
  service: { servedOn, means: 'in_person' },
  review: null,
  reviewDecision: null,
  rectification: null,
  dropped: null,
});

const request = (data: ViolationCaseData, on: string) =>
  nextState(
    violationCaseMachine,
    { state: 'in_force', data },
    {
      type: 'request_review',
      actor: 'applicant',
      payload: { grounds: '不服处理', requestedOn: on, form: 'online' },
    },
    ctx(on),
  );

describe('the violation machine', () => {
  it('is well formed: every state reachable, every transition cites an article', () => {
    expect(validateMachine(violationCaseMachine)).toEqual([]);
  });

  it('1x-exit §7(3): served 2025-03-03, a review asked on 2025-03-24 (15th working day) is in time, on 2025-03-25 late', () => {
    expect(request(served('2025-03-03'), '2025-03-24').ok).toBe(true);
    const late = request(served('2025-03-03'), '2025-03-25');
    expect(late.ok).toBe(false);
    expect(
      late.ok === false && late.findings.some((f) => f.ruleId === '1x-exit/7/3' && f.passed === false),
    ).toBe(true);
  });

  it('the 15 working days follow the calendar: served Fri 2025-09-26, the holiday (10-01–08) skipped and the swapped Sunday 09-28 and Saturday 10-11 counted — in time on 2025-10-23, late on 10-24', () => {
    expect(request(served('2025-09-26'), '2025-10-17').ok).toBe(true);
    expect(request(served('2025-09-26'), '2025-10-23').ok).toBe(true);
    expect(request(served('2025-09-26'), '2025-10-24').ok).toBe(false);
  });

  it('mohrss-violations §19 sets no period for others: a review a year later is received', () => {
    expect(request(served('2025-03-03', false), '2026-03-03').ok).toBe(true);
  });

  it('§19: one review only — a decision already reviewed is not reviewed again', () => {
    const reviewed = {
      ...served('2025-03-03', false),
      reviewDecision: { decidedOn: '2025-03-10', outcome: 'upheld' as const, reason: '维持' },
    };
    expect(request(reviewed, '2025-03-12').ok).toBe(false);
  });

  it('a decision only lightens what was notified: withdrawing the bad-credit entry drops it, nothing is added', () => {
    const p = { sanctions: ['warning', 'rectification', 'suspension'] as const, judgements: [], ban: null };
    const notified = { reason: 'r', creditBlacklist: true, publish: true };
    const decided = lightened(notified, ['credit_blacklist']);
    expect(notifiedSanctions({ ...p, sanctions: [...p.sanctions] }, notified)).toContain('credit_blacklist');
    expect(notifiedSanctions({ ...p, sanctions: [...p.sanctions] }, decided)).not.toContain(
      'credit_blacklist',
    );
    expect(decided.publish).toBe(true);
  });
});
