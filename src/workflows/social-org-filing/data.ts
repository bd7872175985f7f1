// What a social-organisation filing case (mohrss-filing 二) keeps — the application, the authority's
// assessment and credit check, recorded quota exceptions, the notice, the filing and its validity, a
// refusal or cancellation (the findings they rest on are recorded on their case events) — and the facts its guards read from the
// registry at the instant of a transition (loaded under the case lock).
import type { LegalForm, PrincipleOverride } from '../../rules/facts.js';
import type { ObjectionRef } from '../public-notice/objections.js';
import type { NoticeUnit } from '../public-notice/notice-period.js';
import type { ReviewCorrectionRecord } from '../review-correction.js';

export type Level = 1 | 2 | 3 | 4 | 5;

/** 职业技能等级 (国家职业技能标准): 一级/高级技师 … 五级/初级工. */
export const LEVEL_ZH: Record<Level, string> = {
  1: '一级/高级技师',
  2: '二级/技师',
  3: '三级/高级工',
  4: '四级/中级工',
  5: '五级/初级工',
};

/** One occupation applied for, with its levels and the training volume the applicant declares. */
export interface AppliedOccupation {
  code: string;
  /** The occupation's name in the catalogue when applied for (printed on the documents). */
  name: string;
  levels: Level[];
  /** Person-times trained in the occupation (gz-rules §6(3) where it applies; 基本情况表). */
  trainingVolume: number;
}

/** A record found by the authority's credit check (信用核查), with its source. */
export interface CreditRecord {
  register:
    | 'misconduct'
    | 'annual_inspection_failure'
    | 'illegal_social_org_list'
    | 'business_anomaly_list'
    | 'talent_evaluation_bad_record'
    | 'special_rectification';
  party: 'institution' | 'legal_representative';
  /** Date recorded / listed / concluded / started. */
  from: string;
  /** Date cleared / removed / completed; null while it stands. */
  to: string | null;
  /** Where it was found (信用中国、国家企业信用信息公示系统、民政部门 …). */
  source: string;
  note: string | null;
}

/** mohrss-filing 二(五) as the authority verified and assessed it (核验评估, 二(十)3). */
export interface AssessedConditions {
  independentLegalPersonInChina: boolean;
  mainDutyTalentTraining: boolean;
  trainingOrEvaluationBusinessScope: boolean;
  financialAndManagementSystems: boolean;
  goodCreditNoBadRecords: boolean;
  influenceAndExperience: boolean;
  scaleAndYears: boolean;
  dedicatedDepartment: boolean;
  adequateFullTimeStaff: boolean;
  expertTeam: boolean;
  stableFunding: boolean;
  qualityControlMeasures: boolean;
  socialBenefitFirst: boolean;
  acceptsSupervision: boolean;
}

/** gz-rules §6 conditions left to the Guizhou authority (the numbers come from the registry). */
export interface RegionalAssessment {
  influenceAndReputation: boolean;
  /** Occupations found NOT closely related to the applicant's registered scope (§6(2)). */
  notCloselyRelatedOccupations: string[];
  /** Occupations that are MOHRSS-published new occupations (§6(3) exception). */
  newOccupations: string[];
  guizhouCharacteristicEnterprise: boolean;
  officeAndCommunicationEquipment: boolean;
  singleSeatPerDesk: boolean;
  practicalEquipmentMeetsStandard: boolean;
  safetyCompliant: boolean;
}

export interface Assessment {
  assessedOn: string;
  assessedBy: string | null;
  conditions: AssessedConditions;
  /** Verified legal form where the USCC does not tell (foundations, 个体 …) or the authority corrects it. */
  legalForm: LegalForm | null;
  decoupledFromGovernment: boolean | null;
  /** Occupations found in the national qualification catalogue (二(六) 〔另行研究〕). */
  qualificationCatalogueOccupations: string[];
  /** Occupations found not to be skill occupations (二(六)). */
  nonSkillOccupations: string[];
  regional: RegionalAssessment | null;
  creditCheck: { checkedOn: string; sources: string; records: CreditRecord[] };
  opinion: string;
}

