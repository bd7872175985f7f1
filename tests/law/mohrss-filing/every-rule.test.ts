// mohrss-filing: every rule holds on facts that meet its section and fails on facts that do not.
import { everyRuleTable, type RuleRow } from '../every-rule.js';
import { example } from '../support.js';

const A = '2026-11-25';
type O = Record<string, unknown>;
const ex = (check: string, patch: O = {}) => example<O>(check, patch);
const EE = 'mohrss-filing.employer.eligibility';
const EM = 'mohrss-filing.employer.materials';
const EA = 'mohrss-filing.employer.acceptance_deadline';
const SE = 'mohrss-filing.social_org.eligibility';
const SP = 'mohrss-filing.social_org.prohibitions';
const SQ = 'mohrss-filing.social_org.quota';
const SM = 'mohrss-filing.social_org.materials';
const SF = 'mohrss-filing.social_org.false_materials';
const row = (rule: string, check: string, holds: unknown, fails: unknown, asOf = A): RuleRow => ({
  rule: `mohrss-filing/${rule}`,
  check,
  asOf,
  holds,
  fails,
});
const never = (rule: string, check: string, why: string): RuleRow => ({
  rule: `mohrss-filing/${rule}`,
  check,
  asOf: A,
  holds: ex(check),
  fails: null,
  cannotFail: why,
});
const occ = (patch: O) => ex(SE, { occupations: [{ ...(ex(SE).occupations as O[])[0], ...patch }] });

everyRuleTable(
  'mohrss-filing',
  [
    row('1/1', EE, ex(EE), ex(EE, { nationalEmployer: false })),
    never('1/5', EE, '一（五）无数量限制'),
    row('1/6/1', EE, ex(EE), ex(EE, { enterpriseCategory: 'not_large' })),
    row('1/6/2', EE, ex(EE), ex(EE, { skilledWorkersImportantPart: false })),
    row('1/6/3', EE, ex(EE), ex(EE, { trainingEvaluationFoundation: false })),
    row('1/6/4', EE, ex(EE), ex(EE, { talentMechanism: false })),
    row('1/6/5', EE, ex(EE), ex(EE, { acceptsSupervision: false })),
    never('1/7', EE, '一（七）禁止性规定：无'),
    row('1/8', EM, ex(EM), ex(EM, { materials: ['filing_application_form'] })),
    row('1/10/2', EA, ex(EA), ex(EA, { answeredOn: '2026-10-19' })),
    row('2/6/category', SE, ex(SE), occ({ code: '2-02-01-01' })),
    row('2/6/qualification-catalogue', SE, ex(SE), null),
    row('2/6/standard', SE, ex(SE), occ({ nationalStandard: false, filedNorm: false })),
    row('2/5/1/legal-person', SE, ex(SE), ex(SE, { independentLegalPersonInChina: false })),
    row('2/5/1/main-duty', SE, ex(SE), ex(SE, { mainDutyTalentTraining: false })),
    row('2/5/1/business-scope', SE, ex(SE), ex(SE, { trainingOrEvaluationBusinessScope: false })),
    row('2/5/1/systems', SE, ex(SE), ex(SE, { financialAndManagementSystems: false })),
    row('2/5/1/credit', SE, ex(SE), ex(SE, { goodCreditNoBadRecords: false })),
    row('2/5/2/influence', SE, ex(SE), ex(SE, { influenceAndExperience: false })),
    row('2/5/2/scale', SE, ex(SE), ex(SE, { scaleAndYears: false })),
    row('2/5/3/department', SE, ex(SE), ex(SE, { dedicatedDepartment: false })),
    row('2/5/3/staff', SE, ex(SE), ex(SE, { adequateFullTimeStaff: false })),
    row('2/5/3/experts', SE, ex(SE), ex(SE, { expertTeam: false })),
    row('2/5/3/premises', SE, ex(SE), ex(SE, { premisesWithVideoSurveillance: false })),
    row('2/5/3/funding', SE, ex(SE), ex(SE, { stableFunding: false })),
    row('2/5/4/quality-control', SE, ex(SE), ex(SE, { qualityControlMeasures: false })),
    row('2/5/4/not-for-profit', SE, ex(SE), ex(SE, { socialBenefitFirst: false })),
    row('2/5/5', SE, ex(SE), ex(SE, { acceptsSupervision: false })),
    row('2/7/1', SP, ex(SP), ex(SP, { legalForm: 'government_body' })),
    row(
      '2/7/2/1',
      SP,
      ex(SP),
      ex(SP, { misconductRecords: [{ party: 'legal_representative', recordedOn: '2024-01-01' }] }),
    ),
    row(
      '2/7/2/2',
      SP,
      ex(SP, { legalForm: 'social_group', decoupledFromGovernment: true }),
      ex(SP, {
        legalForm: 'social_group',
        decoupledFromGovernment: true,
        annualInspectionFailures: [{ on: '2025-06-30' }],
      }),
    ),
    row(
      '2/7/2/3',
      SP,
      ex(SP),
      ex(SP, {
        legalForm: 'private_non_enterprise',
        illegalSocialOrgListings: [{ from: '2025-06-30', to: null }],
      }),
    ),
    row('2/7/2/4', SP, ex(SP), ex(SP, { businessAnomalyListings: [{ from: '2026-11-25' }] })),
    row('2/7/2/5', SP, ex(SP), ex(SP, { talentEvaluationBadRecords: [{ recordedOn: '2026-11-25' }] })),
    row('2/4', SQ, ex(SQ), ex(SQ, { occupations: [{ code: '4-03-02-01', otherFiledOrganisations: 3 }] })),
    row('2/8', SM, ex(SM), ex(SM, { materials: [] })),
    row('2/11', SF, ex(SF), ex(SF, { untrueMaterialsVerified: true })),
  ].map((r) =>
    // 二（六）〔另行研究〕never fails: it leaves the occupation to judgement.
    r.rule === 'mohrss-filing/2/6/qualification-catalogue'
      ? { ...r, cannotFail: '二（六）“另行研究”：交由监管部门判断（needs_judgement）' }
      : r,
  ),
);
