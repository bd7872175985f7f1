// gz-rules §4 (用人单位) and §5 (院校) — selection conditions.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { employerSelectionFacts } from '../../../src/rules/gz-rules/selection-employer.js';
import type { schoolSelectionFacts } from '../../../src/rules/gz-rules/selection-school.js';
import { evaluate, example, findings, only } from '../support.js';

const ASOF = '2026-11-25';
const EMPLOYER = 'gz-rules.selection.employer';
const SCHOOL = 'gz-rules.selection.school';
const employer = (patch: Partial<z.input<typeof employerSelectionFacts>> = {}) =>
  example<z.input<typeof employerSelectionFacts>>(EMPLOYER, patch);
const school = (patch: Partial<z.input<typeof schoolSelectionFacts>> = {}) =>
  example<z.input<typeof schoolSelectionFacts>>(SCHOOL, patch);

describe('gz-rules §4(1): 以技能人员为主体的规模以上企业…或有意愿、有条件的专精特新、地方特色企业', () => {
  it('an above-scale enterprise whose workforce is mainly skilled passes', () => {
    expect(evaluate(EMPLOYER, ASOF, employer()).outcome).toBe('pass');
  });
  it('an above-scale enterprise not mainly of skilled workers is refused', () => {
    const f = only(evaluate(EMPLOYER, ASOF, employer({ skilledWorkersMajority: false })), 'gz-rules/4/1');
    expect(f.passed).toBe(false);
    expect(f.citation).toEqual({ source: 'gz-rules', article: 4, item: 1 });
  });
  it('an enterprise of none of the listed kinds is refused', () => {
    expect(
      only(evaluate(EMPLOYER, ASOF, employer({ enterpriseCategories: [] })), 'gz-rules/4/1').passed,
    ).toBe(false);
  });
  it('a 专精特新 enterprise whose willingness and capability is not yet assessed needs judgement; assessed true passes', () => {
    const pending = only(
      evaluate(
        EMPLOYER,
        ASOF,
        employer({ enterpriseCategories: ['specialised_innovative'], skilledWorkersMajority: undefined }),
      ),
      'gz-rules/4/1',
    );
    expect(pending.passed).toBe('needs_judgement');
    expect(pending.options?.length).toBe(2);
    expect(
      only(
        evaluate(
          EMPLOYER,
          ASOF,
          employer({ enterpriseCategories: ['local_characteristic'], willingAndCapable: true }),
        ),
        'gz-rules/4/1',
      ).passed,
    ).toBe(true);
  });
});

describe('gz-rules §4(2)–(5)', () => {
  it('§4(3): an occupation without a corresponding skill post is refused', () => {
    const r = evaluate(
      EMPLOYER,
      ASOF,
      employer({
        occupations: [
          { code: '6-18-01-01', directlyRelatedToMainBusiness: true, hasCorrespondingSkillPost: false },
        ],
      }),
    );
    expect(findings(r, 'gz-rules/4/3').some((f) => f.passed === false)).toBe(true);
    expect(r.outcome).toBe('fail');
  });
  it('§4(2): pay not linked to skill level (assessed false) is refused', () => {
    expect(only(evaluate(EMPLOYER, ASOF, employer({ incentiveSystem: false })), 'gz-rules/4/2').passed).toBe(
      false,
    );
  });
  it('§4(5): premises meeting the standard but not fire safety are refused', () => {
    const r = evaluate(EMPLOYER, ASOF, employer({ siteSafetyCompliant: false }));
    expect(findings(r, 'gz-rules/4/5').map((f) => f.passed)).toEqual([true, false]);
  });
  it('§4(4): systems and plan not yet assessed need judgement', () => {
    expect(evaluate(EMPLOYER, ASOF, employer({ systemsAndPlan: undefined })).outcome).toBe('needs_judgement');
  });
});

describe('gz-rules §5: 院校', () => {
  it('the example school passes', () => {
    expect(evaluate(SCHOOL, ASOF, school()).outcome).toBe('pass');
  });
  it('§5(1): evaluating candidates other than its own full-time students is refused', () => {
    expect(
      only(
        evaluate(SCHOOL, ASOF, school({ candidatesOwnFullTimeStudentsOnly: false })),
        'gz-rules/5/1/candidates',
      ).passed,
    ).toBe(false);
  });
  it('§5(1): evaluation outside the graduation year and before all courses end is refused; after all courses passes', () => {
    expect(
      only(evaluate(SCHOOL, ASOF, school({ evaluationTiming: 'other' })), 'gz-rules/5/1/timing').passed,
    ).toBe(false);
    expect(
      only(evaluate(SCHOOL, ASOF, school({ evaluationTiming: 'after_all_courses' })), 'gz-rules/5/1/timing')
        .passed,
    ).toBe(true);
  });
  it('§5(1): a level inconsistent with the level of schooling is refused', () => {
    const r = evaluate(
      SCHOOL,
      ASOF,
      school({
        occupations: [
          { code: '4-04-05-01', levels: [1], matchesMajor: true, levelConsistentWithSchooling: false },
        ],
      }),
    );
    expect(findings(r, 'gz-rules/5/1/occupation').map((f) => f.passed)).toEqual([true, false]);
  });
  it('§5(2): an office without a 保密室 is refused', () => {
    const f = only(
      evaluate(SCHOOL, ASOF, school({ officeRooms: ['exam_affairs_room', 'archive_room'] })),
      'gz-rules/5/2/rooms',
    );
    expect(f.passed).toBe(false);
    expect(f.values.missing).toEqual(['confidential_room']);
  });
  it('§5(2): no dedicated internal unit is refused', () => {
    expect(
      findings(evaluate(SCHOOL, ASOF, school({ dedicatedUnit: false })), 'gz-rules/5/2/unit')[0]!.passed,
    ).toBe(false);
  });
  it('§5(3): premises not meeting the national standard are refused', () => {
    expect(
      findings(evaluate(SCHOOL, ASOF, school({ siteMeetsNationalStandard: false })), 'gz-rules/5/3')[0]!
        .passed,
    ).toBe(false);
  });
});
