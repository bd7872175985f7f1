// 证书核验 (issue 12 point 1): what anyone may learn about a certificate, by its number, by the
// holder's name and document number, or from the signed payload of a QR code. The answer has one shape
// whether anything is found or not — a list of certificates, empty for a miss — and shows only what
// is needed: the name, the masked document number, occupation, level, institution, issue date and
// status; a certificate that no longer stands says so with the day and the category of the reason
// (certificate-status-reason.ts), never as valid. Throttling and the log are the route's (the HTTP
// edge knows the client); this module reads.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import { AppError } from '../../domain/errors.js';
import { parseCertificateNumber } from '../../domain/certificate-number.js';
import { statusReasonCategory, type StatusReasonCategory } from '../../domain/certificate-status-reason.js';
import { checkDocumentNumber } from '../registry/validate.js';
import { todayInChina } from '../registry/registry-context.js';
import {
  latestStatusChanges,
  publicCertificateByNumber,
  publicCertificatesOfHolder,
  type PublicCertificateRow,
} from '../../persistence/certificate-verification.repository.js';
import {
  holderNameHash,
  readCertificatePayload,
  verifyCertificatePayload,
  type PayloadCheck,
} from '../../verification/certificate-payload.js';
import type { PublishedKeys } from './published-keys.js';

export interface VerifiedCertificate {
  number: string;
  holderName: string;
  holderDocType: string;
  holderDocMasked: string;
  occupationCode: string;
  occupationName: string | null;
  level: number;
  institutionName: string;
  issuedOn: string;
  status: 'valid' | 'invalidated' | 'withdrawn';
  /** For a certificate that no longer stands: from when, and the category of the reason. */
  statusEffectiveOn: string | null;
  statusReason: StatusReasonCategory | null;
}

export interface PayloadVerdict {
  /** The signature holds under a published key that was valid on the day it signed. */
  valid: boolean;
  reason: Exclude<PayloadCheck, { ok: true }>['reason'] | null;
  keyId: string | null;
  signedOn: string | null;
  /** Whether the name given matches the hash the payload carries; null when no name was given. */
  nameMatches: boolean | null;
}

export interface Verification {
  checkedAt: string;
  certificates: VerifiedCertificate[];
  /** Only for a lookup by payload. */
  payload: PayloadVerdict | null;
}

export type VerificationQuery =
  | { by: 'number'; number: string }
  | { by: 'holder'; name: string; docType: string; docNumber: string }
  | { by: 'payload'; payload: string; name?: string | undefined };

/** The number or name a query targets (what the per-target throttle counts), validated. */
export function lookupTarget(q: VerificationQuery): string {
  if (q.by === 'number') return `n:${parsedNumber(q.number)}`;
  if (q.by === 'holder') return `h:${q.name.normalize('NFKC').trim().replace(/\s+/g, ' ')}`;
  const claims = readCertificatePayload(q.payload);
  return claims ? `n:${claims.number}` : `p:${q.payload.slice(0, 200)}`;
}

function parsedNumber(input: string): string {
  const parsed = parseCertificateNumber(input);
  if (!parsed.ok) throw new AppError(422, parsed.code, '证书编号不正确', parsed.message_zh);
  return parsed.value.number;
}

async function present(db: Kysely<DB>, rows: PublicCertificateRow[]): Promise<VerifiedCertificate[]> {
  const changes = await latestStatusChanges(
    db,
    rows.filter((r) => r.status !== 'valid'),
  );
  return rows.map((r) => {
    const change = changes.get(r.id);
    return {
      number: r.number,
      holderName: r.holder_name,
      holderDocType: r.holder_doc_type,
      holderDocMasked: r.holder_doc_masked,
      occupationCode: r.occupation_code,
      occupationName: r.occupation_name ?? null,
      level: r.level,
      institutionName: r.institution_name,
      issuedOn: String(r.issued_on),
      status: r.status,
      statusEffectiveOn: r.status === 'valid' ? null : (change?.effective_on ?? null),
      statusReason: r.status === 'valid' ? null : statusReasonCategory(change?.articles),
    };
  });
}

export async function verifyCertificate(
  db: Kysely<DB>,
  personalData: PersonalDataProtector,
  keys: PublishedKeys,
  q: VerificationQuery,
  now: Date = new Date(),
): Promise<Verification> {
  const checkedAt = now.toISOString();
  if (q.by === 'number') {
    const row = await publicCertificateByNumber(db, parsedNumber(q.number));
    return { checkedAt, certificates: await present(db, row ? [row] : []), payload: null };
  }
  if (q.by === 'holder') {
    const doc = checkDocumentNumber(q.docType, q.docNumber, 'documentNumber', todayInChina(now));
    const rows = await publicCertificatesOfHolder(
      db,
      personalData.lookupHashes(doc.number),
      q.name.normalize('NFKC').trim(),
    );
    return { checkedAt, certificates: await present(db, rows), payload: null };
  }
  const check = verifyCertificatePayload(q.payload, await keys.verificationKeys());
  const claims = check.ok ? check.claims : (check.claims ?? null);
  const verdict: PayloadVerdict = {
    valid: check.ok,
    reason: check.ok ? null : check.reason,
    keyId: claims?.keyId ?? null,
    signedOn: claims?.signedOn ?? null,
    nameMatches: claims && q.name ? holderNameHash(claims.number, q.name) === claims.holderNameHash : null,
  };
  // A payload whose signature fails says nothing about the register: no certificate is shown for it.
  const row = check.ok ? await publicCertificateByNumber(db, check.claims.number) : undefined;
  return { checkedAt, certificates: await present(db, row ? [row] : []), payload: verdict };
}
