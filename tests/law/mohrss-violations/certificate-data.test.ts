// mohrss-violations §15 — 超范围或错误上传证书数据；证书数据安全.
import { describe, expect, it } from 'vitest';
import { evaluate, findings, only } from '../support.js';

describe('mohrss-violations §15 ¶1: 撤销违规证书数据，并视情节给予警告、暂停评价活动、直至终止备案', () => {
  const CHECK = 'mohrss-violations.sanction.institution';
  it('one out-of-scope record is withdrawn, and the ladder is the authority’s choice', () => {
    const r = evaluate(CHECK, '2024-06-10', {
      violation: '15p1',
      certificateData: { outOfScopeRecords: 1, erroneousRecords: 0 },
    });
    expect(only(r, 'mohrss-violations/15/p1').values).toMatchObject({ sanctions: ['data_revocation'] });
    expect(only(r, 'mohrss-violations/15/p1').citation).toEqual({
      source: 'mohrss-violations',
      article: 15,
      paragraph: 1,
    });
    expect(only(r, 'mohrss-violations/15/p1/sanction').options).toEqual(['警告', '暂停评价活动', '终止备案']);
  });
  it('zero wrongful records: ¶1 does not apply and no ladder is offered', () => {
    const r = evaluate(CHECK, '2024-06-10', {
      violation: '15p1',
      certificateData: { outOfScopeRecords: 0, erroneousRecords: 0 },
    });
    expect(only(r, 'mohrss-violations/15/p1').passed).toBe(false);
    expect(findings(r, 'mohrss-violations/15/p1/sanction')).toHaveLength(0);
  });
});

describe('mohrss-violations §15 ¶2: 超范围读取、泄露隐私、有偿服务 — 取消读取权限，责令删除，依规处罚，违法的移交', () => {
  const CHECK = 'mohrss-violations.sanction.certificate_data';
  const security = (unlawful?: boolean) =>
    only(
      evaluate(CHECK, '2024-06-10', {
        upload: null,
        security: { breaches: ['privacy_leak'], ...(unlawful === undefined ? {} : { unlawful }) },
      }),
      'mohrss-violations/15/p2',
    );
  it('unlawful: referral is added to the fixed measures', () => {
    expect(security(true).values).toMatchObject({
      sanctions: ['data_access_revocation', 'data_deletion_order', 'penalty_per_regulations', 'referral'],
    });
  });
  it('lawful: the fixed measures without referral', () => {
    expect(security(false).values).toMatchObject({
      sanctions: ['data_access_revocation', 'data_deletion_order', 'penalty_per_regulations'],
    });
  });
  it('not yet determined: the fixed measures stand and referral needs judgement', () => {
    const f = security();
    expect(f.passed).toBe('needs_judgement');
    expect(f.values).toMatchObject({
      sanctions: ['data_access_revocation', 'data_deletion_order', 'penalty_per_regulations'],
    });
  });
});
