// mohrss-violations: every rule, with facts on which it holds and facts on which it fails — or, where the
// article gives it no failing case, why (tests/law/every-rule.ts). Rules that only ever leave a choice to
// the authority ("视情况", "视情节") are listed as judgement-only and must offer options.
import { describe, expect, it } from 'vitest';
import { allRegimes } from '../../../src/rules/catalogue.js';
import type { RuleRow } from '../every-rule.js';
import { evaluate, findings } from '../support.js';

type Row = RuleRow & { judgementOnly?: string };
const C = 'mohrss-violations.sanction.candidate';
const S = 'mohrss-violations.sanction.staff';
const I = 'mohrss-violations.sanction.institution';
const D = 'mohrss-violations.procedure.decision';
const R = 'mohrss-violations.procedure.review';
const DAY = '2024-06-10';
const O = 'mohrss-violations.evaluation_session.opening';
const session = (patch: Record<string, unknown> = {}) => ({
  occupationCode: '6-31-01-03',
  level: 3,
  startsOn: '2024-06-17',
  endsOn: '2024-06-18',
  status: 'active',
  grants: [{ occupationCode: '6-31-01-03', level: 3, validFrom: '2023-01-01', validTo: '2025-12-31' }],
  site: { ownSite: true, provinceCode: '52' },
  filedProvinceCode: '52',
  ...patch,
});

const ST = 'mohrss-violations.session_staff.assignment';
const RS = 'mohrss-violations.evaluation_session.result';
const CL = 'mohrss-violations.evaluation_session.closing';
const staffOn = (patch: Record<string, unknown> = {}) => ({
  duty: 'assessor',
  session: { occupationCode: '6-31-01-03', level: 3, startsOn: '2024-06-17', endsOn: '2024-06-18' },
  roles: [{ role: 'assessor', occupationCode: '6-31-01-03', level: 3 }],
  sanctions: [],
  ...patch,
});
const scoredSubject = (subject: string, score: number) => ({
  subject,
  fullMark: 100,
  passMark: 60,
  outcome: 'scored',
  score,
  cancelArticle: null,
});
const cancelled = (subject: string, cancelArticle: string) => ({
  subject,
  fullMark: 100,
  passMark: 60,
  outcome: 'cancelled',
  score: null,
  cancelArticle,
});
const result = ([theory, skills]: [number, number] = [60, 75]) => ({
  subjects: [scoredSubject('theory', theory), scoredSubject('skills', skills)],
});
const closing = (patch: Record<string, unknown> = {}) => ({
  staff: { exam_admin: 1, assessor: 1, quality_supervisor: 1 },
  subjects: ['theory', 'skills'],
  passMarksSet: ['theory', 'skills'],
  incomplete: [],
  candidates: 3,
  ...patch,
});

const cand = (violation: string, patch: Record<string, unknown> = {}) => ({
  violation,
  discoveredAfterEvaluation: false,
  certificateIssued: false,
  ...patch,
});
const inst = (violation: string, patch: Record<string, unknown> = {}) => ({ violation, ...patch });
const decision = (patch: Record<string, unknown> = {}) => ({
  subject: 'candidate',
  decidedBy: 'institution',
  discoveredAfterEvaluation: false,
  signatures: 2,
  confirmedBySiteHead: true,
  priorNotice: { servedOn: '2024-06-03', proposedDecision: true, facts: true, reasons: true, basis: true },
  ...patch,
});
const staffCase = { subject: 'staff', signatures: undefined, confirmedBySiteHead: undefined };
const review = (patch: Record<string, unknown> = {}) => ({
  decisionBy: 'authority',
  requester: 'concerned',
  addressedTo: 'authority',
  reviewDecisionBy: 'authority',
  ...patch,
});
const NO_ELEMENT = 'the item prescribes its sanction for the conduct charged; it has no further element';
const INACTIVE = { inactivity: { lastEvaluationOn: '2023-03-01', justifiedReason: false } };
const WARNED = { priorWarning: { warnedOn: '2023-04-10', rectificationCompletedOn: '2023-06-30' } };

