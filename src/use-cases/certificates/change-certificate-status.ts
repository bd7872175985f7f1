// A certificate declared invalid (宣布无效) or withdrawn (撤销) (issue 11 point 5): with the reason, the
// date it takes effect, the articles and — when there is one — the decision (case, document) that
// caused it; appended to certificate_status_history (append-only) in the same transaction as the change
// and its audit row. Only a valid certificate changes: of two concurrent changes one wins, the other is
// told the certificate already changed. The violations procedures (mohrss-violations §5–7: results and
// certificates obtained by cheating are cancelled) call changeCertificateStatusIn inside their own
// transaction; authorities within their jurisdiction call the API.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { AppError, forbidden, notFound } from '../../domain/errors.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { certificatePolicy } from '../../policies/certificate.policy.js';
import {
  appendStatusHistory,
  certificateHistory,
  findCertificate,
  setCertificateStatus,
} from '../../persistence/certificates.repository.js';
import { auditContext, requireActor, type RegistryContext } from '../registry/registry-context.js';
import { certificateStatusUnchanged } from './certificate-errors.js';
import { certificateDetail, type CertificateDetail } from './certificate-views.js';

export interface StatusChange {
  to: 'invalidated' | 'withdrawn';
  reason: string;
  effectiveOn: string;
  /** The articles applied, as the rules cite them: [{ regime: 'mohrss-violations', article: '第五条' }]. */
  articles: { regime: string; article: string }[];
  decisionCaseId?: string | null | undefined;
  decisionDocumentId?: string | null | undefined;
}

/** Inside the caller's transaction: the change, its history row and its audit row. */
export async function changeCertificateStatusIn(
  trx: Transaction<DB>,
  audit: AuditContext,
  certificate: { id: string; issueYear: number; status: string },
  change: StatusChange,
  changedBy: string | null,
): Promise<void> {
  if (change.decisionCaseId) {
    const c = await trx
      .selectFrom('cases')
      .select('id')
      .where('id', '=', change.decisionCaseId)
      .executeTakeFirst();
    if (!c) throw new AppError(422, 'DECISION_NOT_FOUND', '处理决定不存在', '所引用的处理决定（案件）不存在');
  }
  if (change.decisionDocumentId) {
    const d = await trx
      .selectFrom('documents')
      .select('id')
      .where('id', '=', change.decisionDocumentId)
      .executeTakeFirst();
    if (!d) throw new AppError(422, 'DECISION_NOT_FOUND', '处理决定不存在', '所引用的决定文书不存在');
  }
  if (!(await setCertificateStatus(trx, certificate.id, certificate.issueYear, change.to)))
    throw certificateStatusUnchanged(certificate.status === 'valid' ? change.to : certificate.status);
  await appendStatusHistory(trx, {
    id: randomUUID(),
    certificate_id: certificate.id,
    issue_year: certificate.issueYear,
    from_status: 'valid',
    to_status: change.to,
    reason: change.reason,
    articles: change.articles,
    decision_case_id: change.decisionCaseId ?? null,
    decision_document_id: change.decisionDocumentId ?? null,
    effective_on: change.effectiveOn,
    changed_by: changedBy,
  });
  await writeAudit(trx, audit, {
    entity: 'certificate',
    entityId: certificate.id,
    action: change.to === 'invalidated' ? 'invalidate' : 'withdraw',
    before: { status: 'valid' },
    after: { status: change.to, ...change },
  });
}

export async function changeCertificateStatus(
  ctx: RegistryContext,
  id: string,
  change: StatusChange,
): Promise<CertificateDetail> {
  const actor = requireActor(ctx);
  const scope = certificatePolicy.scope(actor);
  const c = await findCertificate(ctx.db, scope, id);
  if (!c) throw notFound('证书');
  if (actor.role !== 'authority_staff') throw forbidden('证书的宣布无效、撤销由监管部门作出');
  if (c.status !== 'valid') throw certificateStatusUnchanged(c.status);
  await ctx.db
    .transaction()
    .execute((trx) =>
      changeCertificateStatusIn(
        trx,
        auditContext(ctx),
        { id, issueYear: c.issue_year, status: c.status },
        change,
        actor.userId,
      ),
    );
  const after = (await findCertificate(ctx.db, scope, id))!;
  return certificateDetail(actor, after, await certificateHistory(ctx.db, id, after.issue_year));
}
