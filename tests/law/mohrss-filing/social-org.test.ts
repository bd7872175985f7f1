// mohrss-filing 二 — 社会培训评价组织: conditions, occupation scope, prohibitions, quota, materials, untrue materials.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { socialOrgProhibitionFacts } from '../../../src/rules/mohrss-filing/social-org-prohibitions.js';
import { evaluate, example, findings, only } from '../support.js';

const ASOF = '2026-11-25';

describe('mohrss-filing 二(六): 第三至六大类技能类职业，且有国家标准或备案评价规范', () => {
  const CHECK = 'mohrss-filing.social_org.occupation_scope';
  const occ = (o: Record<string, unknown>) => ({
    occupations: [
      {
        code: '4-03-02-01',
        skillOccupation: true,
        inQualificationCatalogue: false,
        nationalStandard: true,
        filedNorm: false,
        ...o,
      },
    ],
  });
  it('a group-2 (professional) occupation is outside the scope; groups 3, 4, 5, 6 are inside; group 7 is outside', () => {
    for (const [code, ok] of [
      ['2-02-01-01', false],
      ['3-01-02-01', true],
      ['4-03-02-01', true],
      ['5-01-01-01', true],
      ['6-18-01-01', true],
      ['7-00-00-00', false],
    ] as const) {
      const f = only(evaluate(CHECK, ASOF, occ({ code })), 'mohrss-filing/2/6/category');
      expect([code, f.passed]).toEqual([code, ok]);
      expect(f.citation).toEqual({ source: 'mohrss-filing', article: '二', item: '六' });
    }
  });
  it('a non-skill occupation in group 4 is outside the scope', () => {
    expect(
      only(evaluate(CHECK, ASOF, occ({ skillOccupation: false })), 'mohrss-filing/2/6/category').passed,
    ).toBe(false);
  });
  it('without a national standard or a filed norm the occupation is refused; a filed norm alone suffices', () => {
    expect(
      only(evaluate(CHECK, ASOF, occ({ nationalStandard: false })), 'mohrss-filing/2/6/standard').passed,
    ).toBe(false);
    expect(
      only(
        evaluate(CHECK, ASOF, occ({ nationalStandard: false, filedNorm: true })),
        'mohrss-filing/2/6/standard',
      ).passed,
    ).toBe(true);
  });
  it('an occupation in the national qualification catalogue is "另行研究": needs judgement', () => {
    const r = evaluate(CHECK, ASOF, occ({ inQualificationCatalogue: true }));
    expect(r.outcome).toBe('needs_judgement');
    expect(only(r, 'mohrss-filing/2/6/qualification-catalogue').options).toEqual([
      '另行研究后纳入备案范围',
      '不纳入备案范围',
    ]);
  });
});

describe('mohrss-filing 二(五): 申请条件', () => {
  const CHECK = 'mohrss-filing.social_org.eligibility';
  it('the example passes; a missing video-surveillance premises fails 二(五)3', () => {
    expect(evaluate(CHECK, ASOF, example(CHECK)).outcome).toBe('pass');
    const f = only(
      evaluate(CHECK, ASOF, example(CHECK, { premisesWithVideoSurveillance: false })),
      'mohrss-filing/2/5/3/premises',
    );
    expect(f.passed).toBe(false);
    expect(f.citation).toEqual({ source: 'mohrss-filing', article: '二', item: '五', point: 3 });
  });
  it('"一定人数、年限" is not a number in the national text: an unassessed scale is needs_judgement', () => {
    expect(
      only(evaluate(CHECK, ASOF, example(CHECK, { scaleAndYears: undefined })), 'mohrss-filing/2/5/2/scale')
        .passed,
    ).toBe('needs_judgement');
  });
  it('a body not registered in China is refused (二(五)1)', () => {
    expect(
      only(
        evaluate(CHECK, ASOF, example(CHECK, { independentLegalPersonInChina: false })),
        'mohrss-filing/2/5/1/legal-person',
      ).passed,
    ).toBe(false);
  });
});

