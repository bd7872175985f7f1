// Registry records as the API returns them (docs/api.md, "Registry").
import type { InstitutionKind, RegistryStatus, StaffRole } from '../../app/labels';

export interface InstitutionAbilities {
  read: boolean;
  update: boolean;
  manageBranches: boolean;
  manageStaff: boolean;
  manageSites: boolean;
  manageScopes: boolean;
  revealPersonalData?: boolean;
}

/** Holdings counted by the server: branches, active staff (and by role), sites, active scopes. */
export interface InstitutionCounts {
  branches: number;
  staff: number;
  staffByRole: Record<StaffRole, number>;
  sites: number;
  scopes: number;
}

export interface Institution {
  id: string;
  name: string;
  kind: InstitutionKind;
  uscc: string;
  legalRepresentative: string;
  address: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  authorityId: string | null;
  authorityName: string | null;
  status: RegistryStatus;
  contactPhone: string | null;
  establishedOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  abilities: InstitutionAbilities;
  counts?: InstitutionCounts;
}

/** The caller's abilities on one held record (branch, site, scope; staff adds revealPersonalData). */
export interface RecordAbilities {
  read: boolean;
  update: boolean;
  revealPersonalData?: boolean;
}

export interface Branch {
  id: string;
  institutionId: string;
  name: string;
  uscc: string | null;
  address: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  status: RegistryStatus;
  version: number;
  abilities: RecordAbilities;
}

export interface StaffRoleAssignment {
  role: StaffRole;
  occupationCode?: string | null;
  level?: number | null;
}

export interface Staff {
  id: string;
  institutionId: string;
  branchId: string | null;
  name: string;
  idDocType: string;
  idNumberMasked: string;
  phone: string | null;
  active: boolean;
  roles: StaffRoleAssignment[];
  version: number;
  abilities: RecordAbilities;
}

export interface Site {
  id: string;
  institutionId: string;
  branchId: string | null;
  name: string;
  address: string;
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
  version: number;
  abilities: RecordAbilities;
}

export interface Scope {
  id: string;
  institutionId: string;
  occupationCode: string;
  occupationName: string;
  level: number;
  validFrom: string | null;
  validTo: string | null;
  status: 'pending' | 'active' | 'suspended' | 'ended';
  version: number;
  abilities: RecordAbilities;
}

export interface Jurisdiction {
  code: string;
  name: string;
  level: 'national' | 'province' | 'prefecture' | 'county';
  parentCode: string | null;
}

export interface SkillLevel {
  level: number;
  nameZh: string;
  titleZh: string;
  nameEn: string;
}

export interface Occupation {
  code: string;
  name: string;
}

export interface Authority {
  id: string;
  name: string;
  kind: string;
  jurisdictionCode: string;
}
