// dept-pilot (中就培函〔2020〕41号): recommendation of 2 organisations, exclusions "原则上", pilot occupations,
// submission checklist with the 12 regulations, and the 2020 timetable.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { recommendationFacts } from '../../../src/rules/dept-pilot/recommendation.js';
import type { submissionFacts } from '../../../src/rules/dept-pilot/submission.js';
import { evaluate, example, findings, only } from '../support.js';

const ASOF = '2020-10-15';

describe('dept-pilot 三(一): 推荐2家可覆盖原有职业（工种）的社会培训评价组织', () => {
  const CHECK = 'dept-pilot.recommendation';
  type Facts = z.input<typeof recommendationFacts>;
  const base = () => example<Facts>(CHECK);
  it('2 recommended organisations covering the original occupations pass', () => {
    expect(evaluate(CHECK, ASOF, base()).outcome).toBe('pass');
  });
  it('3 organisations for one field are refused; 1 is allowed', () => {
    const f = base();
    const third = {
      name: '丙公司',
      kind: 'enterprise' as const,
      meetsCallConditions: true,
      coveredOccupations: [],
    };
    const r3 = evaluate(CHECK, ASOF, { ...f, organisations: [...f.organisations, third] });
    expect(only(r3, 'dept-pilot/3/1/count').passed).toBe(false);
    expect(only(r3, 'dept-pilot/3/1/count').values).toMatchObject({ actual: 3, maximum: 2 });
    expect(only(r3, 'dept-pilot/3/1/count').citation).toEqual({
      source: 'dept-pilot',
      article: '三',
      item: '一',
    });
    const r1 = evaluate(CHECK, ASOF, {
      ...f,
      originalOccupations: ['4-02-01-01'],
      organisations: [f.organisations[0]!],
    });
    expect(only(r1, 'dept-pilot/3/1/count').passed).toBe(true);
  });
  it('organisations that leave an original occupation uncovered are refused', () => {
    const f = base();
    const r = evaluate(CHECK, ASOF, { ...f, originalOccupations: [...f.originalOccupations, '4-02-02-01'] });
    expect(only(r, 'dept-pilot/3/1/coverage').values.uncovered).toEqual(['4-02-02-01']);
  });
  it('meeting the conditions of 中就培函〔2020〕16号 is the authority’s assessment', () => {
    const f = base();
    const r = evaluate(CHECK, ASOF, {
      ...f,
      organisations: [{ ...f.organisations[0]!, meetsCallConditions: undefined }, f.organisations[1]!],
    });
    expect(r.outcome).toBe('needs_judgement');
  });
});

describe('dept-pilot 二(一): 原则上不得纳入政府部门及其所属单位、未脱钩协会、非专业行业协会', () => {
  const CHECK = 'dept-pilot.recommendation';
  type Facts = z.input<typeof recommendationFacts>;
  const withOrg = (org: Partial<Facts['organisations'][number]>) => {
    const f = example<Facts>(CHECK);
    return { ...f, organisations: [{ ...f.organisations[0]!, ...org }, f.organisations[1]!] };
  };
  it('an association not decoupled from its supervising department is refused with the two options', () => {
    const r = evaluate(
      CHECK,
      ASOF,
      withOrg({ kind: 'association', decoupledFromSupervisor: false, nonProfessionalAssociation: false }),
    );
    const f = findings(r, 'dept-pilot/2/1/exclusion').find((x) => x.passed === false)!;
    expect(f.citation).toEqual({ source: 'dept-pilot', article: '二', item: '一' });
    expect(f.values.grounds).toEqual(['未与主管部门脱钩的协会']);
    expect(f.options).toHaveLength(2);
  });
  it('a unit affiliated to a government department is refused; with a recorded exception it passes citing it', () => {
    expect(evaluate(CHECK, ASOF, withOrg({ kind: 'public_institution' })).outcome).toBe('fail');
    const r = evaluate(
      CHECK,
      ASOF,
      withOrg({
        kind: 'public_institution',
        override: {
          reason: '该单位为本领域唯一具备实操考核条件的机构',
          decidedBy: '人社部职业技能鉴定中心',
          decidedOn: '2020-10-10',
        },
      }),
    );
    expect(r.outcome).toBe('pass');
    expect(findings(r, 'dept-pilot/2/1/exclusion')[0]!.message_zh).toContain('例外理由');
  });
  it('a branch that is a non-professional industry association is refused', () => {
    const r = evaluate(
      CHECK,
      ASOF,
      withOrg({
        branches: [
          {
            name: '某地综合协会',
            kind: 'association',
            decoupledFromSupervisor: true,
            nonProfessionalAssociation: true,
          },
        ],
      }),
    );
    expect(
      findings(r, 'dept-pilot/2/1/exclusion').some(
        (x) => x.passed === false && x.values.name === '某地综合协会',
      ),
    ).toBe(true);
  });
  it('an association whose status is not established needs judgement', () => {
    expect(evaluate(CHECK, ASOF, withOrg({ kind: 'association' })).outcome).toBe('needs_judgement');
  });
});

