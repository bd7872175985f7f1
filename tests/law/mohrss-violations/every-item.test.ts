// mohrss-violations §5–14 — every item of the sanction articles, one by one: what it prescribes, and where
// the item governs only one kind of person or needs an element, the case where it does not apply.
import { describe, expect, it } from 'vitest';
import { evaluate, only } from '../support.js';

const candidate = (violation: string, patch: Record<string, unknown> = {}) =>
  evaluate('mohrss-violations.sanction.candidate', '2024-06-10', {
    violation,
    discoveredAfterEvaluation: false,
    certificateIssued: false,
    ...patch,
  });

describe('mohrss-violations §6(1)–(5): each item cancels all scores and bans for the year', () => {
  for (const i of [1, 2, 3, 4, 5])
    it(`§6(${i}) decided 2024-06-10: all subjects cancelled, banned to 2024-12-31`, () => {
      const f = only(candidate(`6(${i})`), `mohrss-violations/6/${i}`);
      expect(f.passed).toBe(true);
      expect(f.citation).toEqual({ source: 'mohrss-violations', article: 6, item: i });
      expect(f.values).toMatchObject({ scoreScope: 'all_subjects', ban: { lastDay: '2024-12-31' } });
    });
});

describe('mohrss-violations §7(1)–(7): each item cancels all scores; the ban waits for 情节', () => {
  for (const i of [1, 2, 3, 4, 5, 6, 7])
    it(`§7(${i}): all subjects cancelled; without a finding on severity the ban needs judgement, minor → 2 years`, () => {
      const r = candidate(`7(${i})`);
      expect(only(r, `mohrss-violations/7/${i}`).values).toMatchObject({ scoreScope: 'all_subjects' });
      expect(only(r, 'mohrss-violations/7').passed).toBe('needs_judgement');
      expect(only(candidate(`7(${i})`, { severity: 'minor' }), 'mohrss-violations/7').values).toMatchObject({
        banYears: 2,
      });
    });
});

describe('mohrss-violations §9–10: every item governs one kind of staff', () => {
  const staff = (role: string, violation: string) =>
    evaluate('mohrss-violations.sanction.staff', '2024-06-10', { role, violation });
  for (const i of [1, 2, 3, 4, 5])
    it(`§9(${i}): an exam administrator is barred for the year; a quality supervisor cannot be charged under it`, () => {
      expect(only(staff('exam_admin', `9(${i})`), `mohrss-violations/9/${i}`).passed).toBe(true);
      expect(only(staff('quality_supervisor', `9(${i})`), `mohrss-violations/9/${i}`).passed).toBe(false);
    });
  for (const i of [1, 2, 3])
    it(`§10(${i}): an assessor loses the card; an exam administrator cannot be charged under it`, () => {
      expect(only(staff('assessor', `10(${i})`), `mohrss-violations/10/${i}`).values).toMatchObject({
        sanctions: ['assessor_revocation', 'institution_handling'],
      });
      expect(only(staff('exam_admin', `10(${i})`), `mohrss-violations/10/${i}`).passed).toBe(false);
    });
});

describe('mohrss-violations §12(4), §13(2)(4)(6), §14(1)(3)(4)(5): the items without further elements', () => {
  const institution = (violation: string, patch: Record<string, unknown> = {}) =>
    evaluate('mohrss-violations.sanction.institution', '2024-06-10', { violation, ...patch });
  it('§12(4) no quality supervision: minor → interview; serious → not §12', () => {
    expect(only(institution('12(4)', { severity: 'minor' }), 'mohrss-violations/12/4').passed).toBe(true);
    expect(only(institution('12(4)', { severity: 'serious' }), 'mohrss-violations/12/4').passed).toBe(false);
  });
  for (const i of [2, 4, 6])
    it(`§13(${i}): warning, rectification and suspension`, () => {
      expect(only(institution(`13(${i})`), `mohrss-violations/13/${i}`).values).toMatchObject({
        sanctions: ['warning', 'rectification', 'suspension'],
      });
    });
  for (const i of [1, 3, 4, 5])
    it(`§14(${i}): termination of filing`, () => {
      expect(only(institution(`14(${i})`), `mohrss-violations/14/${i}`).values).toMatchObject({
        sanctions: ['filing_termination', 'certificate_data_handling'],
      });
    });
});
