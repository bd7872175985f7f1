// Import of existing filings (0014): SQL only — what the validation needs to know (authorities,
// occupations, jurisdictions), the registry rows a row matches (institution by USCC, branch by USCC
// or name, live entries by filing code), and the writes of one import run (the batch, rewriting an
// imported entry; institutions and branches go through their own repositories).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, InstitutionKind } from './schema.js';
import {
  insertEntryScopesAndProgrammes,
  type EntryProgramme,
  type EntryScope,
} from './directory.repository.js';

export async function loadImportReference(db: Kysely<DB>) {
  const [authorities, occupations, jurisdictions] = await Promise.all([
    db.selectFrom('authorities').select(['id', 'name', 'kind', 'jurisdiction_code']).execute(),
    db.selectFrom('occupations').select('code').execute(),
    db.selectFrom('jurisdictions').select(['code', 'name', 'level']).execute(),
  ]);
  return {
    authorities: authorities.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      jurisdictionCode: a.jurisdiction_code,
    })),
    occupations: new Set(occupations.map((o) => o.code)),
    jurisdictions: new Map(jurisdictions.map((j) => [j.code, { name: j.name, level: j.level }])),
  };
}

export interface RegistryInstitution {
  id: string;
  name: string;
  kind: InstitutionKind;
  uscc: string;
  status: string;
}

export async function institutionsByUscc(
  trx: Transaction<DB>,
  usccs: readonly string[],
): Promise<Map<string, RegistryInstitution>> {
  if (usccs.length === 0) return new Map();
  const rows = await trx
    .selectFrom('institutions')
    .select(['id', 'name', 'kind', 'uscc', 'status'])
    .where('uscc', 'in', [...usccs])
    .execute();
  return new Map(rows.map((r) => [r.uscc, r]));
}

/** Branch USCCs already registered, with the institution they belong to. */
export async function branchesByUscc(
  trx: Transaction<DB>,
  usccs: readonly string[],
): Promise<Map<string, { id: string; institutionId: string; name: string }>> {
  if (usccs.length === 0) return new Map();
  const rows = await trx
    .selectFrom('branches')
    .select(['id', 'institution_id', 'name', 'uscc'])
    .where('uscc', 'in', [...usccs])
    .execute();
  return new Map(rows.map((r) => [r.uscc!, { id: r.id, institutionId: r.institution_id, name: r.name }]));
}

export async function findBranchByName(
  trx: Transaction<DB>,
  institutionId: string,
  name: string,
): Promise<string | undefined> {
  const r = await trx
    .selectFrom('branches')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('name', '=', name)
    .executeTakeFirst();
  return r?.id;
}

export interface LiveEntry {
  id: string;
  caseId: string | null;
  importBatchId: string | null;
  institutionId: string;
  branchId: string | null;
  authorityId: string;
  publishedOn: string;
  validFrom: string;
  validTo: string | null;
  scopes: EntryScope[];
  programmes: { name: string; levels: string[] }[];
}

/** Live (not withdrawn) entries under these filing codes, whatever their source. */
export async function liveEntriesByFilingCode(
  trx: Transaction<DB>,
  codes: readonly string[],
): Promise<Map<string, LiveEntry>> {
  if (codes.length === 0) return new Map();
  const rows = await trx
    .selectFrom('directory_entries')
    .select([
      'id',
      'filing_code',
      'case_id',
      'import_batch_id',
      'institution_id',
      'branch_id',
      'authority_id',
      'published_on',
      'valid_from',
      'valid_to',
    ])
    .where('filing_code', 'in', [...codes])
    .where('withdrawn_at', 'is', null)
    .forUpdate()
    .execute();
  const ids = rows.map((r) => r.id);
  const [scopes, programmes] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          trx
            .selectFrom('directory_entry_scopes')
            .selectAll()
            .where('entry_id', 'in', ids)
            .orderBy('occupation_code')
            .orderBy('level')
            .execute(),
          trx
            .selectFrom('directory_entry_programmes')
            .selectAll()
            .where('entry_id', 'in', ids)
            .orderBy('seq')
            .execute(),
        ]);
  return new Map(
    rows.map((r) => [
      r.filing_code,
      {
        id: r.id,
        caseId: r.case_id,
        importBatchId: r.import_batch_id,
        institutionId: r.institution_id,
        branchId: r.branch_id,
        authorityId: r.authority_id,
        publishedOn: r.published_on,
        validFrom: r.valid_from,
        validTo: r.valid_to,
        scopes: scopes
          .filter((s) => s.entry_id === r.id)
          .map((s) => ({ occupationCode: s.occupation_code, level: s.level })),
        programmes: programmes
          .filter((p) => p.entry_id === r.id)
          .map((p) => ({ name: p.name, levels: p.levels })),
      },
    ]),
  );
}

export async function insertImportBatch(
  trx: Transaction<DB>,
  b: {
    id: string;
    fileName: string;
    sha256: string;
    importedOn: string;
    importedBy: string | null;
    rowsTotal: number;
    inserted: number;
    updated: number;
    unchanged: number;
  },
): Promise<void> {
  await trx
    .insertInto('filing_import_batches')
    .values({
      id: b.id,
      file_name: b.fileName,
      file_sha256: b.sha256,
      imported_on: b.importedOn,
      imported_by: b.importedBy,
      rows_total: b.rowsTotal,
      inserted: b.inserted,
      updated: b.updated,
      unchanged: b.unchanged,
    })
    .execute();
}

/** Rewrites an imported entry from a changed row: its dates, authority, scope and programmes. */
export async function rewriteImportedEntry(
  trx: Transaction<DB>,
  id: string,
  e: {
    batchId: string;
    row: number;
    authorityId: string;
    publishedOn: string;
    validFrom: string;
    validTo: string | null;
    scopes: readonly EntryScope[];
    programmes: readonly EntryProgramme[];
  },
): Promise<void> {
  await trx
    .updateTable('directory_entries')
    .set({
      authority_id: e.authorityId,
      published_on: e.publishedOn,
      valid_from: e.validFrom,
      valid_to: e.validTo,
      import_batch_id: e.batchId,
      import_row: e.row,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', id)
    .execute();
  await trx.deleteFrom('directory_entry_scopes').where('entry_id', '=', id).execute();
  await trx.deleteFrom('directory_entry_programmes').where('entry_id', '=', id).execute();
  await insertEntryScopesAndProgrammes(trx, id, e);
}

/** Import batches, newest first (the administrator's page). */
export async function listImportBatches(db: Kysely<DB>, limit: number) {
  return db
    .selectFrom('filing_import_batches as b')
    .leftJoin('users as u', 'u.id', 'b.imported_by')
    .select([
      'b.id',
      'b.file_name',
      'b.file_sha256',
      'b.imported_on',
      'b.imported_at',
      'u.display_name as imported_by_name',
      'b.rows_total',
      'b.inserted',
      'b.updated',
      'b.unchanged',
    ])
    .orderBy('b.imported_at', 'desc')
    .orderBy('b.id')
    .limit(limit)
    .execute();
}
