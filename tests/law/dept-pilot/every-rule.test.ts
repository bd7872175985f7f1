// dept-pilot: every rule holds on facts that meet its section and fails on facts that do not.
import { everyRuleTable, type RuleRow } from '../every-rule.js';
import { example } from '../support.js';

const A = '2020-10-15';
type O = Record<string, unknown>;
const ex = (check: string, patch: O = {}) => example<O>(check, patch);
const RC = 'dept-pilot.recommendation';
const IO = 'dept-pilot.industry_org';
const OS = 'dept-pilot.occupation_scope';
const SC = 'dept-pilot.submission_checklist';
const TT = 'dept-pilot.timetable';
const row = (rule: string, check: string, holds: unknown, fails: unknown, asOf = A): RuleRow => ({
  rule: `dept-pilot/${rule}`,
  check,
  asOf,
  holds,
  fails,
});
const orgs = () => ex(RC).organisations as O[];
const ind = (patch: O) =>
  ex(SC, {
    submitter: 'industry_org',
    documents: ['pilot_work_plan', 'branch_selection_and_list', 'implementation_plan'],
    ...patch,
  });
const late = {
  workPlanSubmittedOn: '2020-10-01',
  branchFilingGuidedOn: '2020-10-11',
  implementationPlanSubmittedOn: '2020-11-21',
};

everyRuleTable('dept-pilot', [
  row('3/1/count', RC, ex(RC), ex(RC, { organisations: [...orgs(), { ...orgs()[0], name: '丙' }] })),
  row(
    '3/1/coverage',
    RC,
    ex(RC),
    ex(RC, { originalOccupations: ['4-02-01-01', '6-29-03-01', '4-99-00-00'] }),
  ),
  row(
    '3/1/conditions',
    RC,
    ex(RC),
    ex(RC, { organisations: [{ ...orgs()[0], meetsCallConditions: false }, orgs()[1]] }),
  ),
  row(
    '3/1/industry-org',
    IO,
    ex(IO),
    ex(IO, { associationType: 'comprehensive', affiliatedTechnicalSupport: false }),
  ),
  row(
    '2/1/exclusion',
    RC,
    ex(RC),
    ex(RC, { organisations: [{ ...orgs()[0], kind: 'government_body' }, orgs()[1]] }),
  ),
  row('2/2', OS, ex(OS), {
    occupations: [
      {
        code: '4-02-01-01',
        inQualificationCatalogue: true,
        qualificationType: 'level_evaluation',
        movingToAccess: true,
      },
    ],
  }),
  row('annex-gov/1', SC, ex(SC), ex(SC, { documents: ['recommendation_letter', 'implementation_plan'] })),
  row('annex-gov/2', SC, ex(SC), ex(SC, { documents: ['pilot_work_plan', 'implementation_plan'] })),
  row('annex-gov/3', SC, ex(SC), ex(SC, { documents: ['pilot_work_plan', 'recommendation_letter'] })),
  row('annex-gov/3/regulations', SC, ex(SC), ex(SC, { regulations: [] })),
  row(
    'annex-industry/1',
    SC,
    ind({}),
    ind({ documents: ['branch_selection_and_list', 'implementation_plan'] }),
  ),
  row('annex-industry/2', SC, ind({}), ind({ documents: ['pilot_work_plan', 'implementation_plan'] })),
  row('annex-industry/3', SC, ind({}), ind({ documents: ['pilot_work_plan', 'branch_selection_and_list'] })),
  row('annex-industry/3/regulations', SC, ind({}), ind({ regulations: ['exam_affairs'] })),
  row('5/1', TT, ex(TT), { ...ex(TT), workPlanSubmittedOn: late.workPlanSubmittedOn }, '2020-12-01'),
  row('5/2', TT, ex(TT), { ...ex(TT), branchFilingGuidedOn: late.branchFilingGuidedOn }, '2020-12-01'),
  row(
    '5/3',
    TT,
    ex(TT),
    { ...ex(TT), implementationPlanSubmittedOn: late.implementationPlanSubmittedOn },
    '2020-12-01',
  ),
]);
