// 1x-exit: every rule, with facts on which it holds and facts on which it fails — or, where the article
// gives it no failing case, why (tests/law/every-rule.ts). §7(4) only ever leaves the measure to the
// authority ("视情节") and is listed as judgement-only.
import { describe, expect, it } from 'vitest';
import { allRegimes } from '../../../src/rules/catalogue.js';
import type { RuleRow } from '../every-rule.js';
import { evaluate, example, findings } from '../support.js';

type Row = RuleRow & { judgementOnly?: string };
type Facts = Record<string, unknown>;
const V = '1x-exit.voluntary';
const RV = '1x-exit.revocation';
const W = '1x-exit.wrap_up';
const DAY = '2025-06-02';
const ex = (check: string, patch: Facts = {}) => example<Facts>(check, patch);
const NO_28 = ex(RV).section28 as Facts;
const flip = (
  rule: string,
  check: string,
  asOf: string,
  field: string,
  holds: unknown,
  fails: unknown,
): Row => ({
  rule: `1x-exit/${rule}`,
  check,
  asOf,
  holds: ex(check, { [field]: holds }),
  fails: ex(check, { [field]: fails }),
});
const scope = (level: string, n: number, org: boolean, cancelled: number) => ({
  level,
  certificatesImplemented: n,
  proposed: { organisationQualificationCancelled: org, certificatesCancelled: cancelled },
});
const appeal = (lodgedOn: string, lodgedWith = 'delegated_unit') => ({
  noticeReceivedOn: '2025-03-03',
  appealLodgedOn: lodgedOn,
  lodgedWith,
});
const reentry = (kind: string, decidedOn: string) => ({
  priorExits: [{ kind, level: 'organisation', decidedOn }],
});
const cert = (issuedOn: string, patch: Facts = {}) => ({
  exitKind: 'voluntary',
  exitDecidedOn: '2023-08-15',
  certificateIssuedOn: issuedOn,
  ...patch,
});

