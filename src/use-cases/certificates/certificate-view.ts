// What a certificate looks like to a caller: the register's row with names, the masked document (the
// full one only through the audited reveal) and the caller's abilities.
import type { Caller } from '../../policies/actor.js';
import { certificatePolicy, type CertificateAbilities } from '../../policies/certificate.policy.js';
import type { CertificateRow } from '../../persistence/certificates.repository.js';

export interface CertificateView {
  id: string;
  number: string;
  issueYear: number;
  issuedOn: string;
  institutionId: string;
  institutionName: string;
  branchId: string | null;
  branchName: string | null;
  sessionId: string | null;
  /** issued: from a closed session here; uploaded: brought in by 证书数据上报. */
  source: 'issued' | 'uploaded';
  holderName: string;
  holderDocType: string;
  holderDocMasked: string;
  occupationCode: string;
  occupationName: string | null;
  level: number;
  status: 'valid' | 'invalidated' | 'withdrawn';
  statusChangedAt: string | null;
  queryableAt: string;
  abilities: CertificateAbilities;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());
const day = (d: Date | string): string =>
  typeof d === 'string' ? d.slice(0, 10) : new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(d);

export function certificateView(caller: Caller, r: CertificateRow): CertificateView {
  return {
    id: r.id,
    number: r.number,
    issueYear: r.issue_year,
    issuedOn: day(r.issued_on as Date | string),
    institutionId: r.institution_id,
    institutionName: r.institution_name,
    branchId: r.branch_id,
    branchName: r.branch_name,
    sessionId: r.session_id,
    source: r.session_id ? 'issued' : 'uploaded',
    holderName: r.holder_name,
    holderDocType: r.holder_doc_type,
    holderDocMasked: r.holder_doc_masked,
    occupationCode: r.occupation_code,
    occupationName: r.occupation_name,
    level: r.level,
    status: r.status,
    statusChangedAt: iso(r.status_changed_at),
    queryableAt: iso(r.queryable_at as Date)!,
    abilities: certificatePolicy.abilities(caller, r),
  };
}