const rows: Row[] = [
  ...[1, 2, 3].map((i) => ({
    rule: `mohrss-violations/5/${i}`,
    check: C,
    asOf: DAY,
    holds: cand(`5(${i})`, { remindedAndRefused: true }),
    fails: cand(`5(${i})`, { remindedAndRefused: false }),
  })),
  {
    rule: 'mohrss-violations/5/4',
    check: C,
    asOf: DAY,
    holds: cand('5(4)'),
    fails: null,
    cannotFail: NO_ELEMENT,
  },
  ...[1, 2, 3, 4, 5].map((i) => ({
    rule: `mohrss-violations/6/${i}`,
    check: C,
    asOf: DAY,
    holds: cand(`6(${i})`),
    fails: null,
    cannotFail: NO_ELEMENT,
  })),
  ...[1, 2, 3, 4, 5, 6, 7].map((i) => ({
    rule: `mohrss-violations/7/${i}`,
    check: C,
    asOf: DAY,
    holds: cand(`7(${i})`, { severity: 'minor' }),
    fails: null,
    cannotFail: NO_ELEMENT,
  })),
  {
    rule: 'mohrss-violations/7',
    check: C,
    asOf: DAY,
    holds: cand('7(2)', { severity: 'serious' }),
    fails: null,
    cannotFail: 'a ban follows either way; undetermined severity is needs_judgement between the two',
  },
  {
    rule: 'mohrss-violations/8',
    check: C,
    asOf: DAY,
    holds: cand('6(1)', { discoveredAfterEvaluation: true, certificateIssued: true }),
    fails: null,
    cannotFail: '§8 applies §5–7 to conduct found afterwards; it is returned only for such conduct',
  },
  {
    rule: 'mohrss-violations/6/ban',
    check: 'mohrss-violations.ban.candidate',
    asOf: '2025-01-01',
    holds: { decisions: [{ article: '6', decidedOn: '2024-05-20' }] },
    fails: { decisions: [{ article: '6', decidedOn: '2025-01-01' }] },
  },
  {
    rule: 'mohrss-violations/7/ban',
    check: 'mohrss-violations.ban.candidate',
    // A 2-year ban of 2024-05-20 ends with 2026-05-20 (民法典 §201–202): free on 2026-05-21.
    asOf: '2026-05-21',
    holds: { decisions: [{ article: '7', decidedOn: '2024-05-20', severity: 'minor' }] },
    fails: { decisions: [{ article: '7', decidedOn: '2024-05-20', severity: 'serious' }] },
  },
  ...[1, 2, 3, 4, 5].map((i) => ({
    rule: `mohrss-violations/9/${i}`,
    check: S,
    asOf: DAY,
    holds: { role: 'exam_admin', violation: `9(${i})` },
    fails: { role: 'assessor', violation: `9(${i})` },
  })),
  ...[1, 2, 3].map((i) => ({
    rule: `mohrss-violations/10/${i}`,
    check: S,
    asOf: DAY,
    holds: { role: 'assessor', violation: `10(${i})` },
    fails: { role: 'exam_admin', violation: `10(${i})` },
  })),
  {
    rule: 'mohrss-violations/11',
    check: S,
    asOf: DAY,
    holds: { role: 'quality_supervisor', violation: '11', adverseEffect: true },
    fails: { role: 'quality_supervisor', violation: '11', adverseEffect: false },
  },
  {
    rule: 'mohrss-violations/9/ban',
    check: 'mohrss-violations.ban.exam_admin',
    asOf: '2025-01-01',
    holds: { decisions: [{ decidedOn: '2024-05-20' }] },
    fails: { decisions: [{ decidedOn: '2025-01-01' }] },
  },
  ...[1, 2, 4].map((i) => ({
    rule: `mohrss-violations/12/${i}`,
    check: I,
    asOf: DAY,
    holds: inst(`12(${i})`, { severity: 'minor' }),
    fails: inst(`12(${i})`, { severity: 'serious' }),
  })),
  {
    rule: 'mohrss-violations/12/3',
    check: I,
    asOf: DAY,
    holds: inst('12(3)', { severity: 'minor' }),
    fails: null,
    cannotFail: '§12(3) has no 情节 qualifier: incomplete archives are §12(3) at any severity',
  },
  {
    rule: 'mohrss-violations/12',
    check: I,
    asOf: DAY,
    holds: inst('12(3)'),
    fails: null,
    judgementOnly: '视情况宣布成绩部分或全部无效',
  },
  {
    rule: 'mohrss-violations/13/1',
    check: I,
    asOf: DAY,
    holds: inst('13(1)', { section12Item: 1, severity: 'serious' }),
    fails: inst('13(1)', { section12Item: 1, severity: 'minor' }),
  },
  ...[2, 4, 6].map((i) => ({
    rule: `mohrss-violations/13/${i}`,
    check: I,
    asOf: DAY,
    holds: inst(`13(${i})`),
    fails: null,
    cannotFail: NO_ELEMENT,
  })),
  {
    rule: 'mohrss-violations/13/3',
    check: I,
    asOf: '2024-03-01',
    holds: inst('13(3)', INACTIVE),
    fails: inst('13(3)', { inactivity: { lastEvaluationOn: '2023-03-02', justifiedReason: false } }),
  },
  {
    rule: 'mohrss-violations/13/5',
    check: I,
    asOf: DAY,
    holds: inst('13(5)', { rectification: { dueOn: '2024-05-31', completedOn: '2024-06-01' } }),
    fails: inst('13(5)', { rectification: { dueOn: '2024-05-31', completedOn: '2024-05-31' } }),
  },
  {
    rule: 'mohrss-violations/13/7',
    check: I,
    asOf: DAY,
    holds: inst('13(7)', { verified: true }),
    fails: inst('13(7)', { verified: false }),
  },
  {
    rule: 'mohrss-violations/13',
    check: I,
    asOf: DAY,
    holds: inst('13(2)'),
    fails: null,
    judgementOnly: '视情况列入诚信不良档案并向社会公布',
  },
  ...[1, 3, 4, 5].map((i) => ({
    rule: `mohrss-violations/14/${i}`,
    check: I,
    asOf: DAY,
    holds: inst(`14(${i})`),
    fails: null,
    cannotFail: NO_ELEMENT,
  })),
  {
    rule: 'mohrss-violations/14/2',
    check: I,
    asOf: DAY,
    holds: inst('14(2)', { severity: 'serious' }),
    fails: inst('14(2)', { severity: 'minor' }),
  },
  {
    rule: 'mohrss-violations/14/6',
    check: I,
    asOf: DAY,
    holds: inst('14(6)', { ...WARNED, conductOn: '2023-07-01' }),
    fails: inst('14(6)', { ...WARNED, conductOn: '2023-06-29' }),
  },
  {
    rule: 'mohrss-violations/14/7',
    check: I,
    asOf: '2024-03-01',
    holds: inst('14(7)', INACTIVE),
    fails: inst('14(7)', { inactivity: { lastEvaluationOn: '2023-03-02', justifiedReason: false } }),
  },
  {
    rule: 'mohrss-violations/14/8',
    check: I,
    asOf: DAY,
    holds: inst('14(8)', { severity: 'serious', verified: true }),
    fails: inst('14(8)', { severity: 'serious', verified: false }),
  },
  {
    rule: 'mohrss-violations/15/p1',
    check: I,
    asOf: DAY,
    holds: inst('15p1', { certificateData: { outOfScopeRecords: 0, erroneousRecords: 1 } }),
    fails: inst('15p1', { certificateData: { outOfScopeRecords: 0, erroneousRecords: 0 } }),
  },
  {
    rule: 'mohrss-violations/15/p1/sanction',
    check: I,
    asOf: DAY,
    holds: inst('15p1', { certificateData: { outOfScopeRecords: 1, erroneousRecords: 0 } }),
    fails: null,
    judgementOnly: '视情节给予警告、暂停评价活动、直至终止备案',
  },
  {
    rule: 'mohrss-violations/15/p2',
    check: I,
    asOf: DAY,
    holds: inst('15p2', { dataSecurity: { breaches: ['over_scope_read'], unlawful: true } }),
    fails: null,
    cannotFail: 'every breach named in ¶2 brings its measures; only the referral can be left to judgement',
  },
  {
    rule: 'mohrss-violations/16/competence',
    check: D,
    asOf: DAY,
    holds: decision(),
    fails: decision({ decidedBy: 'authority' }),
  },
  {
    rule: 'mohrss-violations/16/p1/signatures',
    check: D,
    asOf: DAY,
    holds: decision({ signatures: 2 }),
    fails: decision({ signatures: 1 }),
  },
  {
    rule: 'mohrss-violations/16/p1/site-head',
    check: D,
    asOf: DAY,
    holds: decision(),
    fails: decision({ confirmedBySiteHead: false }),
  },
  {
    rule: 'mohrss-violations/16/p2',
    check: D,
    asOf: DAY,
    holds: decision({ ...staffCase, reportedToAuthority: true }),
    fails: decision({ ...staffCase, reportedToAuthority: false }),
  },
  {
    rule: 'mohrss-violations/17/p1/timing',
    check: D,
    asOf: '2024-06-04',
    holds: decision(),
    fails: decision({ priorNotice: null }),
  },
  {
    rule: 'mohrss-violations/17/p1/contents',
    check: D,
    asOf: DAY,
    holds: decision(),
    fails: decision({
      priorNotice: {
        servedOn: '2024-06-03',
        proposedDecision: true,
        facts: true,
        reasons: true,
        basis: false,
      },
    }),
  },
  {
    rule: 'mohrss-violations/17/p2',
    check: D,
    asOf: DAY,
    holds: decision({ decision: { written: true, servedOrAnnounced: true } }),
    fails: decision({ decision: { written: true, servedOrAnnounced: false } }),
  },
  {
    rule: 'mohrss-violations/18',
    check: D,
    asOf: DAY,
    holds: decision({ otherAuthority: { conclusionOn: '2024-05-01', reliedOn: true } }),
    fails: decision({ otherAuthority: { conclusionOn: '2024-05-01', reliedOn: false } }),
  },
  {
    rule: 'mohrss-violations/19/standing',
    check: R,
    asOf: DAY,
    holds: review(),
    fails: review({ requester: 'other' }),
  },
  {
    rule: 'mohrss-violations/19/addressee',
    check: R,
    asOf: DAY,
    holds: review(),
    fails: review({ addressedTo: 'institution' }),
  },
  {
    rule: 'mohrss-violations/19/reviewer',
    check: R,
    asOf: DAY,
    holds: review(),
    fails: review({ reviewDecisionBy: 'institution' }),
  },
  {
    rule: 'mohrss-violations/14/2/session-scope',
    check: O,
    asOf: DAY,
    holds: session(),
    fails: session({ level: 2 }),
  },
  {
    rule: 'mohrss-violations/13/2/session-site',
    check: O,
    asOf: DAY,
    holds: session(),
    fails: session({ site: { ownSite: true, provinceCode: '33' } }),
  },
  {
    rule: 'mohrss-violations/13/session-suspension',
    check: O,
    asOf: DAY,
    holds: session(),
    fails: session({ status: 'suspended' }),
  },
  {
    rule: 'mohrss-violations/14/session-termination',
    check: O,
    asOf: DAY,
    holds: session(),
    fails: session({ status: 'exited' }),
  },
  // Staff on a session, results and closing (issue 11 points 3, 4; tests/law/mohrss-violations/session-results.test.ts).
  {
    rule: 'mohrss-violations/12/2/session-staff-duty',
    check: ST,
    asOf: DAY,
    holds: staffOn(),
    fails: staffOn({ roles: [] }),
  },
  {
    rule: 'mohrss-violations/12/2/assessor-qualification',
    check: ST,
    asOf: DAY,
    holds: staffOn(),
    fails: staffOn({ roles: [{ role: 'assessor', occupationCode: '6-31-01-03', level: 2 }] }),
  },
  {
    rule: 'mohrss-violations/9/session-work-ban',
    check: ST,
    asOf: DAY,
    holds: staffOn(),
    fails: staffOn({
      sanctions: [{ kind: 'work_ban', fromOn: '2024-01-01', toOn: '2024-06-17', article: '第九条' }],
    }),
  },
  {
    rule: 'mohrss-violations/10/session-card-revoked',
    check: ST,
    asOf: DAY,
    holds: staffOn(),
    fails: staffOn({
      sanctions: [{ kind: 'assessor_card_revoked', fromOn: '2024-01-01', toOn: null, article: '第十条' }],
    }),
  },
  {
    rule: 'mohrss-violations/12/1/subject-pass-mark',
    check: RS,
    asOf: DAY,
    holds: result(),
    fails: result([60, 59]),
  },
  {
    rule: 'mohrss-violations/5/result-cancelled',
    check: RS,
    asOf: DAY,
    holds: result(),
    fails: { subjects: [cancelled('theory', '5(2)'), scoredSubject('skills', 80)] },
  },
  {
    rule: 'mohrss-violations/6/results-cancelled',
    check: RS,
    asOf: DAY,
    holds: result(),
    fails: { subjects: [cancelled('theory', '6(1)'), scoredSubject('skills', 80)] },
  },
  {
    rule: 'mohrss-violations/7/results-cancelled',
    check: RS,
    asOf: DAY,
    holds: result(),
    fails: { subjects: [cancelled('skills', '7(4)'), scoredSubject('theory', 80)] },
  },
  {
    rule: 'mohrss-violations/12/4/session-supervisor',
    check: CL,
    asOf: DAY,
    holds: closing(),
    fails: closing({ staff: { exam_admin: 1, assessor: 1, quality_supervisor: 0 } }),
  },
  {
    rule: 'mohrss-violations/12/2/session-staffed',
    check: CL,
    asOf: DAY,
    holds: closing(),
    fails: closing({ staff: { exam_admin: 0, assessor: 1, quality_supervisor: 1 } }),
  },
  {
    rule: 'mohrss-violations/12/1/session-pass-marks',
    check: CL,
    asOf: DAY,
    holds: closing(),
    fails: closing({ passMarksSet: ['theory'] }),
  },
  {
    rule: 'mohrss-violations/12/3/session-results-complete',
    check: CL,
    asOf: DAY,
    holds: closing(),
    fails: closing({ incomplete: [{ name: '张三', missing: ['skills'] }] }),
  },
];

describe('mohrss-violations: every rule passes and fails on its article’s facts', () => {
  it('the table lists every rule of the regime exactly once', () => {
    const ids = allRegimes.find((r) => r.source === 'mohrss-violations')!.rules.map((r) => r.id);
    expect(rows.map((r) => r.rule).sort()).toEqual([...ids].sort());
  });
  for (const row of rows)
    it(`${row.rule}: ${row.judgementOnly ? `leaves the choice to the authority (${row.judgementOnly})` : row.cannotFail ? `holds; cannot fail (${row.cannotFail})` : 'holds on the passing facts, fails on the failing facts'}`, () => {
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
});
