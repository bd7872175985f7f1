// Decision documents kept with a case: SQL only. The PDF itself is in the file store under sha256.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Citation } from '../domain/citation.js';
import type { DB, DocumentsTable } from './schema.js';

export interface DocumentRecord {
  id: string;
  caseId: string;
  caseEventSeq: number | null;
  kind: string;
  number: string;
  title: string;
  sha256: string;
  issuedOn: string;
  issuedAt: Date;
  issuedBy: string | null;
  issuerAuthorityId: string | null;
  citations: Citation[];
}

function toDocument(r: Selectable<DocumentsTable>): DocumentRecord {
  return {
    id: r.id,
    caseId: r.case_id,
    caseEventSeq: r.case_event_seq,
    kind: r.kind,
    number: r.number,
    title: r.title,
    sha256: r.sha256,
    issuedOn: r.issued_on,
    issuedAt: r.issued_at,
    issuedBy: r.issued_by,
    issuerAuthorityId: r.issuer_authority_id,
    citations: r.citations as Citation[],
  };
}

export async function insertDocument(
  trx: Transaction<DB>,
  d: Omit<DocumentRecord, 'issuedAt'>,
): Promise<DocumentRecord> {
  const row = await trx
    .insertInto('documents')
    .values({
      id: d.id,
      case_id: d.caseId,
      case_event_seq: d.caseEventSeq,
      kind: d.kind,
      number: d.number,
      title: d.title,
      sha256: d.sha256,
      issued_on: d.issuedOn,
      issued_by: d.issuedBy,
      issuer_authority_id: d.issuerAuthorityId,
      citations: JSON.stringify(d.citations),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toDocument(row);
}

export async function listDocuments(db: Kysely<DB>, caseId: string): Promise<DocumentRecord[]> {
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('issued_at')
    .orderBy('number')
    .execute();
  return rows.map(toDocument);
}

export async function findDocument(
  db: Kysely<DB>,
  caseId: string,
  id: string,
): Promise<DocumentRecord | undefined> {
  const row = await db
    .selectFrom('documents')
    .selectAll()
    .where('id', '=', id)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row && toDocument(row);
}
