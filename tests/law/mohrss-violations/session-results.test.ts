// Staff on a session, results and closing (issue 11 points 3, 4), by article, with their boundaries:
// §12(2) an assessor's qualification is for exactly the session's level; §9 a bar that ends on the
// session's first day still bars, the day before does not; §10 a revoked card bars the assessor duty only;
// §12(1) a score equal to the pass mark passes, one hundredth below fails, absent fails; §5 cancels one
// subject, §6 and §7 every subject; §12(1)–(4) what a session needs before it is closed.
import { describe, expect, it } from 'vitest';
import { evaluate, findings } from '../support.js';

const ST = 'mohrss-violations.session_staff.assignment';
const RS = 'mohrss-violations.evaluation_session.result';
const CL = 'mohrss-violations.evaluation_session.closing';
const DAY = '2026-12-04';
const staffOn = (patch: Record<string, unknown> = {}) => ({
  duty: 'assessor',
  session: { occupationCode: '4-10-01-05', level: 4, startsOn: '2026-12-04', endsOn: '2026-12-05' },
  roles: [{ role: 'assessor', occupationCode: '4-10-01-05', level: 4 }],
  sanctions: [],
  ...patch,
});
const rule = (check: string, facts: unknown, id: string) => findings(evaluate(check, DAY, facts), id);
const passed = (check: string, facts: unknown, id: string) =>
  rule(check, facts, id).every((f) => f.passed === true);

describe('mohrss-violations §12(2): an assessor qualified for the occupation and exactly the level', () => {
  it('the same level passes; a higher (3) or lower (5) level does not; another occupation does not', () => {
    const id = 'mohrss-violations/12/2/assessor-qualification';
    expect(passed(ST, staffOn(), id)).toBe(true);
    for (const level of [3, 5])
      expect(
        passed(ST, staffOn({ roles: [{ role: 'assessor', occupationCode: '4-10-01-05', level }] }), id),
      ).toBe(false);
    expect(
      passed(ST, staffOn({ roles: [{ role: 'assessor', occupationCode: '4-10-01-06', level: 4 }] }), id),
    ).toBe(false);
    const noLevel = rule(
      ST,
      staffOn({ roles: [{ role: 'assessor', occupationCode: '4-10-01-05', level: null }] }),
      id,
    )[0]!;
    expect(noLevel.passed).toBe(false);
    expect(noLevel.message_zh).toContain('等级未登记');
  });
});

describe('mohrss-violations §9: a bar from evaluation work on any day of the session', () => {
  const id = 'mohrss-violations/9/session-work-ban';
  const ban = (fromOn: string, toOn: string | null) =>
    staffOn({
      duty: 'exam_admin',
      roles: [{ role: 'exam_admin', occupationCode: null, level: null }],
      sanctions: [{ kind: 'work_ban', fromOn, toOn, article: '第九条第（二）项' }],
    });
  it('a bar ending on the first day (today) bars; ending the day before does not', () => {
    const f = rule(ST, ban('2026-01-01', '2026-12-04'), id)[0]!;
    expect(f.passed).toBe(false);
    expect(f.message_zh).toContain('2026-01-01 至 2026-12-04');
    expect(passed(ST, ban('2026-01-01', '2026-12-03'), id)).toBe(true);
  });
  it('a bar starting on the last day bars; starting the day after does not', () => {
    expect(passed(ST, ban('2026-12-05', '2026-12-31'), id)).toBe(false);
    expect(passed(ST, ban('2026-12-06', '2026-12-31'), id)).toBe(true);
  });
});

describe('mohrss-violations §10: a revoked assessor card', () => {
  const revoked = [
    { kind: 'assessor_card_revoked', fromOn: '2025-01-01', toOn: null, article: '第十条第（一）项' },
  ];
  it('bars the assessor duty, not the quality supervisor duty of the same person', () => {
    expect(passed(ST, staffOn({ sanctions: revoked }), 'mohrss-violations/10/session-card-revoked')).toBe(
      false,
    );
    const sup = evaluate(
      ST,
      DAY,
      staffOn({
        duty: 'quality_supervisor',
        roles: [{ role: 'quality_supervisor', occupationCode: null, level: null }],
        sanctions: revoked,
      }),
    );
    expect(sup.findings.every((f) => f.passed === true)).toBe(true);
  });
});

