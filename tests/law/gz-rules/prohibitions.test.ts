// gz-rules §7 — 不得申报的情形; look-backs measured from the decision date.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { prohibitionFacts } from '../../../src/rules/gz-rules/prohibitions.js';
import { evaluate, example, only } from '../support.js';

const CHECK = 'gz-rules.prohibitions';
type Facts = z.input<typeof prohibitionFacts>;
const facts = (patch: Partial<Facts> = {}) => example<Facts>(CHECK, patch);
const DECISION = '2026-11-25';

describe('gz-rules §7(1): 政府及其所属部门不得申请成为社会培训评价组织', () => {
  it('a public institution (事业单位) applying as a social organisation is refused', () => {
    const f = only(evaluate(CHECK, DECISION, facts({ legalForm: 'public_institution' })), 'gz-rules/7/1');
    expect(f.passed).toBe(false);
    expect(f.citation).toEqual({ source: 'gz-rules', article: 7, item: 1 });
  });
  it('schools, public training bases and research institutes are excepted', () => {
    for (const legalForm of ['school', 'public_training_base', 'research_institute'] as const)
      expect(only(evaluate(CHECK, DECISION, facts({ legalForm })), 'gz-rules/7/1').passed).toBe(true);
  });
  it('a social group not decoupled from government is refused; decoupled passes; unknown needs judgement', () => {
    expect(
      only(
        evaluate(CHECK, DECISION, facts({ legalForm: 'social_group', decoupledFromGovernment: false })),
        'gz-rules/7/1',
      ).passed,
    ).toBe(false);
    expect(
      only(
        evaluate(CHECK, DECISION, facts({ legalForm: 'social_group', decoupledFromGovernment: true })),
        'gz-rules/7/1',
      ).passed,
    ).toBe(true);
    expect(only(evaluate(CHECK, DECISION, facts({ legalForm: 'social_group' })), 'gz-rules/7/1').passed).toBe(
      'needs_judgement',
    );
  });
  it('the prohibition concerns social organisations only: a public institution applying as an employer is not barred by it', () => {
    expect(
      only(
        evaluate(CHECK, DECISION, facts({ applyingAs: 'employer', legalForm: 'public_institution' })),
        'gz-rules/7/1',
      ).passed,
    ).toBe(true);
  });
});

describe('gz-rules §7(2): 机构及法定代表人存在违法违规行为或失信记录', () => {
  it('a standing record of the legal representative bars the application; a cleared one does not', () => {
    const rec = { party: 'legal_representative' as const, recordedOn: '2018-05-01' };
    expect(only(evaluate(CHECK, DECISION, facts({ misconductRecords: [rec] })), 'gz-rules/7/2').passed).toBe(
      false,
    );
    expect(
      only(
        evaluate(CHECK, DECISION, facts({ misconductRecords: [{ ...rec, clearedOn: '2026-11-25' }] })),
        'gz-rules/7/2',
      ).passed,
    ).toBe(true);
    expect(
      only(
        evaluate(CHECK, DECISION, facts({ misconductRecords: [{ ...rec, clearedOn: '2026-11-26' }] })),
        'gz-rules/7/2',
      ).passed,
    ).toBe(false);
  });
});

describe('gz-rules §7(3): 社会团体、民办非企业单位近3年内年检不合格', () => {
  const at = (on: string) =>
    only(evaluate(CHECK, DECISION, facts({ annualInspectionFailures: [{ on }] })), 'gz-rules/7/3');
  it('a failure on 2023-11-24 (3 years and a day before the decision) no longer bars; on 2023-11-25 and 2023-11-26 it does', () => {
    expect(at('2023-11-24').passed).toBe(true);
    expect(at('2023-11-25').passed).toBe(false);
    expect(at('2023-11-26').passed).toBe(false);
    expect(at('2023-11-25').values).toMatchObject({
      windowFrom: '2023-11-25',
      windowTo: DECISION,
      lookbackYears: 3,
    });
  });
  it('the look-back runs from the decision date, not from today', () => {
    const r = evaluate(CHECK, '2024-06-30', facts({ annualInspectionFailures: [{ on: '2021-07-01' }] }));
    expect(only(r, 'gz-rules/7/3').passed).toBe(false);
  });
  it('does not apply to enterprises', () => {
    expect(
      only(
        evaluate(
          CHECK,
          DECISION,
          facts({ legalForm: 'enterprise', annualInspectionFailures: [{ on: '2026-01-01' }] }),
        ),
        'gz-rules/7/3',
      ).passed,
    ).toBe(true);
  });
});

describe('gz-rules §7(4): 被列入民政部门非法社会组织名单', () => {
  it('listed on the decision date bars; removed the day before does not', () => {
    expect(
      only(
        evaluate(CHECK, DECISION, facts({ illegalSocialOrgListings: [{ from: '2025-01-01' }] })),
        'gz-rules/7/4',
      ).passed,
    ).toBe(false);
    expect(
      only(
        evaluate(
          CHECK,
          DECISION,
          facts({ illegalSocialOrgListings: [{ from: '2025-01-01', to: '2026-11-25' }] }),
        ),
        'gz-rules/7/4',
      ).passed,
    ).toBe(true);
  });
});

describe('gz-rules §7(5): 企业近3年内在经营异常目录内', () => {
  const ent = (from: string, to: string | null) =>
    only(
      evaluate(
        CHECK,
        DECISION,
        facts({ applyingAs: 'employer', legalForm: 'enterprise', businessAnomalyListings: [{ from, to }] }),
      ),
      'gz-rules/7/5',
    );
  it('removed from the list on 2023-11-25 (the window’s first day) no longer bars; removed 2023-11-26 bars', () => {
    expect(ent('2023-01-01', '2023-11-25').passed).toBe(true);
    expect(ent('2023-01-01', '2023-11-26').passed).toBe(false);
  });
  it('still listed bars', () => {
    expect(ent('2026-10-01', null).passed).toBe(false);
  });
});

describe('gz-rules §7(6): 专项整治尚未整改完成', () => {
  it('an audit rectification not completed bars; completed on or before the decision date does not', () => {
    expect(
      only(
        evaluate(
          CHECK,
          DECISION,
          facts({ specialRectifications: [{ kind: 'audit', startedOn: '2026-01-01' }] }),
        ),
        'gz-rules/7/6',
      ).passed,
    ).toBe(false);
    expect(
      only(
        evaluate(
          CHECK,
          DECISION,
          facts({
            specialRectifications: [{ kind: 'audit', startedOn: '2026-01-01', completedOn: '2026-11-25' }],
          }),
        ),
        'gz-rules/7/6',
      ).passed,
    ).toBe(true);
  });
});
