// mohrss-violations §9–11 — 工作人员违纪违规行为的处理.
import { describe, expect, it } from 'vitest';
import { evaluate, only } from '../support.js';

const CHECK = 'mohrss-violations.sanction.staff';

describe('mohrss-violations §9: 考务管理人员取消当年参加评价工作的资格', () => {
  it('an exam administrator who checked eligibility laxly on 2024-04-02 is barred to 2024-12-31 and handled by the institution', () => {
    const f = only(
      evaluate(CHECK, '2024-04-02', { role: 'exam_admin', violation: '9(1)' }),
      'mohrss-violations/9/1',
    );
    expect(f.passed).toBe(true);
    expect(f.values).toMatchObject({
      sanctions: ['work_ban', 'institution_handling'],
      ban: { lastDay: '2024-12-31', eligibleAgainOn: '2025-01-01' },
    });
  });
  it('§9 governs exam administrators: charging an assessor under §9 fails', () => {
    expect(
      only(evaluate(CHECK, '2024-04-02', { role: 'assessor', violation: '9(3)' }), 'mohrss-violations/9/3')
        .passed,
    ).toBe(false);
  });
});

describe('mohrss-violations §10: 吊销考评人员证书', () => {
  it('an assessor who sold answers loses the assessor card, revoked by its issuer', () => {
    const f = only(
      evaluate(CHECK, '2024-04-02', { role: 'assessor', violation: '10(3)' }),
      'mohrss-violations/10/3',
    );
    expect(f.values).toMatchObject({
      sanctions: ['assessor_revocation', 'institution_handling'],
      revokedBy: 'certificate_issuer',
    });
  });
  it('§10 governs assessors, not quality supervisors', () => {
    expect(
      only(
        evaluate(CHECK, '2024-04-02', { role: 'quality_supervisor', violation: '10(1)' }),
        'mohrss-violations/10/1',
      ).passed,
    ).toBe(false);
  });
});

describe('mohrss-violations §11: 质量督导员违规，造成不良影响的，按有关规定处理', () => {
  const s11 = (adverseEffect?: boolean) =>
    only(
      evaluate(CHECK, '2024-04-02', {
        role: 'quality_supervisor',
        violation: '11',
        ...(adverseEffect === undefined ? {} : { adverseEffect }),
      }),
      'mohrss-violations/11',
    );
  it('with an adverse effect the institution or the authority handles it under the relevant rules', () => {
    expect(s11(true).passed).toBe(true);
    expect(s11(true).values).toMatchObject({
      sanctions: ['handling_per_regulations'],
      decidedBy: ['institution', 'authority'],
    });
  });
  it('without an adverse effect §11 does not apply; not yet assessed it needs judgement', () => {
    expect(s11(false).passed).toBe(false);
    expect(s11().passed).toBe('needs_judgement');
  });
});

describe('mohrss-violations §9: 当年 — the bar on later evaluation work', () => {
  const BAN = 'mohrss-violations.ban.exam_admin';
  it('barred on 2023-05-20: may not work on 2023-12-31, may on 2024-01-01; nor before the decision is the bar in force', () => {
    const decisions = [{ decidedOn: '2023-05-20' }];
    expect(only(evaluate(BAN, '2023-12-31', { decisions }), 'mohrss-violations/9/ban').passed).toBe(false);
    expect(only(evaluate(BAN, '2024-01-01', { decisions }), 'mohrss-violations/9/ban').passed).toBe(true);
    expect(only(evaluate(BAN, '2023-05-19', { decisions }), 'mohrss-violations/9/ban').passed).toBe(true);
  });
});
