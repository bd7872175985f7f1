// What the public page of one directory entry shows beyond the entry itself: its branches (or the
// institution's entry, for a branch), the date it was decided, and the published documents of the case
// that put it there. SQL only; every query is scoped to a live (not withdrawn) entry, so a withdrawn
// entry has no branches, no documents and no file, exactly like an id that never existed.
import type { Kysely } from 'kysely';
import type { DB } from './schema.js';

/**
 * The kinds of document that are public once the entry is published: the receipt (备案回执, addressed
 * to the institution but stating only what the directory states) and the publication record (公布记录,
 * addressed to all). Acceptance notices, requests for correction, review opinions, panel decisions,
 * answers to objections and refusals stay between the case's parties (mohrss-filing 一(十)4, 二(十);
 * 1x-selection §16; gz-rules §7 publish the result, not the file).
 */
export const PUBLIC_DOCUMENT_KINDS = [
  'filing_receipt',
  'branch_filing_receipt',
  'publication_record',
] as const;
/** The receipts among them: their date is the date of the decision to file. */
const RECEIPT_KINDS = ['filing_receipt', 'branch_filing_receipt'] as const;

export interface LiveEntryKeys {
  id: string;
  institutionId: string;
  branchId: string | null;
  caseId: string | null;
}

/** The keys of a live entry (never exposed: the case stays the parties'), or undefined. */
export async function liveEntryKeys(db: Kysely<DB>, id: string): Promise<LiveEntryKeys | undefined> {
  const r = await db
    .selectFrom('directory_entries')
    .select(['id', 'institution_id', 'branch_id', 'case_id'])
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return r && { id: r.id, institutionId: r.institution_id, branchId: r.branch_id, caseId: r.case_id };
}

/** The keys of an entry live or withdrawn (findPublicEntry decides whether a withdrawn one is public). */
export async function entryKeysOf(db: Kysely<DB>, id: string): Promise<LiveEntryKeys | undefined> {
  const r = await db
    .selectFrom('directory_entries')
    .select(['id', 'institution_id', 'branch_id', 'case_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r && { id: r.id, institutionId: r.institution_id, branchId: r.branch_id, caseId: r.case_id };
}

export interface PublicDocument {
  id: string;
  kind: (typeof PUBLIC_DOCUMENT_KINDS)[number];
  number: string;
  title: string;
  issuedOn: string;
}

/** The published documents of the case behind a live entry (none for an imported entry). */
export async function publicDocumentsOf(db: Kysely<DB>, entry: LiveEntryKeys): Promise<PublicDocument[]> {
  if (!entry.caseId) return [];
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'kind', 'number', 'title', 'issued_on'])
    .where('case_id', '=', entry.caseId)
    .where('kind', 'in', PUBLIC_DOCUMENT_KINDS)
    .orderBy('issued_at')
    .orderBy('number')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as PublicDocument['kind'],
    number: r.number,
    title: r.title,
    issuedOn: r.issued_on,
  }));
}

/** One published document of a live entry's case: its file's hash and name, or undefined. */
export async function findPublicDocument(
  db: Kysely<DB>,
  entryId: string,
  documentId: string,
): Promise<{ sha256: string; number: string; title: string } | undefined> {
  return db
    .selectFrom('documents as d')
    .innerJoin('directory_entries as e', 'e.case_id', 'd.case_id')
    .select(['d.sha256', 'd.number', 'd.title'])
    .where('e.id', '=', entryId)
    .where('e.withdrawn_at', 'is', null)
    .where('d.id', '=', documentId)
    .where('d.kind', 'in', PUBLIC_DOCUMENT_KINDS)
    .executeTakeFirst();
}

/** Date of the decision to file: the receipt's date of issue, when the case issued one. */
export function decidedOnOf(documents: readonly PublicDocument[]): string | null {
  const receipt = documents.find((d) => (RECEIPT_KINDS as readonly string[]).includes(d.kind));
  return receipt?.issuedOn ?? null;
}

export interface PublicBranch {
  /** The branch's own directory entry. */
  entryId: string;
  name: string;
  filingCode: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  /** The province (or the national level) the branch's area belongs to. */
  provinceName: string;
  validFrom: string;
  validTo: string | null;
}

/** The live branch entries of the institution of a main entry, by province, then name. */
export async function branchesOf(db: Kysely<DB>, entry: LiveEntryKeys): Promise<PublicBranch[]> {
  if (entry.branchId) return [];
  const rows = await db
    .selectFrom('directory_entries as e')
    .innerJoin('jurisdictions as j', 'j.code', 'e.jurisdiction_code')
    .select([
      'e.id',
      'e.branch_name',
      'e.filing_code',
      'e.jurisdiction_code',
      'j.name as jurisdiction_name',
      'e.valid_from',
      'e.valid_to',
    ])
    .where('e.institution_id', '=', entry.institutionId)
    .where('e.branch_id', 'is not', null)
    .where('e.withdrawn_at', 'is', null)
    .orderBy('e.jurisdiction_code')
    .orderBy('e.branch_name')
    .orderBy('e.id')
    .execute();
  // GB/T 2260: the first two digits name the province (省级行政区), whose code ends in 0000.
  const provinceCode = (code: string) => `${code.slice(0, 2)}0000`;
  const codes = [...new Set(rows.map((r) => provinceCode(r.jurisdiction_code)))];
  const provinces =
    codes.length === 0
      ? new Map<string, string>()
      : new Map(
          (
            await db.selectFrom('jurisdictions').select(['code', 'name']).where('code', 'in', codes).execute()
          ).map((p) => [p.code, p.name]),
        );
  return rows.map((r) => ({
    entryId: r.id,
    name: r.branch_name ?? '',
    filingCode: r.filing_code,
    jurisdictionCode: r.jurisdiction_code,
    jurisdictionName: r.jurisdiction_name,
    provinceName: provinces.get(provinceCode(r.jurisdiction_code)) ?? r.jurisdiction_name,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  }));
}

/** For a branch's entry: the live entry of its institution (the filing it evaluates under), if any. */
export async function institutionEntryOf(
  db: Kysely<DB>,
  entry: LiveEntryKeys,
): Promise<{ entryId: string; institutionName: string; filingCode: string } | null> {
  if (!entry.branchId) return null;
  const r = await db
    .selectFrom('directory_entries')
    .select(['id', 'institution_name', 'filing_code'])
    .where('institution_id', '=', entry.institutionId)
    .where('branch_id', 'is', null)
    .where('withdrawn_at', 'is', null)
    .orderBy('published_on', 'desc')
    .orderBy('id')
    .executeTakeFirst();
  return r ? { entryId: r.id, institutionName: r.institution_name, filingCode: r.filing_code } : null;
}
