// The evaluation-ban register at registration (issue 11 point 2): mohrss-violations §6 (当年不得参加评价)
// and §7 (2 年 / 5 年内不得参加评价) refuse a candidate while a ban covers the registration day or any day of
// the session. Boundaries: a ban ending yesterday, today, tomorrow; a ban ending the day before the
// session against one ending on its first day.
import { describe, expect, it } from 'vitest';
import { evaluate, findings } from '../support.js';

const CHECK = 'mohrss-violations.ban.registration';
const TODAY = '2026-06-10';
const facts = (bans: { article: string; startsOn: string; endsOn: string }[], patch = {}) => ({
  sessionStartsOn: '2026-06-10',
  sessionEndsOn: '2026-06-11',
  bans,
  ...patch,
});
const s7 = (endsOn: string, patch = {}) =>
  findings(
    evaluate(CHECK, TODAY, facts([{ article: '7(4)', startsOn: '2024-06-12', endsOn }], patch)),
    'mohrss-violations/7/ban',
  )[0]!;

describe('mohrss-violations §7: a candidate banned from evaluation may not register while the ban lasts', () => {
  it('a ban that ended yesterday no longer refuses', () => {
    expect(s7('2026-06-09').passed).toBe(true);
  });
  it('a ban ending today refuses, naming its last day and article', () => {
    const f = s7('2026-06-10');
    expect(f.passed).toBe(false);
    expect(f.message_zh).toContain('至 2026-06-10');
    expect(f.message_zh).toContain('第七条第（四）项');
  });
  it('a ban ending tomorrow refuses', () => {
    expect(s7('2026-06-11').passed).toBe(false);
  });
  it('registered now for a later session: a ban ending before today is free; one reaching the first session day refuses', () => {
    const later = { sessionStartsOn: '2026-09-01', sessionEndsOn: '2026-09-02' };
    expect(s7('2026-06-09', later).passed).toBe(true);
    expect(s7('2026-08-31', later).passed).toBe(false); // covers today, the registration day
    const after = findings(
      evaluate(CHECK, TODAY, facts([{ article: '7', startsOn: '2026-08-20', endsOn: '2026-09-01' }], later)),
      'mohrss-violations/7/ban',
    )[0]!;
    expect(after.passed).toBe(false); // a ban that starts later but covers the session's first day
  });
  it('no entry on the register passes under both articles', () => {
    const all = evaluate(CHECK, TODAY, facts([])).findings;
    expect(all.map((f) => [f.ruleId, f.passed])).toEqual([
      ['mohrss-violations/6/ban', true],
      ['mohrss-violations/7/ban', true],
    ]);
  });
});

describe('mohrss-violations §6: 当年不得参加评价 — the ban to 31 December of the year of the decision', () => {
  const s6 = (endsOn: string, patch = {}) =>
    findings(
      evaluate(CHECK, TODAY, facts([{ article: '6(1)', startsOn: '2026-03-01', endsOn }], patch)),
      'mohrss-violations/6/ban',
    )[0]!;
  it('a session in the same year refuses; one in the next year after it ends is free', () => {
    expect(s6('2026-12-31').passed).toBe(false);
    const nextYear = { sessionStartsOn: '2027-01-01', sessionEndsOn: '2027-01-02' };
    // registration today is still within the ban (registering is taking part)
    expect(s6('2026-12-31', nextYear).passed).toBe(false);
    expect(
      evaluate(
        CHECK,
        '2027-01-01',
        facts([{ article: '6', startsOn: '2026-03-01', endsOn: '2026-12-31' }], nextYear),
      ).outcome,
    ).toBe('pass');
  });
});