const rows: Row[] = [
  {
    rule: '1x-exit/2/p2',
    check: '1x-exit.scope',
    asOf: DAY,
    holds: scope('certificate', 1, true, 1),
    fails: scope('certificate', 1, false, 1),
  },
  {
    rule: '1x-exit/2/p3',
    check: '1x-exit.scope',
    asOf: DAY,
    holds: scope('organisation', 2, true, 2),
    fails: scope('organisation', 2, true, 1),
  },
  {
    rule: '1x-exit/4/one-year',
    check: V,
    asOf: '2022-07-15',
    holds: ex(V, { certificates: [{ name: '证书A', approvedOn: '2021-07-15' }] }),
    fails: ex(V, { certificates: [{ name: '证书A', approvedOn: '2021-07-16' }] }),
  },
  flip('4/work-completed', V, '2025-07-01', 'workCompleted', true, false),
  {
    rule: '1x-exit/6/1/intake-window',
    check: V,
    asOf: '2025-07-31',
    holds: ex(V),
    fails: null,
    cannotFail: 'received at any time (§6(1) 集中受理 batches the processing, it refuses no month)',
  },
  {
    rule: '1x-exit/6/1/intake-processing',
    check: '1x-exit.intake',
    asOf: '2025-07-01',
    holds: { receivedOn: '2025-03-10' },
    fails: { receivedOn: '2025-08-01' },
  },
  flip('6/1/paper-materials', V, '2025-01-02', 'paperMaterialsSubmitted', true, false),
  flip('9/paid-not-examined', W, DAY, 'paidNotExamined', 0, 1),
  flip('9/examined-not-certified', W, DAY, 'examinedNotCertified', 0, 1),
  flip('9/other-matters', W, DAY, 'otherMattersSettled', true, false),
  flip('5/1', RV, DAY, 'section28', NO_28, { ...NO_28, notUpdated: true }),
  flip('5/2', RV, DAY, 'workStartedOn', '2021-12-29', '2021-12-30'),
  flip('5/3', RV, DAY, 'lastUpdateOn', '2023-06-03', '2023-06-02'),
  flip('5/4/evaluations', RV, DAY, 'lastEvaluationWithCandidatesOn', '2023-06-03', '2023-06-02'),
  flip('5/4/schools', RV, DAY, 'lastSchoolImplementationOn', '2023-06-03', null),
  flip('5/5', RV, DAY, 'channelProblems', 'rectified', 'not_rectified'),
  flip('5/6', RV, DAY, 'monitoringRating', { grade: 'D', rectified: true }, { grade: 'D', rectified: false }),
  flip('5/7', RV, DAY, 'majorIllegality', false, true),
  flip('5/8', RV, DAY, 'majorRisk', false, true),
  flip('5/9', RV, DAY, 'otherDisruption', false, true),
  {
    rule: '1x-exit/5',
    check: RV,
    asOf: DAY,
    holds: ex(RV),
    fails: null,
    cannotFail:
      '"可按规定取消": with a ground present revocation is permitted, never required — needs_judgement',
  },
  {
    rule: '1x-exit/7/4',
    check: RV,
    asOf: DAY,
    holds: ex(RV, { verifiedProblems: true }),
    fails: null,
    judgementOnly: '视情节给予约谈、警告…等处理',
  },
  {
    rule: '1x-exit/7/3',
    check: '1x-exit.appeal',
    asOf: DAY,
    holds: appeal('2025-03-24'),
    fails: appeal('2025-03-25'),
  },
  {
    rule: '1x-exit/7/3/addressee',
    check: '1x-exit.appeal',
    asOf: DAY,
    holds: appeal('2025-03-10'),
    fails: appeal('2025-03-10', 'other'),
  },
  {
    rule: '1x-exit/10/voluntary',
    check: '1x-exit.reentry',
    asOf: '2024-08-21',
    holds: reentry('voluntary', '2021-08-20'),
    fails: reentry('voluntary', '2021-08-21'),
  },
  {
    rule: '1x-exit/10/revocation',
    check: '1x-exit.reentry',
    asOf: '2027-03-02',
    holds: reentry('revocation', '2022-03-01'),
    fails: reentry('revocation', '2022-03-02'),
  },
  {
    rule: '1x-exit/8',
    check: '1x-exit.certificates',
    asOf: DAY,
    holds: cert('2023-08-14'),
    fails: cert('2023-08-14', {
      exception: { reason: '证书系违规突击发放', decidedBy: '部际联席会议办公室', decidedOn: '2023-09-01' },
    }),
  },
  {
    rule: '1x-exit/11',
    check: '1x-exit.certificates',
    asOf: DAY,
    holds: cert('2023-08-14'),
    fails: cert('2023-08-16'),
  },
];

describe('1x-exit: every rule passes and fails on its article’s facts', () => {
  it('the table lists every rule of the regime exactly once', () => {
    const ids = allRegimes.find((r) => r.source === '1x-exit')!.rules.map((r) => r.id);
    expect(rows.map((r) => r.rule).sort()).toEqual([...ids].sort());
  });
  for (const row of rows)
    it(`${row.rule}: ${row.judgementOnly ? `leaves the choice to the authority (${row.judgementOnly})` : row.cannotFail ? `holds; cannot fail here (${row.cannotFail})` : 'holds on the passing facts, fails on the failing facts'}`, () => {
      const ok = findings(evaluate(row.check, row.asOf, row.holds), row.rule);
      expect(ok.length).toBeGreaterThan(0);
      if (row.judgementOnly) {
        expect(ok.every((f) => f.passed === 'needs_judgement' && (f.options?.length ?? 0) >= 2)).toBe(true);
        return;
      }
      expect(ok.every((f) => f.passed === true)).toBe(true);
      if (row.cannotFail) return;
      const bad = findings(evaluate(row.check, row.asOf, row.fails), row.rule);
      expect(bad.some((f) => f.passed === false)).toBe(true);
    });
  it('1x-exit/6/1/intake-window receives an application in February and queues it for July', () => {
    const got = findings(evaluate(V, '2025-02-03', ex(V)), '1x-exit/6/1/intake-window');
    expect(got.every((f) => f.passed === true && f.values.intakeOpensOn === '2025-07-01')).toBe(true);
  });
});
