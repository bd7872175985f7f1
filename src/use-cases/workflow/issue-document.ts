// Issues a decision document inside the caller's transaction: takes the next number of its prefix and
// year (no gap if the transaction rolls back), renders the PDF signed (PAdES, decision 0036), stores it
// by hash and records it with the case and the transition that issued it. An adverse decision closes with the party's remedies and
// the body that hears them, derived from the deciding authority (src/documents/remedies.ts).
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Citation } from '../../domain/citation.js';
import type { FileStore } from '../../persistence/file-store.js';
import { nextNumber } from '../../persistence/cases.repository.js';
import { insertDocument, type DocumentRecord } from '../../persistence/documents.repository.js';
import { documentNumber, type DocumentKind } from '../../documents/decision-document.js';
import { renderSignedDecisionDocument } from '../../documents/signed-decision-document.js';
import { remediesParagraph, type DecidingAuthority } from '../../documents/remedies.js';

/** What a procedure writes for a document; the rest (number, date, parties) comes from the case. */
export interface DocumentDraft {
  /** 发文字号 prefix, e.g. 黔人社评备受 → 黔人社评备受〔2026〕3号. */
  numberPrefix: string;
  title: string;
  paragraphs: readonly string[];
  /** Defaults to the citations of the transition that issues it. */
  citations?: readonly Citation[];
  /** Defaults to the deciding authority's name. */
  issuer?: string;
  /** 主送: defaults to the applicant institution's name; null for a document to all (公示, 公布记录). */
  addressee?: string | null;
  /**
   * An adverse decision (不予受理, 不予备案, 取消备案, 未入选 …): the document closes with the remedies —
   * 行政复议 and 行政诉讼, their periods and who hears them (行政复议法 §20, §24–25; 行政诉讼法 §46).
   */
  adverse?: boolean;
}

export interface IssueDocumentInput {
  caseId: string;
  caseReference: string;
  caseEventSeq: number | null;
  kind: DocumentKind;
  draft: DocumentDraft;
  issuer: string;
  addressee: string;
  citations: readonly Citation[];
  /** YYYY-MM-DD, the day of issue (China time). */
  issuedOn: string;
  issuedBy: string | null;
  issuerAuthorityId: string | null;
}

export async function issueDocument(
  trx: Transaction<DB>,
  store: FileStore,
  input: IssueDocumentInput,
): Promise<DocumentRecord> {
  const year = Number(input.issuedOn.slice(0, 4));
  const number = documentNumber(
    input.draft.numberPrefix,
    year,
    await nextNumber(trx, input.draft.numberPrefix, year),
  );
  const citations = input.draft.citations ?? input.citations;
  const remedies = input.draft.adverse
    ? remediesParagraph(await decidingAuthority(trx, input.issuerAuthorityId), input.issuedOn)
    : undefined;
  const pdf = await renderSignedDecisionDocument({
    kind: input.kind,
    number,
    title: input.draft.title,
    issuer: input.draft.issuer ?? input.issuer,
    date: input.issuedOn,
    addressee: input.draft.addressee === undefined ? input.addressee : input.draft.addressee,
    paragraphs: input.draft.paragraphs,
    citations,
    ...(remedies ? { remedies } : {}),
    caseReference: input.caseReference,
  });
  const file = await store.put(trx, pdf, 'application/pdf');
  return insertDocument(trx, {
    id: randomUUID(),
    caseId: input.caseId,
    caseEventSeq: input.caseEventSeq,
    kind: input.kind,
    number,
    title: input.draft.title,
    sha256: file.sha256,
    issuedOn: input.issuedOn,
    issuedBy: input.issuedBy,
    issuerAuthorityId: input.issuerAuthorityId,
    citations: [...citations],
  });
}

/** The authority that decides, with its jurisdiction's name (the reviewing body is derived from both). */
export async function decidingAuthority(
  trx: Transaction<DB>,
  authorityId: string | null,
): Promise<DecidingAuthority | undefined> {
  if (!authorityId) return undefined;
  const row = await trx
    .selectFrom('authorities as a')
    .leftJoin('jurisdictions as j', 'j.code', 'a.jurisdiction_code')
    .select(['a.name', 'a.kind', 'a.jurisdiction_code', 'j.name as jurisdictionName', 'j.level'])
    .where('a.id', '=', authorityId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    name: row.name,
    kind: row.kind,
    jurisdictionCode: row.jurisdiction_code,
    jurisdictionName: row.level === 'national' ? null : row.jurisdictionName,
  };
}