describe('mohrss-filing 二(七): 禁止性规定 (look-back from the decision date)', () => {
  const CHECK = 'mohrss-filing.social_org.prohibitions';
  type Facts = z.input<typeof socialOrgProhibitionFacts>;
  const f = (patch: Partial<Facts>) => example<Facts>(CHECK, patch);
  it('二(七)1: a public institution, including a research institute, cannot apply; a school can', () => {
    expect(
      only(evaluate(CHECK, ASOF, f({ legalForm: 'public_institution' })), 'mohrss-filing/2/7/1').passed,
    ).toBe(false);
    expect(
      only(evaluate(CHECK, ASOF, f({ legalForm: 'research_institute' })), 'mohrss-filing/2/7/1').passed,
    ).toBe(false);
    expect(only(evaluate(CHECK, ASOF, f({ legalForm: 'school' })), 'mohrss-filing/2/7/1').passed).toBe(true);
  });
  it('二(七)2(2): a failed annual review 3 years before the decision day bars, one day earlier does not', () => {
    const at = (on: string) =>
      only(
        evaluate(CHECK, ASOF, f({ legalForm: 'private_non_enterprise', annualInspectionFailures: [{ on }] })),
        'mohrss-filing/2/7/2/2',
      );
    expect(at('2023-11-25').passed).toBe(false);
    expect(at('2023-11-24').passed).toBe(true);
    expect(at('2023-11-25').citation).toEqual({
      source: 'mohrss-filing',
      article: '二',
      item: '七',
      point: 2,
      subpoint: 2,
    });
  });
  it('二(七)2(4): an enterprise listed as abnormal within 3 years cannot apply', () => {
    const r = evaluate(
      CHECK,
      ASOF,
      f({ businessAnomalyListings: [{ from: '2024-03-01', to: '2024-09-01' }] }),
    );
    expect(only(r, 'mohrss-filing/2/7/2/4').passed).toBe(false);
    expect(r.outcome).toBe('fail');
  });
  it('二(七)2(3): a private non-enterprise on the illegal-organisation list cannot apply', () => {
    expect(
      only(
        evaluate(
          CHECK,
          ASOF,
          f({ legalForm: 'private_non_enterprise', illegalSocialOrgListings: [{ from: '2026-01-01' }] }),
        ),
        'mohrss-filing/2/7/2/3',
      ).passed,
    ).toBe(false);
  });
  it('二(七)2(1)(5): a standing violation record, or a bad record in talent evaluation, bars', () => {
    expect(
      only(
        evaluate(CHECK, ASOF, f({ misconductRecords: [{ party: 'institution', recordedOn: '2025-01-01' }] })),
        'mohrss-filing/2/7/2/1',
      ).passed,
    ).toBe(false);
    expect(
      only(
        evaluate(CHECK, ASOF, f({ talentEvaluationBadRecords: [{ recordedOn: '2025-01-01' }] })),
        'mohrss-filing/2/7/2/5',
      ).passed,
    ).toBe(false);
  });
});

describe('mohrss-filing 二(四): 原则上各辖区 1 个职业不超过 3 家', () => {
  const CHECK = 'mohrss-filing.social_org.quota';
  const q = (others: number, override?: Record<string, string>) =>
    evaluate(CHECK, ASOF, {
      jurisdictionCode: '520000',
      occupations: [
        { code: '4-03-02-01', otherFiledOrganisations: others, ...(override ? { override } : {}) },
      ],
    });
  it('with 2 already filed the applicant is the 3rd and passes; with 3 filed a 4th is blocked', () => {
    expect(q(2).outcome).toBe('pass');
    const blocked = q(3);
    expect(blocked.outcome).toBe('fail');
    const f = only(blocked, 'mohrss-filing/2/4');
    expect(f.values).toMatchObject({ totalIfFiled: 4, maximum: 3 });
    expect(f.citation).toEqual({ source: 'mohrss-filing', article: '二', item: '四' });
    expect(f.options).toHaveLength(2);
  });
  it('"原则上": a 4th passes only when the authority records a reasoned exception, which the finding cites', () => {
    const r = q(3, {
      reason: '该职业为本省紧缺工种，现有机构无法覆盖黔东南地区',
      decidedBy: '贵州省人社厅职业能力建设处',
      decidedOn: '2026-11-20',
    });
    expect(r.outcome).toBe('pass');
    const f = only(r, 'mohrss-filing/2/4');
    expect(f.message_zh).toContain('例外理由');
    expect(f.values.override).toMatchObject({ decidedBy: '贵州省人社厅职业能力建设处' });
  });
  it('an exception without a reason is rejected as invalid facts', () => {
    expect(() => q(3, { reason: '', decidedBy: 'x', decidedOn: '2026-11-20' })).toThrow();
  });
  it('occupations are counted separately', () => {
    const r = evaluate(CHECK, ASOF, {
      jurisdictionCode: '520000',
      occupations: [
        { code: '4-03-02-01', otherFiledOrganisations: 0 },
        { code: '4-10-01-01', otherFiledOrganisations: 3 },
      ],
    });
    expect(findings(r, 'mohrss-filing/2/4').map((x) => x.passed)).toEqual([true, false]);
  });
});

describe('mohrss-filing 二(八): 6 项申请材料（部分可以承诺书替代）', () => {
  const CHECK = 'mohrss-filing.social_org.materials';
  it('a commitment letter stands in for the asset proof; the USCC stands in for the certificate copy', () => {
    const r = evaluate(CHECK, ASOF, example(CHECK));
    expect(r.outcome).toBe('pass');
    expect(r.findings.find((f) => f.values.material === 'asset_proof')?.values).toMatchObject({
      submittedAs: 'asset_commitment',
      commitmentLetter: true,
    });
  });
  it('without a credit report or an integrity commitment material 6 is missing', () => {
    const r = evaluate(CHECK, ASOF, {
      materials: ['basic_info_form', 'uscc', 'implementation_plan', 'expert_skill_proof', 'asset_proof'],
    });
    expect(r.findings.filter((f) => f.passed === false).map((f) => f.values.number)).toEqual([6]);
  });
});

describe('mohrss-filing 二(十一): 申报材料不真实，经查实后取消备案资质', () => {
  const CHECK = 'mohrss-filing.social_org.false_materials';
  it('verified untrue materials cancel the filing', () => {
    const f = only(
      evaluate(CHECK, ASOF, { untrueMaterialsVerified: true, statementHeard: true }),
      'mohrss-filing/2/11',
    );
    expect(f.passed).toBe(false);
    expect(f.values.consequence).toBe('filing_cancellation');
  });
  it('no verified untruth passes', () => {
    expect(evaluate(CHECK, ASOF, { untrueMaterialsVerified: false, statementHeard: false }).outcome).toBe(
      'pass',
    );
  });
});
