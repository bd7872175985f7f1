// The views of the certificate register (issue 11 point 7): an institution's certificates (an authority
// names the institution), the authority's search within its jurisdiction by number — typed as a person
// types it, full-width, lower case, spaces — or by name + document number (keyed hash), a certificate
// with its status history, the audited reveal of the holder's document number, the counts per
// institution × occupation × year (renewal: gz-rules §8–10) and the delay from a session's end to its
// certificates being verifiable. Every query is scoped; outside scope a certificate answers 404.
import { AppError, forbidden, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Caller } from '../../policies/actor.js';
import { certificatePolicy } from '../../policies/certificate.policy.js';
import { parseCertificateNumber } from '../../domain/certificate-number.js';
import { checkDocumentNumber } from '../registry/validate.js';
import {
  certificateByNumberQuery,
  certificateCountsQuery,
  certificateHistory,
  certificatesByHolderQuery,
  findCertificate,
  institutionCertificatesQuery,
  issuanceDelayQuery,
  type CertificateCursor,
  type CertificateListFilters,
  type CertificateRow,
  type CountFilters,
} from '../../persistence/certificates.repository.js';
import {
  auditContext,
  requireActor,
  todayInChina,
  type RegistryContext,
} from '../registry/registry-context.js';
import { certificateView, type CertificateView } from './certificate-view.js';

export interface CertificatePage {
  items: CertificateView[];
  /** The key to ask for the next page with; null on the last page. No total: it would count 10⁸ rows. */
  nextCursor: string | null;
}

const encodeCursor = (r: { issue_year: number; number: string }) => `${r.issue_year}-${r.number}`;
function decodeCursor(s: string | undefined): CertificateCursor | null {
  if (!s) return null;
  const m = /^(\d{4})-([YS]\d{21})$/.exec(s);
  if (!m) throw new AppError(400, 'BAD_CURSOR', '翻页参数不正确', '翻页参数不正确，请从第一页重新查询');
  return { year: Number(m[1]), number: m[2]! };
}

/** An authority lists one institution's certificates at a time; an institution lists its own. */
function listFilters(caller: Caller, f: CertificateListFilters): CertificateListFilters {
  if (caller?.role === 'institution_staff') return { ...f, institutionId: caller.institutionId };
  if (!f.institutionId)
    throw new AppError(
      422,
      'INSTITUTION_REQUIRED',
      '请选择评价机构',
      '证书列表按评价机构查看：请选择评价机构，或按证书编号、姓名和证件号码查询',
    );
  return f;
}

export async function listCertificates(
  ctx: RegistryContext,
  f: CertificateListFilters,
  page: { cursor?: string | undefined; limit: number },
): Promise<CertificatePage> {
  const actor = requireActor(ctx);
  const rows = await institutionCertificatesQuery(
    ctx.db,
    certificatePolicy.scope(actor),
    listFilters(actor, f),
    decodeCursor(page.cursor),
    page.limit + 1,
  ).execute();
  const more = rows.length > page.limit;
  const items = rows.slice(0, page.limit);
  return {
    items: items.map((r) => certificateView(actor, r)),
    nextCursor: more ? encodeCursor(items.at(-1)!) : null,
  };
}

/** Every row of a list, a batch at a time (for the streamed export). */
export async function* allCertificates(
  ctx: RegistryContext,
  f: CertificateListFilters,
  batch = 1000,
): AsyncGenerator<CertificateRow[]> {
  const actor = requireActor(ctx);
  const scope = certificatePolicy.scope(actor);
  const filters = listFilters(actor, f);
  let after: CertificateCursor | null = null;
  for (;;) {
    const rows: CertificateRow[] = await institutionCertificatesQuery(
      ctx.db,
      scope,
      filters,
      after,
      batch,
    ).execute();
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    const last: CertificateRow = rows.at(-1)!;
    after = { year: last.issue_year, number: last.number };
  }
}

export interface CertificateSearch {
  number?: string | undefined;
  name?: string | undefined;
  docNumber?: string | undefined;
  docType?: string | undefined;
}

export async function searchCertificates(
  ctx: RegistryContext,
  q: CertificateSearch,
): Promise<{ items: CertificateView[] }> {
  const actor = requireActor(ctx);
  const scope = certificatePolicy.scope(actor);
  if (q.number) {
    const parsed = parseCertificateNumber(q.number);
    if (!parsed.ok) throw new AppError(422, parsed.code, '证书编号不正确', parsed.message_zh);
    const rows = await certificateByNumberQuery(
      ctx.db,
      scope,
      parsed.value.number,
      parsed.value.year,
    ).execute();
    return { items: rows.map((r) => certificateView(actor, r)) };
  }
  if (q.name && q.docNumber) {
    const doc = checkDocumentNumber(
      q.docType ?? 'resident_id',
      q.docNumber,
      'query.docNumber',
      todayInChina(ctx.now),
    );
    const hashes = ctx.personalData.lookupHashes(doc.number);
    const rows = await certificatesByHolderQuery(ctx.db, scope, hashes, q.name.trim()).execute();
    return { items: rows.map((r) => certificateView(actor, r)) };
  }
  throw new AppError(
    422,
    'SEARCH_TERMS_REQUIRED',
    '请输入查询条件',
    '按证书编号查询，或同时输入持证人姓名和证件号码查询',
  );
}