describe('dept-pilot 三(一) ¶2: 行业组织', () => {
  const CHECK = 'dept-pilot.industry_org';
  it('a professional association acts directly; a comprehensive one needs its affiliated associations’ technical support', () => {
    expect(evaluate(CHECK, ASOF, example(CHECK)).outcome).toBe('pass');
    expect(
      only(
        evaluate(CHECK, ASOF, {
          name: '中国某联合会',
          associationType: 'comprehensive',
          affiliatedTechnicalSupport: false,
          branches: [],
        }),
        'dept-pilot/3/1/industry-org',
      ).passed,
    ).toBe(false);
    expect(
      only(
        evaluate(CHECK, ASOF, {
          name: '中国某联合会',
          associationType: 'comprehensive',
          affiliatedTechnicalSupport: true,
          branches: [],
        }),
        'dept-pilot/3/1/industry-org',
      ).passed,
    ).toBe(true);
  });
});

describe('dept-pilot 二(二): 试点职业为职业资格目录内水平评价类，拟转入准入类的除外', () => {
  const CHECK = 'dept-pilot.occupation_scope';
  const o = (p: Record<string, unknown>) => ({
    occupations: [
      {
        code: '4-02-01-01',
        inQualificationCatalogue: true,
        qualificationType: 'level_evaluation',
        movingToAccess: false,
        ...p,
      },
    ],
  });
  it('a level-evaluation occupation passes; one moving to access-type, an access-type one, or one outside the catalogue is excluded', () => {
    expect(evaluate(CHECK, ASOF, o({})).outcome).toBe('pass');
    expect(evaluate(CHECK, ASOF, o({ movingToAccess: true })).outcome).toBe('fail');
    expect(evaluate(CHECK, ASOF, o({ qualificationType: 'access' })).outcome).toBe('fail');
    expect(evaluate(CHECK, ASOF, o({ inQualificationCatalogue: false })).outcome).toBe('fail');
  });
});

describe('dept-pilot 附件: 提交材料清单与 12 项规章制度', () => {
  const CHECK = 'dept-pilot.submission_checklist';
  type Facts = z.input<typeof submissionFacts>;
  const base = () => example<Facts>(CHECK);
  it('all three documents and all 12 regulations pass', () => {
    const r = evaluate(CHECK, ASOF, base());
    expect(r.outcome).toBe('pass');
    expect(only(r, 'dept-pilot/annex-gov/3/regulations').values).toMatchObject({ required: 12, missing: [] });
  });
  it('11 regulations (no 信息公开制度) are refused, citing 附件（政府有关部门）三', () => {
    const f = base();
    const r = evaluate(CHECK, ASOF, {
      ...f,
      regulations: f.regulations.filter((x) => x !== 'information_disclosure'),
    });
    const reg = only(r, 'dept-pilot/annex-gov/3/regulations');
    expect(reg.passed).toBe(false);
    expect(reg.message_zh).toContain('信息公开制度');
    expect(reg.citation).toEqual({ source: 'dept-pilot', article: '附件（政府有关部门）', item: '三' });
  });
  it('a government department without the recommendation letter fails 附件（政府有关部门）二', () => {
    const r = evaluate(CHECK, ASOF, { ...base(), documents: ['pilot_work_plan', 'implementation_plan'] });
    expect(only(r, 'dept-pilot/annex-gov/2').passed).toBe(false);
  });
  it('an industry organisation needs the branch selection standards and list instead of a recommendation letter', () => {
    const r = evaluate(CHECK, ASOF, { ...base(), submitter: 'industry_org' });
    expect(only(r, 'dept-pilot/annex-industry/2').passed).toBe(false);
    expect(only(r, 'dept-pilot/annex-industry/2').citation).toEqual({
      source: 'dept-pilot',
      article: '附件（行业组织）',
      item: '二',
    });
    expect(
      evaluate(CHECK, ASOF, {
        ...base(),
        submitter: 'industry_org',
        documents: ['pilot_work_plan', 'branch_selection_and_list', 'implementation_plan'],
      }).outcome,
    ).toBe('pass');
  });
});

describe('dept-pilot 五: 时间安排', () => {
  const CHECK = 'dept-pilot.timetable';
  it('the work plan is due by the end of September 2020: 09-30 in time, 10-01 late', () => {
    const at = (d: string) =>
      only(
        evaluate(CHECK, '2020-12-01', {
          workPlanSubmittedOn: d,
          branchFilingGuidedOn: '2020-10-09',
          implementationPlanSubmittedOn: '2020-11-16',
        }),
        'dept-pilot/5/1',
      );
    expect(at('2020-09-30').passed).toBe(true);
    expect(at('2020-10-01').passed).toBe(false);
  });
  it('早于10月上旬末 (10-10) and 11月中旬 (11-20): the day of passes, the day after fails', () => {
    const r = (b: string, i: string) =>
      evaluate(CHECK, '2020-12-01', {
        workPlanSubmittedOn: '2020-09-29',
        branchFilingGuidedOn: b,
        implementationPlanSubmittedOn: i,
      });
    expect(only(r('2020-10-10', '2020-11-20'), 'dept-pilot/5/2').passed).toBe(true);
    expect(only(r('2020-10-11', '2020-11-20'), 'dept-pilot/5/2').passed).toBe(false);
    expect(only(r('2020-10-10', '2020-11-21'), 'dept-pilot/5/3').passed).toBe(false);
  });
  it('the notice applies from 2020-09-24; 2020-09-23 is not in force', () => {
    expect(() =>
      evaluate(CHECK, '2020-09-23', {
        workPlanSubmittedOn: null,
        branchFilingGuidedOn: null,
        implementationPlanSubmittedOn: null,
      }),
    ).toThrow(/尚不适用/);
  });
});
