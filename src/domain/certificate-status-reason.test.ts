import { describe, expect, it } from 'vitest';
import { articleNumber, statusReasonCategory } from './certificate-status-reason.js';

const mv = (article: string) => [{ regime: 'mohrss-violations', article }];

describe('the public reason category of a certificate that no longer stands (mohrss-violations)', () => {
  it('reads article numbers as the texts and forms write them', () => {
    expect(articleNumber('第五条')).toBe(5);
    expect(articleNumber('第十五条第一款')).toBe(15);
    expect(articleNumber('§13(2)')).toBe(13);
    expect(articleNumber('15')).toBe(15);
    expect(articleNumber('附则')).toBeUndefined();
  });
  it('§5–8 the holder’s violation: boundaries §4 and §9 are not', () => {
    expect(statusReasonCategory(mv('第四条'))).toBe('authority_decision');
    expect(statusReasonCategory(mv('第五条'))).toBe('candidate_violation');
    expect(statusReasonCategory(mv('第八条'))).toBe('candidate_violation');
    expect(statusReasonCategory(mv('第九条'))).toBe('staff_violation');
  });
  it('§9–11 staff, §12–14 the institution, §15 data uploaded beyond scope or in error', () => {
    expect(statusReasonCategory(mv('第十一条'))).toBe('staff_violation');
    expect(statusReasonCategory(mv('第十二条'))).toBe('institution_violation');
    expect(statusReasonCategory(mv('第十四条'))).toBe('institution_violation');
    expect(statusReasonCategory(mv('第十五条'))).toBe('data_error');
    expect(statusReasonCategory(mv('第十六条'))).toBe('authority_decision');
  });
  it('another regime or nothing readable: a decision of the authority', () => {
    expect(statusReasonCategory([{ regime: 'gz-rules', article: '第六条' }])).toBe('authority_decision');
    expect(statusReasonCategory(null)).toBe('authority_decision');
  });
});