export interface CertificateDetail extends CertificateView {
  history: {
    fromStatus: CertificateView['status'];
    toStatus: CertificateView['status'];
    reason: string;
    articles: { regime: string; article: string }[];
    effectiveOn: string;
    decisionCaseId: string | null;
    decisionCaseReference: string | null;
    decisionDocumentId: string | null;
    changedByName: string | null;
    changedAt: string;
  }[];
}

export function certificateDetail(
  caller: Caller,
  r: CertificateRow,
  history: Awaited<ReturnType<typeof certificateHistory>>,
): CertificateDetail {
  return {
    ...certificateView(caller, r),
    history: history.map((h) => ({
      fromStatus: h.from_status,
      toStatus: h.to_status,
      reason: h.reason,
      articles: (typeof h.articles === 'string' ? JSON.parse(h.articles) : h.articles) as {
        regime: string;
        article: string;
      }[],
      effectiveOn: String(h.effective_on).slice(0, 10),
      decisionCaseId: h.decision_case_id,
      decisionCaseReference: h.decision_case_reference,
      decisionDocumentId: h.decision_document_id,
      changedByName: h.changed_by_name,
      changedAt: new Date(h.changed_at as unknown as Date).toISOString(),
    })),
  };
}

export async function getCertificate(ctx: RegistryContext, id: string): Promise<CertificateDetail> {
  const actor = requireActor(ctx);
  const r = await findCertificate(ctx.db, certificatePolicy.scope(actor), id);
  if (!r) throw notFound('证书');
  return certificateDetail(actor, r, await certificateHistory(ctx.db, id, r.issue_year));
}

/** The holder's full document number, for the authorities; the reveal is audited without the number. */
export async function revealHolderDocument(
  ctx: RegistryContext,
  id: string,
): Promise<{ docType: string; docNumber: string }> {
  const actor = requireActor(ctx);
  const r = await findCertificate(ctx.db, certificatePolicy.scope(actor), id);
  if (!r) throw notFound('证书');
  if (!certificatePolicy.abilities(actor, r).revealDocument) throw forbidden('当前账号无权查看完整证件号码');
  const docNumber = ctx.personalData.reveal(r.holder_doc_enc);
  await ctx.db.transaction().execute((trx) =>
    writeAudit(trx, auditContext(ctx), {
      entity: 'certificate',
      entityId: id,
      action: 'reveal_personal_data',
      after: { field: 'holder_doc', docType: r.holder_doc_type, number: r.number },
    }),
  );
  return { docType: r.holder_doc_type, docNumber };
}

export interface CertificateCount {
  institutionId: string;
  institutionName: string;
  occupationCode: string;
  occupationName: string | null;
  year: number;
  level: number;
  issued: number;
  valid: number;
}

export async function certificateCounts(
  ctx: RegistryContext,
  f: CountFilters,
): Promise<{ items: CertificateCount[] }> {
  const actor = requireActor(ctx);
  const filters = actor.role === 'institution_staff' ? { ...f, institutionId: actor.institutionId } : f;
  const rows = await certificateCountsQuery(ctx.db, certificatePolicy.scope(actor), filters).execute();
  return {
    items: rows.map((r) => ({
      institutionId: r.institution_id,
      institutionName: r.institution_name,
      occupationCode: r.occupation_code,
      occupationName: r.occupation_name,
      year: r.issue_year,
      level: r.level,
      issued: Number(r.issued),
      valid: Number(r.valid),
    })),
  };
}

export interface IssuanceDelay {
  institutionId: string;
  institutionName: string;
  sessions: number;
  issued: number;
  averageDays: number;
  longestDays: number;
}

export async function issuanceDelays(
  ctx: RegistryContext,
  f: CountFilters,
): Promise<{ items: IssuanceDelay[] }> {
  const actor = requireActor(ctx);
  const filters = actor.role === 'institution_staff' ? { ...f, institutionId: actor.institutionId } : f;
  const rows = await issuanceDelayQuery(ctx.db, certificatePolicy.scope(actor), filters).execute();
  return {
    items: rows.map((r) => ({
      institutionId: r.institution_id,
      institutionName: r.institution_name,
      sessions: Number(r.sessions),
      issued: Number(r.issued),
      averageDays: Number(r.average_days),
      longestDays: Number(r.longest_days),
    })),
  };
}
