// Builds the facts of the gz-rules checks from the three sources the law puts them in: the registry
// (every number of §6 and the rooms of §5(二): staff, quality supervisors, assessors per occupation,
// the site), the application (what the institution states and proves by its materials) and the
// authority's review (the assessments the text leaves to it, the §7 background check). Pure.
import { parameterAt, type ListEntry, type Parameter } from '../../parameters/parameter.js';
import { schoolRequiredRooms, socialOrgRequiredRooms } from '../../parameters/gz-rules.js';
import type { LegalForm } from '../../rules/facts.js';
import type { ApplicantKind, Application, Review } from './data.js';
import { legalFormOf, matchingAssessors, type RegistryFacts, type RegistrySite } from './registry-facts.js';

/** The check each kind of applicant is selected under (src/rules/gz-rules). */
export const SELECTION_CHECK: Record<ApplicantKind, string> = {
  employer: 'gz-rules.selection.employer',
  school: 'gz-rules.selection.school',
  social_org: 'gz-rules.selection.social_org',
};
export const PROHIBITIONS_CHECK = 'gz-rules.prohibitions';

/** Registered room names (考务室 …) → the ids of the parameter's list; unknown names are left out. */
function roomIds(p: Parameter<readonly ListEntry[]>, site: RegistrySite, asOf: string): string[] {
  const list = parameterAt(p, asOf);
  return list.filter((e) => site.functionalRooms.includes(e.name_zh)).map((e) => e.id);
}

const assessmentOf = (review: Review | undefined, code: string) =>
  review?.occupations?.find((o) => o.code === code);

/** What a 12 (事业单位) USCC may be refined to by the applicant's statement (gz-rules §7(1) names them). */
const PUBLIC_INSTITUTION_KINDS = new Set(['school', 'public_training_base', 'research_institute']);

/**
 * The applicant's legal form: the USCC decides where it tells (9x 企业, 51 社会团体, 52 民办非企业单位,
 * 11 机关); a 事业单位 (12) may be stated more precisely (院校、公共实训基地、科研院所); where the USCC
 * tells nothing, the statement. A statement never overrides what the USCC says (a 社会团体 cannot
 * declare itself an enterprise to reach the §6(3) exception or escape §7).
 */
export function effectiveLegalForm(a: Application, r: RegistryFacts): LegalForm | undefined {
  const fromUscc = legalFormOf(r.institution.kind, r.institution.uscc);
  if (fromUscc === undefined) return a.legalForm;
  if (fromUscc === 'public_institution' && a.legalForm && PUBLIC_INSTITUTION_KINDS.has(a.legalForm))
    return a.legalForm;
  return fromUscc;
}

/** What the application still lacks for its kind (labels in Chinese); empty = complete. */
export function missingDeclarations(kind: ApplicantKind, a: Application, r: RegistryFacts): string[] {
  const out: string[] = [];
  if (r.site === null)
    out.push(
      a.siteId
        ? '用于认定的场地（所选场地未登记在本机构名下）'
        : '用于认定的场地（机构名下没有或有多处场地，请指定）',
    );
  if (!a.legalForm && !legalFormOf(r.institution.kind, r.institution.uscc)) out.push('单位法律形式');
  if (kind === 'social_org') {
    if (a.managementSystems === undefined) out.push('已制定的管理制度');
    if (a.expertTeam === undefined) out.push('专家团队');
    if (a.officeAndCommunicationEquipment === undefined) out.push('办公设备和通信设备');
    if (a.singleSeatPerDesk === undefined) out.push('考场单人单桌');
    for (const o of a.occupations)
      if (o.trainingVolume === undefined) out.push(`职业（工种）${o.code} 的培训规模`);
  }
  if (kind === 'employer') {
    if (a.enterpriseCategories === undefined) out.push('企业类别');
    for (const o of a.occupations)
      if (o.hasCorrespondingSkillPost === undefined) out.push(`职业（工种）${o.code} 是否有对应技能岗位`);
  }
  if (kind === 'school') {
    if (a.candidatesOwnFullTimeStudentsOnly === undefined) out.push('评价对象范围');
    if (a.evaluationTiming === undefined) out.push('评价时间');
    if (a.dedicatedUnit === undefined) out.push('专职内设机构');
  }
  return out;
}

