// The facts of each rules check, built from the case (application, assessment, credit check, recorded
// exceptions) and the registry (staff, sites, standards, other organisations' scopes). Only shaping:
// every condition is judged by the check itself (src/rules), never here.
import { listEntryIds, parameterAt } from '../../parameters/parameter.js';
import { requiredManagementSystems, socialOrgRequiredRooms } from '../../parameters/gz-rules.js';
import { socialOrgMaterials } from '../../parameters/mohrss-filing.js';
import type { LegalForm } from '../../rules/facts.js';
import type { Assessment, CreditRecord, SocialOrgFilingCtx, SocialOrgFilingData } from './data.js';

/** The checklist items filed, as material ids the materials check knows (二(八)). */
export function materialsFacts(ctx: SocialOrgFilingCtx) {
  const known = new Set<string>(listEntryIds(socialOrgMaterials));
  return { materials: ctx.materials.filter((m) => known.has(m)) };
}

/** The legal form as verified at assessment, else as the USCC tells it, else as declared. */
export function effectiveLegalForm(
  data: SocialOrgFilingData,
  ctx: SocialOrgFilingCtx,
  assessment: Pick<Assessment, 'legalForm'> | null,
): LegalForm | null {
  return assessment?.legalForm ?? ctx.institution.legalFormFromUscc ?? data.legalForm;
}

const scopeOccupations = (data: SocialOrgFilingData, ctx: SocialOrgFilingCtx, a: Assessment) =>
  data.occupations.map((o) => {
    const known = ctx.occupations.find((x) => x.code === o.code);
    return {
      code: o.code,
      skillOccupation: !a.nonSkillOccupations.includes(o.code),
      inQualificationCatalogue: a.qualificationCatalogueOccupations.includes(o.code),
      nationalStandard: known?.nationalStandard ?? false,
      filedNorm: known?.filedNorm ?? false,
    };
  });

/** mohrss-filing.social_org.eligibility: 二(五) as assessed, the premises from the registry, 二(六). */
export function eligibilityFacts(data: SocialOrgFilingData, ctx: SocialOrgFilingCtx, a: Assessment) {
  const site = ctx.site;
  return {
    ...a.conditions,
    premisesWithVideoSurveillance: site !== null && (site.cctvExamRooms || site.cctvFullCoverage),
    occupations: scopeOccupations(data, ctx, a),
  };
}

const description = (r: CreditRecord) => `${r.source}${r.note ? `：${r.note}` : ''}`.slice(0, 500);
const byRegister = (records: readonly CreditRecord[], register: CreditRecord['register']) =>
  records.filter((r) => r.register === register);

function creditFacts(records: readonly CreditRecord[]) {
  return {
    misconductRecords: byRegister(records, 'misconduct').map((r) => ({
      party: r.party,
      recordedOn: r.from,
      clearedOn: r.to,
      description: description(r),
    })),
    annualInspectionFailures: byRegister(records, 'annual_inspection_failure').map((r) => ({
      on: r.from,
      note: description(r),
    })),
    illegalSocialOrgListings: byRegister(records, 'illegal_social_org_list').map((r) => ({
      from: r.from,
      to: r.to,
    })),
    businessAnomalyListings: byRegister(records, 'business_anomaly_list').map((r) => ({
      from: r.from,
      to: r.to,
    })),
  };
}

/** mohrss-filing.social_org.prohibitions: 二(七) from the legal form and the credit check. */
export function prohibitionFacts(legalForm: LegalForm, a: Assessment) {
  const records = a.creditCheck.records;
  return {
    legalForm,
    ...(a.decoupledFromGovernment === null ? {} : { decoupledFromGovernment: a.decoupledFromGovernment }),
    ...creditFacts(records),
    talentEvaluationBadRecords: byRegister(records, 'talent_evaluation_bad_record').map((r) => ({
      recordedOn: r.from,
      clearedOn: r.to,
      description: description(r),
    })),
  };
}

