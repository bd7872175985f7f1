// The registry as a Guizhou selection reads it: the institution, its active staff by role, its
// assessors (per occupation, with the highest level each may assess) and the site it offers. Loaded
// under the case lock by the use case (src/use-cases/gz-selection/load-registry-facts.ts); pure data here.
import type { LegalForm } from '../../rules/facts.js';

export interface RegistryInstitution {
  id: string;
  name: string;
  kind: string;
  uscc: string;
  jurisdictionCode: string;
}

export interface RegistryAssessor {
  staffId: string;
  occupationCode: string;
  /** The highest level the assessor may assess (1 高级技师 … 5 初级工); null = not recorded. */
  level: number | null;
}

export interface RegistrySite {
  id: string;
  name: string;
  tenure: 'owned' | 'leased';
  leaseStart: string | null;
  leaseEnd: string | null;
  floorAreaM2: number;
  /** As registered: the Chinese names of the rooms (考务室、保密室 …). */
  functionalRooms: string[];
  examRooms: number;
  computerSeats: number;
  deskSpacingCm: number | null;
  cctvExamRooms: boolean;
  cctvFullCoverage: boolean;
}

export interface RegistryFacts {
  institution: RegistryInstitution;
  /** Distinct active staff holding the role. */
  fullTimeStaff: number;
  qualitySupervisors: number;
  assessors: RegistryAssessor[];
  /** The site named in the application, if it is registered to the institution. */
  site: RegistrySite | null;
  /** Every site of the institution (for the applicant's choice). */
  siteCount: number;
  /**
   * A social organisation only (mohrss-filing 二(四), 二(六) also judge it — docs/decisions/0015): per
   * occupation applied for, the other social organisations of Guizhou holding it, and its standards.
   */
  national?: {
    jurisdictionCode: string;
    otherHolders: Record<string, number>;
    standards: Record<string, { nationalStandard: boolean; filedNorm: boolean }>;
  };
}

/**
 * Assessors of an occupation who may assess every level applied for: accredited for the occupation at
 * a level at least as high as the highest level applied for (gz-rules §6(6): 与拟认定职业（工种）、等级
 * 相匹配). An assessor registered without a level counts (the registry does not say otherwise).
 */
export function matchingAssessors(r: RegistryFacts, code: string, levels: readonly number[]): number {
  return assessorsMatching(r.assessors, code, levels);
}

/** The same count over a list of accreditations (shared with the social-organisation filing). */
export function assessorsMatching(
  assessors: readonly RegistryAssessor[],
  code: string,
  levels: readonly number[],
): number {
  if (levels.length === 0) return 0;
  const highest = Math.min(...levels);
  const ids = new Set(
    assessors
      .filter((a) => a.occupationCode === code && (a.level === null || a.level <= highest))
      .map((a) => a.staffId),
  );
  return ids.size;
}

/**
 * The legal form as the USCC states it (GB 32100-2015 登记管理部门码 + 机构类别码): 9x 企业, 51 社会团体,
 * 52 民办非企业单位, 11 机关, 12 事业单位 (a school's is 院校). Other codes are not derivable: the
 * applicant states the form (公共实训基地, 科研院所 …) in the application.
 */
export function legalFormOf(kind: string, uscc: string): LegalForm | undefined {
  if (kind === 'school') return 'school';
  const head = uscc.slice(0, 2);
  if (uscc.startsWith('9')) return 'enterprise';
  if (head === '51') return 'social_group';
  if (head === '52') return 'private_non_enterprise';
  if (head === '11') return 'government_body';
  if (head === '12') return 'public_institution';
  return undefined;
}
