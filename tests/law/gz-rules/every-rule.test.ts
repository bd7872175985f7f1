// gz-rules: every rule holds on facts that meet its article and fails on facts that do not.
import { everyRuleTable, type RuleRow } from '../every-rule.js';
import { example } from '../support.js';

const A = '2026-11-25';
type O = Record<string, unknown>;
const ex = (check: string, patch: O = {}) => example<O>(check, patch);
const E = 'gz-rules.selection.employer';
const S = 'gz-rules.selection.school';
const SO = 'gz-rules.selection.social_org';
const P = 'gz-rules.prohibitions';
const R = 'gz-rules.renewal';
const M = 'gz-rules.renewal.materials';
const so = (patch: O) => ex(SO, patch);
const premises = (patch: O) => ex(SO, { premises: { ...(ex(SO).premises as O), ...patch } });
const occ = (patch: O, extra: O = {}) =>
  ex(SO, { ...extra, occupations: [{ ...(ex(SO).occupations as O[])[0], ...patch }] });
const row = (rule: string, check: string, holds: unknown, fails: unknown, asOf = A): RuleRow => ({
  rule: `gz-rules/${rule}`,
  check,
  asOf,
  holds,
  fails,
});
const employerRenewal = (patch: O = {}) =>
  ex(R, { kind: 'employer', certificatesInValidityPeriod: 150, incentiveEvidence: true, ...patch });
const schoolRenewal = (patch: O = {}) =>
  ex(R, { kind: 'school', certificatesInValidityPeriod: 300, ...patch });
const lapse = (patch: O = {}) => ({
  validTo: '2026-06-30',
  renewalSubmittedOn: null,
  certificateDataReportedOn: '2026-07-10',
  recordsArchivedOn: '2026-07-10',
  ...patch,
});
const wrap = (patch: O) => ({
  certificateDataReportedOn: '2026-05-01',
  recordsArchivedOn: '2026-05-01',
  ...patch,
});

