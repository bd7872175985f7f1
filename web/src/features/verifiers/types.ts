// The verifier API as the web app reads it (src/http/routes/verifiers.routes.ts; decision 0035).
export type KeyState = 'active' | 'expiring' | 'expired' | 'revoked';
export type VerifierKind = 'employer' | 'subsidy_office' | 'credit_bank' | 'other';
export type BatchResult = 'valid' | 'invalid' | 'not_found';

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  state: KeyState;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  replacedBy: string | null;
  version: number;
}

export interface NewKey {
  key: ApiKey;
  secret: string;
}

export interface UsageDay {
  day: string;
  keyId: string | null;
  keyPrefix: string | null;
  requests: number;
  certificates: number;
}

export interface VerifierOrganisation {
  id: string;
  name: string;
  uscc: string | null;
  kind: VerifierKind;
  contact: string;
  dailyQuota: number;
  usedToday: number;
  readRights: { revoked: boolean; revokedAt: string | null; reason: string | null; revokedBy: string | null };
  deletionOrder: { text: string; orderedAt: string; orderedBy: string | null } | null;
  keys: { active: number; total: number };
  last30Days: { requests: number; certificates: number };
  createdAt: string;
  version: number;
  abilities: { update: boolean; revokeReadRights: boolean; orderDeletion: boolean };
}

export interface VerifierOrganisationDetail extends VerifierOrganisation {
  usage: UsageDay[];
  apiKeys: ApiKey[];
}

export const KEY_STATE: Record<KeyState, { zh: string; en: string; color: string }> = {
  active: { zh: '使用中', en: 'Active', color: 'green' },
  expiring: { zh: '已轮换，宽限期内', en: 'Rotated, in grace', color: 'orange' },
  expired: { zh: '已失效', en: 'Expired', color: 'default' },
  revoked: { zh: '已吊销', en: 'Revoked', color: 'red' },
};

export const VERIFIER_KIND: Record<VerifierKind, { zh: string; en: string }> = {
  employer: { zh: '用人单位', en: 'Employer' },
  subsidy_office: { zh: '补贴经办机构', en: 'Subsidy office' },
  credit_bank: { zh: '学分银行', en: 'Credit bank' },
  other: { zh: '其他', en: 'Other' },
};

export const RESULT: Record<BatchResult, { zh: string; en: string; color: string }> = {
  valid: { zh: '有效', en: 'Valid', color: 'green' },
  invalid: { zh: '无效', en: 'Invalid', color: 'red' },
  not_found: { zh: '未查到', en: 'Not found', color: 'default' },
};

/** A date and time as the reader's clock shows it, minutes only. */
export const when = (iso: string | null): string =>
  iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }).slice(0, -3) : '—';
