// gz-rules §5(1) at registration (issue 11 point 2): a school evaluates its own full-time students (本校全日制
// 在校学生) in the graduation year or after all courses (毕业年度或专业全课程结课后). Boundaries: the
// graduation year equal to, one before and one after the session's year; a session across New Year.
import { describe, expect, it } from 'vitest';
import { evaluate, only } from '../support.js';

const CHECK = 'gz-rules.candidate.school_student';
const ASOF = '2027-03-01';
const student = (patch: Record<string, unknown> = {}) => ({
  fullTime: true,
  graduationYear: 2027,
  allCoursesCompleted: false,
  ...patch,
});
const run = (s: Record<string, unknown> | null, from = '2027-05-15', to = '2027-05-16') =>
  evaluate(CHECK, ASOF, { sessionStartsOn: from, sessionEndsOn: to, student: s });
const who = (s: Record<string, unknown> | null, from?: string, to?: string) =>
  only(run(s, from, to), 'gz-rules/5/1/candidates');
const when = (s: Record<string, unknown>, from?: string, to?: string) =>
  only(run(s, from, to), 'gz-rules/5/1/timing');

describe('gz-rules §5(1): 评价对象为本校全日制在校学生', () => {
  it('a student not on the school’s register (another school’s) is refused, citing §5(1)', () => {
    const f = who(null);
    expect(f.passed).toBe(false);
    expect(f.citation).toEqual({ source: 'gz-rules', article: 5, item: 1 });
    expect(f.message_zh).toContain('不在本校学籍名册中');
  });
  it('a part-time student is refused', () => {
    expect(who(student({ fullTime: false })).passed).toBe(false);
  });
  it('graduated the year before the session: no longer at school, refused even with all courses done', () => {
    expect(who(student({ graduationYear: 2026, allCoursesCompleted: true })).passed).toBe(false);
  });
  it('a full-time student graduating in the session’s year passes', () => {
    expect(run(student()).outcome).toBe('pass');
  });
});

describe('gz-rules §5(1): 评价时间限定为毕业年度或专业全课程结课后', () => {
  it('the session in the graduation year passes', () => {
    expect(when(student({ graduationYear: 2027 })).passed).toBe(true);
  });
  it('graduating the year after the session, courses not completed: refused', () => {
    const f = when(student({ graduationYear: 2028 }));
    expect(f.passed).toBe(false);
    expect(f.message_zh).toContain('不在毕业年度内');
  });
  it('graduating the year after the session with all courses completed: passes', () => {
    expect(when(student({ graduationYear: 2028, allCoursesCompleted: true })).passed).toBe(true);
  });
  it('a session from 31 December of the year before the graduation year to 1 January is not wholly in it', () => {
    expect(when(student({ graduationYear: 2027 }), '2026-12-31', '2027-01-01').passed).toBe(false);
    expect(when(student({ graduationYear: 2027 }), '2027-12-30', '2027-12-31').passed).toBe(true);
  });
});
