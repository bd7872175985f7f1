// Boundary cases of 1x-selection §6 and §8 through the selection machine's acceptance (the eligibility
// check's asOf is the day of submission, §14): "近三年的工商税务年审记录" (§6) at 2 and 3 years, and
// "一般应有近三年出版的先进教材" (§8) on the first day of the three-year window and the day before it.
// (§10's 5 years and 50 000 person-times, the §14 window and the §16 credit dates are tested at their
// boundaries in selection-1x-machine.test.ts and selection-1x.test.ts.)
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addYears } from '../../src/calendar/calendar-days.js';
import type { Finding } from '../../src/rules/finding.js';
import { nextState } from '../../src/workflows/machine.js';
import { initialData, type Selection1xData } from '../../src/workflows/selection-1x/data.js';
import { selection1xMachine as machine } from '../../src/workflows/selection-1x/machine.js';
import { exampleApplication } from '../../src/workflows/selection-1x/example.test-support.js';

const SUBMITTED = '2026-03-10';

function accept(patch: Parameters<typeof exampleApplication>[1]) {
  const data: Selection1xData = {
    ...initialData(
      'call-1',
      { title: '第五批招募', batch: '第五批', openOn: '2026-03-02', closeOn: '2026-03-31' },
      exampleApplication(SUBMITTED, patch),
    ),
    submittedOn: SUBMITTED,
  };
  return nextState(
    machine,
    { state: 'submitted', data },
    { type: 'accept', actor: 'authority' },
    { today: '2026-03-12' },
  );
}
const finding = (r: ReturnType<typeof accept>, ruleId: string): Finding =>
  (r.ok ? r.findings : r.findings).find((f) => f.ruleId === ruleId)!;

describe('1x-selection §6 近三年的工商税务年审记录', () => {
  it('§6 boundary: 2 years of annual review records are refused, 3 accepted', () => {
    const two = accept({ annualReviewRecordYears: 2 });
    expect(two.ok).toBe(false);
    expect(finding(two, '1x-selection/6/annual-records')).toMatchObject({
      passed: false,
      values: { actual: 2, minimum: 3 },
    });
    const three = accept({ annualReviewRecordYears: 3 });
    expect(three.ok).toBe(true);
    expect(finding(three, '1x-selection/6/annual-records').passed).toBe(true);
  });
});

describe('1x-selection §8 一般应有近三年出版的先进教材', () => {
  it('§8 boundary: a textbook published 3 years before submission is within the window; one day earlier is for the experts', () => {
    const within = accept({ latestTextbookPublishedOn: addYears(SUBMITTED, -3) });
    expect(finding(within, '1x-selection/8/recent-textbook').passed).toBe(true);
    const before = accept({ latestTextbookPublishedOn: addCalendarDays(addYears(SUBMITTED, -3), -1) });
    // "一般应有": not a refusal — the experts decide (needs judgement), and acceptance goes ahead.
    expect(before.ok).toBe(true);
    expect(finding(before, '1x-selection/8/recent-textbook').passed).toBe('needs_judgement');
  });
});
