// Issuing certificates 颁发证书 from a closed evaluation session (issue 11 point 5): to every registered
// candidate of the session whose overall result is 'passed' and who holds no certificate of it yet — in
// one transaction, numbered from the shared counters (certificate-serials.ts), verifiable the moment
// the transaction commits (queryable_at = now). Idempotent: a second call issues only to candidates who
// passed since, and the session row is locked for the transaction, so two servers issuing the same
// session at once run one after the other and no candidate is ever given two certificates.
//
// Refused when
// - the session is not closed (its results are final only then);
// - the institution (or the branch that ran it) stands suspended — mohrss-violations §13 暂停其评价活动
//   during rectification — or exited — §14 终止备案; the standing is read in one place
//   (standing.repository.ts). Certificates issued before stay valid: exit stops new issuance only
//   (1x-exit §8, 1x-selection §28);
// - the issuer has no issuer code yet (positions 2–13): the refusal names the authority that must
//   record it (decision 0024).
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { DB } from '../../persistence/schema.js';
import { AppError, forbidden, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { certificatePolicy } from '../../policies/certificate.policy.js';
import { findEvaluationSession } from '../../persistence/evaluation-sessions.repository.js';
import { readStanding } from '../../persistence/standing.repository.js';
import {
  findIssuerCode,
  type IssuerCodeRecord,
} from '../../persistence/certificate-issuer-codes.repository.js';
import { allocateSerials } from '../../persistence/certificate-serials.js';
import {
  countSessionCertificates,
  insertCertificates,
  lockSessionForIssuance,
  passedCandidatesWithoutCertificate,
  type NewCertificate,
} from '../../persistence/certificates.repository.js';
import { certificateNumberPrefix, formatCertificateNumber } from '../../domain/certificate-number.js';
import { mv } from '../../rules/mohrss-violations/rule.js';
import { formatCitationZh } from '../../domain/citation.js';
import {
  auditContext,
  requireActor,
  todayInChina,
  type RegistryContext,
} from '../registry/registry-context.js';
import { issuerCodeMissing, sessionNotClosed } from './certificate-errors.js';
import { issuersOf, missingCodeMessage } from './issuer-codes.js';

export interface IssuanceResult {
  sessionId: string;
  issued: number;
  /** Certificates the session already had before this call. */
  alreadyIssued: number;
  issuedOn: string;
  firstNumber: string | null;
  lastNumber: string | null;
}

const VIOLATIONS = '《技能人才评价违纪违规行为处理工作指引（试行）》';

function standingRefusal(status: 'suspended' | 'exited', name: string): AppError {
  const citation = status === 'suspended' ? mv(13) : mv(14);
  const what =
    status === 'suspended'
      ? `${name}正处于限期整改、暂停评价活动期间，暂停期间不得颁发证书`
      : `${name}已终止备案或已退出，不得再颁发证书（此前颁发的证书继续有效）`;
  return new AppError(
    422,
    'CERTIFICATE_ISSUANCE_REFUSED',
    '不得颁发证书',
    `${what}（${VIOLATIONS}${formatCitationZh(citation)}）`,
    undefined,
    {
      citations: [citation],
    },
  );
}

/** The code the session's certificates are numbered under: the branch's own, else its institution's in the same province. */
async function issuerCodeFor(
  db: Kysely<DB>,
  institutionId: string,
  branchId: string | null,
  branchProvince: string | null,
): Promise<IssuerCodeRecord | undefined> {
  if (branchId) {
    const own = await findIssuerCode(db, institutionId, branchId);
    if (own) return own;
  }
  const inst = await findIssuerCode(db, institutionId, null);
  if (inst && (!branchId || inst.provinceCode === branchProvince)) return inst;
  return undefined;
}

export async function issueCertificates(ctx: RegistryContext, sessionId: string): Promise<IssuanceResult> {
  const actor = requireActor(ctx);
  const session = await findEvaluationSession(ctx.db, certificatePolicy.scope(actor), sessionId);
  if (!session) throw notFound('评价批次');
  if (!certificatePolicy.canIssue(actor, session)) throw forbidden('证书由组织该评价批次的评价机构颁发');
  if (session.status !== 'closed') throw sessionNotClosed(session.status);
  const standing = await readStanding(ctx.db, session.institutionId, session.branchId);
  if (!standing) throw notFound('评价批次');
  const name = standing.branchName
    ? `${standing.institutionName}（${standing.branchName}）`
    : standing.institutionName;
  if (standing.status === 'suspended' || standing.status === 'exited')
    throw standingRefusal(standing.status, name);
  const code = await issuerCodeFor(
    ctx.db,
    session.institutionId,
    session.branchId,
    session.branchId ? standing.jurisdictionCode.slice(0, 2) : null,
  );
  if (!code) {
    const issuer = (await issuersOf(ctx.db, session.institutionId))!.find(
      (i) => i.branchId === session.branchId,
    )!;
    throw issuerCodeMissing(missingCodeMessage(issuer));
  }
  const now = ctx.now ?? new Date();
  const issuedOn = todayInChina(now);
  const year = Number(issuedOn.slice(0, 4));
  const prefix = certificateNumberPrefix({ ...code, year, level: session.level });

  return ctx.db.transaction().execute(async (trx) => {
    const locked = await lockSessionForIssuance(trx, sessionId);
    if (!locked || locked.status !== 'closed') throw sessionNotClosed(locked?.status ?? 'planned');
    const before = await countSessionCertificates(trx, sessionId);
    const candidates = await passedCandidatesWithoutCertificate(trx, sessionId);
    if (candidates.length === 0)
      return { sessionId, issued: 0, alreadyIssued: before, issuedOn, firstNumber: null, lastNumber: null };
    const range = await allocateSerials(trx, prefix, candidates.length);
    const rows: NewCertificate[] = candidates.map((k, i) => ({
      id: randomUUID(),
      issue_year: year,
      number: formatCertificateNumber(prefix, range.first + i),
      issued_on: issuedOn,
      institution_id: session.institutionId,
      branch_id: session.branchId,
      session_id: sessionId,
      candidate_id: k.id,
      upload_id: null,
      holder_name: k.name,
      holder_doc_type: k.doc_type,
      holder_doc_enc: k.doc_enc,
      holder_doc_hmac: k.doc_hmac,
      holder_doc_masked: k.doc_masked,
      occupation_code: session.occupationCode,
      level: session.level,
      queryable_at: now,
    }));
    await insertCertificates(trx, rows);
    const result: IssuanceResult = {
      sessionId,
      issued: rows.length,
      alreadyIssued: before,
      issuedOn,
      firstNumber: rows[0]!.number,
      lastNumber: rows.at(-1)!.number,
    };
    // One audit row per issuance (the register's rows are the record of each certificate).
    await writeAudit(trx, auditContext(ctx), {
      entity: 'evaluation_session',
      entityId: sessionId,
      action: 'issue_certificates',
      after: { ...result, prefix, serials: [range.first, range.last] },
    });
    return result;
  });
}