everyRuleTable('gz-rules', [
  row('2', SO, so({ jurisdictionCode: '520300' }), so({ jurisdictionCode: '510100' })),
  row('4/1', E, ex(E), ex(E, { enterpriseCategories: [] })),
  row('4/2', E, ex(E), ex(E, { incentiveSystem: false })),
  row(
    '4/3',
    E,
    ex(E),
    ex(E, {
      occupations: [
        { code: '6-18-01-01', directlyRelatedToMainBusiness: false, hasCorrespondingSkillPost: true },
      ],
    }),
  ),
  row('4/4', E, ex(E), ex(E, { systemsAndPlan: false })),
  row('4/5', E, ex(E), ex(E, { siteMeetsNationalStandard: false })),
  row(
    '5/1/occupation',
    S,
    ex(S),
    ex(S, {
      occupations: [
        { code: '4-04-05-01', levels: [3], matchesMajor: false, levelConsistentWithSchooling: true },
      ],
    }),
  ),
  row('5/1/candidates', S, ex(S), ex(S, { candidatesOwnFullTimeStudentsOnly: false })),
  row('5/1/timing', S, ex(S), ex(S, { evaluationTiming: 'other' })),
  row('5/2/unit', S, ex(S), ex(S, { fullTimeStaffAssigned: false })),
  row('5/2/rooms', S, ex(S), ex(S, { officeRooms: [] })),
  row('5/3', S, ex(S), ex(S, { siteSafetyCompliant: false })),
  row('6/1', SO, ex(SO), so({ influenceAndReputation: false })),
  row('6/2', SO, ex(SO), occ({ closelyRelated: false })),
  row('6/3/history', SO, ex(SO), so({ trainingHistorySince: '2025-01-01' })),
  row('6/3/volume', SO, ex(SO), occ({ trainingVolume: 999 })),
  row(
    '6/3/exception',
    SO,
    occ({ newOccupation: true, trainingVolume: 200 }),
    occ({ newOccupation: true, trainingVolume: 199 }),
  ),
  row('6/4', SO, ex(SO), so({ managementSystems: ['exam_affairs'] })),
  row('6/5', SO, ex(SO), so({ fullTimeStaff: 2 })),
  row('6/6/supervisors', SO, ex(SO), so({ qualitySupervisors: 2 })),
  row('6/6/assessors', SO, ex(SO), occ({ assessors: 3 })),
  row('6/6/experts', SO, ex(SO), so({ expertTeam: false })),
  row('6/7/tenure', SO, ex(SO), premises({ leaseFrom: '2025-07-01', leaseTo: '2028-06-29' })),
  row('6/7/office-area', SO, ex(SO), premises({ officeArea: 99 })),
  row('6/7/office-equipment', SO, ex(SO), premises({ officeAndCommunicationEquipment: false })),
  row('6/7/functional-rooms', SO, ex(SO), premises({ functionalRooms: ['exam_affairs_room'] })),
  row('6/7/theory-exam-capacity', SO, ex(SO), premises({ standardExamRooms: 1, computerExamSeats: 59 })),
  row('6/7/single-desk', SO, ex(SO), premises({ singleSeatPerDesk: false })),
  row('6/7/desk-spacing', SO, ex(SO), premises({ minDeskSpacingCm: 79.9 })),
  row('6/7/exam-video', SO, ex(SO), premises({ examRoomVideoSurveillance: false })),
  row('6/7/practical-equipment', SO, ex(SO), premises({ practicalEquipmentMeetsStandard: false })),
  row('6/7/full-video-coverage', SO, ex(SO), premises({ fullVideoCoverage: false })),
  row('6/7/safety', SO, ex(SO), premises({ safetyCompliant: false })),
  row('7/1', P, ex(P), ex(P, { legalForm: 'government_body' })),
  row('7/2', P, ex(P), ex(P, { misconductRecords: [{ party: 'institution', recordedOn: '2020-01-01' }] })),
  row('7/3', P, ex(P), ex(P, { annualInspectionFailures: [{ on: '2024-01-01' }] })),
  row('7/4', P, ex(P), ex(P, { illegalSocialOrgListings: [{ from: '2026-01-01' }] })),
  row(
    '7/5',
    P,
    ex(P, { legalForm: 'enterprise' }),
    ex(P, { legalForm: 'enterprise', businessAnomalyListings: [{ from: '2025-01-01', to: '2025-03-01' }] }),
  ),
  row(
    '7/6',
    P,
    ex(P),
    ex(P, { specialRectifications: [{ kind: 'inspection_tour', startedOn: '2026-05-01' }] }),
  ),
  row('8/1', R, employerRenewal(), employerRenewal({ goodStanding: false })),
  row('8/2', R, employerRenewal(), employerRenewal({ certificatesInValidityPeriod: 149 })),
  row('8/3', R, employerRenewal(), employerRenewal({ incentiveEvidence: false })),
  row('9/1', R, schoolRenewal(), schoolRenewal({ goodStanding: false })),
  row('9/2', R, schoolRenewal(), schoolRenewal({ certificatesInValidityPeriod: 299 })),
  row('10/1', R, ex(R), ex(R, { goodStanding: false })),
  row('10/2/total', R, ex(R), ex(R, { certificatesInValidityPeriod: 599 })),
  row('10/2/per-occupation', R, ex(R), ex(R, { occupations: [{ code: '4-03-02-01', certificates: 99 }] })),
  row('10/3', R, ex(R), ex(R, { coreConditionsMaintained: false })),
  row('12', R, ex(R), ex(R, { falseDeclarationFound: true })),
  row('11', M, ex(M), ex(M, { submittedOnline: false })),
  row(
    '11/1',
    M,
    ex(M),
    ex(M, { materials: ['work_report', 'core_conditions_evidence', 'pay_linkage_evidence'] }),
  ),
  row(
    '11/2',
    M,
    ex(M),
    ex(M, { materials: ['renewal_application_form', 'core_conditions_evidence', 'pay_linkage_evidence'] }),
  ),
  row(
    '11/3',
    M,
    ex(M),
    ex(M, { materials: ['renewal_application_form', 'work_report', 'pay_linkage_evidence'] }),
  ),
  row(
    '11/4',
    M,
    ex(M),
    ex(M, { materials: ['renewal_application_form', 'work_report', 'core_conditions_evidence'] }),
  ),
  row('11/5', M, ex(M), ex(M, { supplementaryRequested: ['场地产权证明'] })),
  row(
    '13/notice',
    'gz-rules.exit.voluntary',
    ex('gz-rules.exit.voluntary'),
    ex('gz-rules.exit.voluntary', { intendedTerminationOn: '2026-03-31' }),
  ),
  row(
    '13/written-application',
    'gz-rules.exit.voluntary',
    ex('gz-rules.exit.voluntary'),
    ex('gz-rules.exit.voluntary', { submittedToOwnAuthority: false }),
  ),
  row(
    '13/wrap-up',
    'gz-rules.exit.wrap_up',
    wrap({ route: 'voluntary', terminationOn: '2026-05-01' }),
    wrap({ route: 'voluntary', terminationOn: '2026-04-30' }),
  ),
  row(
    '14/lapse',
    'gz-rules.exit.lapse',
    lapse({ renewalSubmittedOn: '2026-06-01', renewalOutcome: 'approved' }),
    lapse(),
    '2026-07-20',
  ),
  row('14/wrap-up', 'gz-rules.exit.lapse', lapse(), lapse({ recordsArchivedOn: '2026-07-16' }), '2026-07-20'),
  row(
    '15/ordered',
    'gz-rules.exit.ordered',
    { violationEstablished: false },
    { violationEstablished: true, seriousness: 'serious' },
  ),
  row(
    '15/wrap-up',
    'gz-rules.exit.wrap_up',
    wrap({ route: 'ordered', terminationOn: '2026-04-01', orderedDeadline: '2026-05-01' }),
    wrap({ route: 'ordered', terminationOn: '2026-04-01', orderedDeadline: '2026-04-30' }),
  ),
]);