/** Facts of gz-rules.selection.<kind>. The site must be known (the application names it). */
export function selectionFacts(
  kind: ApplicantKind,
  a: Application,
  review: Review | undefined,
  r: RegistryFacts,
  site: RegistrySite,
  asOf: string,
): Record<string, unknown> {
  const jurisdictionCode = r.institution.jurisdictionCode;
  if (kind === 'social_org')
    return {
      jurisdictionCode,
      influenceAndReputation: review?.influenceAndReputation,
      guizhouCharacteristicEnterprise: review?.guizhouCharacteristicEnterprise,
      // §6(3) 但书 "贵州地方性特色的企业" is for enterprises only: the rule needs the legal form.
      ...(effectiveLegalForm(a, r) ? { legalForm: effectiveLegalForm(a, r) } : {}),
      trainingHistorySince: a.trainingHistorySince ?? null,
      managementSystems: a.managementSystems ?? [],
      fullTimeStaff: r.fullTimeStaff,
      qualitySupervisors: r.qualitySupervisors,
      expertTeam: a.expertTeam ?? false,
      occupations: a.occupations.map((o) => ({
        code: o.code,
        closelyRelated: assessmentOf(review, o.code)?.closelyRelated,
        newOccupation: o.newOccupation,
        trainingVolume: o.trainingVolume ?? 0,
        assessors: matchingAssessors(r, o.code, o.levels),
      })),
      premises: {
        tenure: site.tenure,
        ...(site.leaseStart ? { leaseFrom: site.leaseStart } : {}),
        ...(site.leaseEnd ? { leaseTo: site.leaseEnd } : {}),
        officeArea: site.floorAreaM2,
        officeAndCommunicationEquipment: a.officeAndCommunicationEquipment ?? false,
        functionalRooms: roomIds(socialOrgRequiredRooms, site, asOf),
        standardExamRooms: site.examRooms,
        computerExamSeats: site.computerSeats,
        singleSeatPerDesk: a.singleSeatPerDesk ?? false,
        // Not registered = not shown: 0 cm fails the ≥ 80 cm of §6(7).
        minDeskSpacingCm: site.deskSpacingCm ?? 0,
        examRoomVideoSurveillance: site.cctvExamRooms,
        practicalEquipmentMeetsStandard: review?.practicalEquipmentMeetsStandard,
        fullVideoCoverage: site.cctvFullCoverage,
        safetyCompliant: review?.safetyCompliant,
      },
    };
  if (kind === 'employer')
    return {
      jurisdictionCode,
      enterpriseCategories: a.enterpriseCategories ?? [],
      skilledWorkersMajority: review?.skilledWorkersMajority,
      willingAndCapable: review?.willingAndCapable,
      incentiveSystem: review?.incentiveSystem,
      occupations: a.occupations.map((o) => ({
        code: o.code,
        directlyRelatedToMainBusiness: assessmentOf(review, o.code)?.directlyRelatedToMainBusiness,
        hasCorrespondingSkillPost: o.hasCorrespondingSkillPost ?? false,
      })),
      systemsAndPlan: review?.systemsAndPlan,
      siteMeetsNationalStandard: review?.siteMeetsNationalStandard,
      siteSafetyCompliant: review?.siteSafetyCompliant,
    };
  return {
    jurisdictionCode,
    occupations: a.occupations.map((o) => ({
      code: o.code,
      levels: o.levels,
      matchesMajor: assessmentOf(review, o.code)?.matchesMajor,
      levelConsistentWithSchooling: assessmentOf(review, o.code)?.levelConsistentWithSchooling,
    })),
    candidatesOwnFullTimeStudentsOnly: a.candidatesOwnFullTimeStudentsOnly ?? false,
    evaluationTiming: a.evaluationTiming ?? 'other',
    dedicatedUnit: a.dedicatedUnit ?? false,
    // §5(二) 配备相应专职人员: the registry's full-time staff.
    fullTimeStaffAssigned: r.fullTimeStaff > 0,
    stableFunding: review?.stableFunding,
    officeRooms: roomIds(schoolRequiredRooms, site, asOf),
    siteMeetsNationalStandard: review?.siteMeetsNationalStandard,
    siteSafetyCompliant: review?.siteSafetyCompliant,
  };
}