/** gz-rules.prohibitions (§7) for a Guizhou applicant applying as a social organisation. */
export function regionalProhibitionFacts(legalForm: LegalForm, a: Assessment) {
  return {
    applyingAs: 'social_org' as const,
    legalForm,
    ...(a.decoupledFromGovernment === null ? {} : { decoupledFromGovernment: a.decoupledFromGovernment }),
    ...creditFacts(a.creditCheck.records),
    specialRectifications: byRegister(a.creditCheck.records, 'special_rectification').map((r) => ({
      kind: 'other' as const,
      startedOn: r.from,
      completedOn: r.to,
    })),
  };
}

/**
 * gz-rules.selection.social_org (§6): the numbers from the registry (staff, quality supervisors,
 * assessors per occupation, the premises), the declared history, volumes and regulations, and the
 * authority's assessment of what the text leaves to it.
 */
export function regionalSelectionFacts(
  data: SocialOrgFilingData,
  ctx: SocialOrgFilingCtx,
  a: Assessment,
  asOf: string,
) {
  const r = a.regional!;
  const systems = new Set<string>(listEntryIds(requiredManagementSystems));
  const rooms = parameterAt(socialOrgRequiredRooms, asOf);
  const site = ctx.site;
  return {
    jurisdictionCode: ctx.institution.jurisdictionCode,
    influenceAndReputation: r.influenceAndReputation,
    guizhouCharacteristicEnterprise: r.guizhouCharacteristicEnterprise,
    // §6(3) 但书 "贵州地方性特色的企业" is for enterprises only: the rule needs the legal form.
    ...(effectiveLegalForm(data, ctx, a) ? { legalForm: effectiveLegalForm(data, ctx, a)! } : {}),
    trainingHistorySince: data.trainingHistorySince,
    managementSystems: data.managementSystems.filter((s) => systems.has(s)),
    fullTimeStaff: ctx.fullTimeStaff,
    qualitySupervisors: ctx.qualitySupervisors,
    expertTeam: a.conditions.expertTeam,
    occupations: data.occupations.map((o) => ({
      code: o.code,
      closelyRelated: !r.notCloselyRelatedOccupations.includes(o.code),
      newOccupation: r.newOccupations.includes(o.code),
      trainingVolume: o.trainingVolume,
      assessors: ctx.occupations.find((x) => x.code === o.code)?.assessors ?? 0,
    })),
    premises: {
      tenure: site?.tenure ?? 'leased',
      ...(site?.leaseStart ? { leaseFrom: site.leaseStart } : {}),
      ...(site?.leaseEnd ? { leaseTo: site.leaseEnd } : {}),
      officeArea: site?.floorAreaM2 ?? 0,
      officeAndCommunicationEquipment: r.officeAndCommunicationEquipment,
      // The registry keeps the rooms by their Chinese names; the rule lists them by id.
      functionalRooms: rooms
        .filter((room) => site?.functionalRooms.includes(room.name_zh))
        .map((room) => room.id),
      standardExamRooms: site?.examRooms ?? 0,
      computerExamSeats: site?.computerSeats ?? 0,
      singleSeatPerDesk: r.singleSeatPerDesk,
      // A spacing not recorded in the registry is taken as not shown (0 cm).
      minDeskSpacingCm: site?.deskSpacingCm ?? 0,
      examRoomVideoSurveillance: site?.cctvExamRooms ?? false,
      practicalEquipmentMeetsStandard: r.practicalEquipmentMeetsStandard,
      fullVideoCoverage: site?.cctvFullCoverage ?? false,
      safetyCompliant: r.safetyCompliant,
    },
  };
}

/** mohrss-filing.social_org.quota (二(四)): the other organisations per occupation, and recorded exceptions. */
export function quotaFacts(data: SocialOrgFilingData, ctx: SocialOrgFilingCtx) {
  return {
    jurisdictionCode: ctx.quota.jurisdictionCode,
    occupations: data.occupations.map((o) => {
      const override = data.quotaOverrides[o.code];
      return {
        code: o.code,
        otherFiledOrganisations: ctx.quota.others[o.code] ?? 0,
        ...(override ? { override } : {}),
      };
    }),
  };
}
