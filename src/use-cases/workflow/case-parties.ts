// The parties of a case as the role and read checks need them (src/workflows/case-roles.ts). By
// convention a procedure keeps the experts drawn onto its panel in its data as `expertIds`, and an
// authority applying on an organisation's behalf (dept-pilot) as `applicantAuthorityId`, and a case
// opened by the deciding authority itself (branch filing) says so as `openedBy: 'authority'`. A case
// never submitted (submitted_at null) is the applicant's alone (case-roles.ts).
import type { CaseRecord } from '../../persistence/cases.repository.js';
import type { CaseParties } from '../../workflows/case-roles.js';

export function partiesOf(c: CaseRecord): CaseParties {
  const ids = c.data.expertIds;
  return {
    institutionId: c.institutionId,
    authorityId: c.authorityId,
    jurisdictionCode: c.jurisdictionCode,
    expertIds: Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [],
    applicantAuthorityId:
      typeof c.data.applicantAuthorityId === 'string' ? c.data.applicantAuthorityId : null,
    // A violation case is opened by its deciding body and is never an applicant's private draft.
    submitted: c.submittedAt !== null || c.procedure === 'violation-case',
    openedBy: c.data.openedBy === 'authority' ? 'authority' : 'applicant',
    deciderInstitutionId: c.deciderInstitutionId,
    partyIsPerson: c.procedure === 'violation-case' && c.data.subject !== 'institution',
  };
}