const subject = (
  s: string,
  outcome: string,
  score: number | null,
  cancelArticle: string | null = null,
  passMark = 60,
) => ({
  subject: s,
  fullMark: 100,
  passMark,
  outcome,
  score,
  cancelArticle,
});
const outcome = (subjects: unknown[]) => {
  const r = evaluate(RS, DAY, { subjects });
  return r.findings.every((f) => f.passed === true) ? 'passed' : 'failed';
};

describe('mohrss-violations §12(1): every subject at least its pass mark', () => {
  it('equal to the pass mark passes; one hundredth below fails; absent fails', () => {
    expect(outcome([subject('theory', 'scored', 60), subject('skills', 'scored', 60)])).toBe('passed');
    expect(outcome([subject('theory', 'scored', 59.99), subject('skills', 'scored', 100)])).toBe('failed');
    expect(outcome([subject('theory', 'absent', null), subject('skills', 'scored', 100)])).toBe('failed');
  });
  it('comprehensive review is a subject like the others, against its own pass mark', () => {
    const three = [subject('theory', 'scored', 80), subject('skills', 'scored', 80)];
    expect(outcome([...three, subject('comprehensive_review', 'scored', 70, null, 70)])).toBe('passed');
    expect(outcome([...three, subject('comprehensive_review', 'scored', 69, null, 70)])).toBe('failed');
  });
  it('a score above the full mark is not a fact the check accepts', () => {
    expect(() => evaluate(RS, DAY, { subjects: [subject('theory', 'scored', 101)] })).toThrow();
  });
});

describe('mohrss-violations §5–7: cancelled results', () => {
  it('§5 cancels the subject: the others are still judged, the candidate fails', () => {
    const r = evaluate(RS, DAY, {
      subjects: [subject('theory', 'cancelled', null, '5(1)'), subject('skills', 'scored', 90)],
    });
    expect(findings(r, 'mohrss-violations/12/1/subject-pass-mark').map((f) => f.passed)).toEqual([true]);
    expect(findings(r, 'mohrss-violations/5/result-cancelled')[0]!.message_zh).toContain('第五条第（一）项');
  });
  it('§6 and §7 take every subject of the session', () => {
    for (const [article, id] of [
      ['6(3)', 'mohrss-violations/6/results-cancelled'],
      ['7(5)', 'mohrss-violations/7/results-cancelled'],
    ] as const) {
      const r = evaluate(RS, DAY, {
        subjects: [subject('theory', 'scored', 99), subject('skills', 'cancelled', null, article)],
      });
      expect(findings(r, id)[0]!.passed).toBe(false);
      expect(findings(r, 'mohrss-violations/12/1/subject-pass-mark')).toEqual([]);
    }
  });
});

describe('mohrss-violations §12(1)–(4): closing a session', () => {
  const facts = (patch: Record<string, unknown> = {}) => ({
    staff: { exam_admin: 1, assessor: 1, quality_supervisor: 1 },
    subjects: ['theory', 'skills'],
    passMarksSet: ['theory', 'skills'],
    incomplete: [],
    candidates: 2,
    ...patch,
  });
  it('one of each duty, every pass mark and every result: closable', () => {
    expect(evaluate(CL, DAY, facts()).findings.every((f) => f.passed === true)).toBe(true);
  });
  it('§12(4) no quality supervisor; §12(2) no assessor; §12(1) a missing pass mark; §12(3) a missing result', () => {
    expect(
      passed(
        CL,
        facts({ staff: { exam_admin: 1, assessor: 1, quality_supervisor: 0 } }),
        'mohrss-violations/12/4/session-supervisor',
      ),
    ).toBe(false);
    expect(
      passed(
        CL,
        facts({ staff: { exam_admin: 1, assessor: 0, quality_supervisor: 1 } }),
        'mohrss-violations/12/2/session-staffed',
      ),
    ).toBe(false);
    expect(passed(CL, facts({ passMarksSet: ['skills'] }), 'mohrss-violations/12/1/session-pass-marks')).toBe(
      false,
    );
    const missing = rule(
      CL,
      facts({ incomplete: [{ name: '李四', missing: ['theory'] }] }),
      'mohrss-violations/12/3/session-results-complete',
    )[0]!;
    expect(missing.passed).toBe(false);
    expect(missing.message_zh).toContain('李四（理论知识考试）');
  });
});
