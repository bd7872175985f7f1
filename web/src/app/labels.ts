// The API's enumerations (glossary identifiers) and the dictionary keys that name them on screen.
import type { MessageKey } from '../i18n/zh-CN';
import type { Translate } from './i18n';

export const INSTITUTION_KINDS = [
  'employer',
  'school',
  'social_org',
  'industry_org',
  'training_org',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const REGISTRY_STATUSES = ['registered', 'active', 'suspended', 'exited'] as const;
export type RegistryStatus = (typeof REGISTRY_STATUSES)[number];

export const STAFF_ROLES = ['full_time_staff', 'assessor', 'quality_supervisor', 'exam_admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const SCOPE_STATUSES = ['pending', 'active', 'suspended', 'ended'] as const;
export const TENURES = ['owned', 'leased'] as const;

/** Tag colours: the status a regulator watches stands out (suspended orange, exited grey). */
export const STATUS_COLORS: Record<string, string> = {
  registered: 'blue',
  active: 'green',
  suspended: 'orange',
  exited: 'default',
  pending: 'blue',
  ended: 'default',
};

/** Name of an enumeration value, e.g. label(t, 'kind', 'school') → 院校; unknown values show as sent. */
export function label(t: Translate, group: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const key = `${group}.${value}` as MessageKey;
  const s = t(key);
  return s === key ? String(value) : s;
}

export function options(t: Translate, group: string, values: readonly string[]) {
  return values.map((v) => ({ value: v, label: label(t, group, v) }));
}