/** The notice as the case records it (the notice itself, with its objections, is in public_notices). */
export interface NoticeSummary {
  publishedOn: string;
  startsOn: string;
  endsOn: string;
  days: number;
  unit: NoticeUnit;
  explanation_zh: string;
}

export interface Filing {
  filingCode: string;
  filedOn: string;
  validFrom: string;
  validTo: string;
  /** Why the validity runs to validTo: the texts set no term, so the authority records its basis. */
  validityBasis: string;
}

/** A refusal or cancellation as decided; the findings it rests on are on its case event. */
export interface Decision {
  on: string;
  by: string | null;
  reason: string;
}

export type SocialOrgFilingData = {
  occupations: AppliedOccupation[];
  /** The premises (场地) the application rests on. */
  siteId: string;
  /** Declared by the applicant where the USCC does not tell. */
  legalForm: LegalForm | null;
  decoupledFromGovernment: boolean | null;
  /** gz-rules §6(3): start of continuous related training or assessment, if any. */
  trainingHistorySince: string | null;
  /** gz-rules §6(4): management regulations in place (ids of gz-rules.required_management_systems). */
  managementSystems: string[];
  correction: { items: string[]; note: string; requestedOn: string } | null;
  assessment: Assessment | null;
  /** 原则上 exceptions to the quota (二(四)), by occupation code. */
  quotaOverrides: Record<string, PrincipleOverride>;
  notice: NoticeSummary | null;
  filing: Filing | null;
  publishedOn: string | null;
  refusal: Decision | null;
  cancellation: (Decision & { verifiedOn: string; statementHeard: boolean }) | null;
  /** Returns for correction during the assessment (二(十)3; review-correction.ts). */
  reviewCorrections?: ReviewCorrectionRecord[];
};

export interface SiteFacts {
  id: string;
  name: string;
  tenure: 'owned' | 'leased';
  leaseStart: string | null;
  leaseEnd: string | null;
  floorAreaM2: number;
  functionalRooms: string[];
  examRooms: number;
  computerSeats: number;
  deskSpacingCm: number | null;
  cctvExamRooms: boolean;
  cctvFullCoverage: boolean;
}

export interface OccupationFacts {
  code: string;
  /** Whether the catalogue knows the code (an unknown code fails 二(六)). */
  known: boolean;
  nationalStandard: boolean;
  filedNorm: boolean;
  assessors: number;
}

/** The guards' view of the registry and the case at the instant of a transition. */
export interface SocialOrgFilingCtx {
  today: string;
  referenceNo: string;
  authority: { id: string; name: string; jurisdictionCode: string };
  /** The person acting (for recorded decisions), or null for the system. */
  actorName: string | null;
  institution: {
    id: string;
    name: string;
    kind: string;
    uscc: string;
    jurisdictionCode: string;
    /** Legal form as the USCC tells it (null where it cannot). */
    legalFormFromUscc: LegalForm | null;
  };
  /** Checklist items with a current file. */
  materials: string[];
  fullTimeStaff: number;
  qualitySupervisors: number;
  site: SiteFacts | null;
  occupations: OccupationFacts[];
  /** Per occupation: other social organisations holding it in the authority's jurisdiction today. */
  quota: { jurisdictionCode: string; others: Record<string, number> };
  notice: { publishedOn: string; endsOn: string; objections: readonly ObjectionRef[] } | null;
  /** Read only for a change of the application (update_application). */
  amendRegistry?: AmendRegistry;
}

/** What the registry says about the codes and the site a change of the application names. */
export interface AmendRegistry {
  /** Catalogue name of each code the change names that is in the catalogue. */
  occupationNames: Record<string, string>;
  /** The institution's own sites (not a branch's). */
  siteIds: string[];
}