/** Facts of gz-rules.prohibitions: the legal form from the USCC (or as stated), the rest from the review. */
export function prohibitionFactsOf(
  kind: ApplicantKind,
  a: Application,
  review: Review | undefined,
  r: RegistryFacts,
): Record<string, unknown> {
  const b = review?.background;
  return {
    applyingAs: kind,
    legalForm: effectiveLegalForm(a, r),
    decoupledFromGovernment: b?.decoupledFromGovernment,
    misconductRecords: b?.misconductRecords ?? [],
    annualInspectionFailures: b?.annualInspectionFailures ?? [],
    illegalSocialOrgListings: b?.illegalSocialOrgListings ?? [],
    businessAnomalyListings: b?.businessAnomalyListings ?? [],
    specialRectifications: b?.specialRectifications ?? [],
  };
}

/** The national checks that also judge a Guizhou social organisation (docs/decisions/0015). */
export const NATIONAL_CHECKS = {
  quota: 'mohrss-filing.social_org.quota',
  scope: 'mohrss-filing.social_org.occupation_scope',
  prohibitions: 'mohrss-filing.social_org.prohibitions',
} as const;

/**
 * Facts of mohrss-filing.social_org.prohibitions (二（七）) for a Guizhou social organisation: the same
 * background check as gz-rules §7, each text judging by its own rule, and the bad records in talent
 * evaluation that only 二（七）2（5） asks about.
 */
export function nationalProhibitionFacts(a: Application, review: Review | undefined, r: RegistryFacts) {
  const b = review?.background;
  return {
    legalForm: effectiveLegalForm(a, r),
    ...(b?.decoupledFromGovernment === undefined
      ? {}
      : { decoupledFromGovernment: b.decoupledFromGovernment }),
    misconductRecords: b?.misconductRecords ?? [],
    annualInspectionFailures: b?.annualInspectionFailures ?? [],
    illegalSocialOrgListings: b?.illegalSocialOrgListings ?? [],
    businessAnomalyListings: b?.businessAnomalyListings ?? [],
    talentEvaluationBadRecords: b?.talentEvaluationBadRecords ?? [],
  };
}

/**
 * Facts of mohrss-filing.social_org.quota (二(四)) for a Guizhou social organisation: the province is the
 * 辖区 of the deciding department; the other holders come from the registry; an exception is the
 * review's.
 */
export function nationalQuotaFacts(a: Application, review: Review | undefined, r: RegistryFacts) {
  const n = r.national!;
  return {
    jurisdictionCode: n.jurisdictionCode,
    occupations: a.occupations.map((o) => {
      const override = review?.quotaOverrides?.find((x) => x.code === o.code);
      return {
        code: o.code,
        otherFiledOrganisations: n.otherHolders[o.code] ?? 0,
        ...(override
          ? {
              override: {
                reason: override.reason,
                decidedBy: override.decidedBy,
                decidedOn: override.decidedOn,
              },
            }
          : {}),
      };
    }),
  };
}

/** Facts of mohrss-filing.social_org.occupation_scope (二(六)): standards from the registry, the rest from the review. */
export function nationalScopeFacts(a: Application, review: Review | undefined, r: RegistryFacts) {
  const n = r.national!;
  return {
    occupations: a.occupations.map((o) => ({
      code: o.code,
      skillOccupation: !(review?.nonSkillOccupations ?? []).includes(o.code),
      inQualificationCatalogue: (review?.qualificationCatalogueOccupations ?? []).includes(o.code),
      nationalStandard: n.standards[o.code]?.nationalStandard ?? false,
      filedNorm: n.standards[o.code]?.filedNorm ?? false,
    })),
  };
}
