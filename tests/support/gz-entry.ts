// A Guizhou gz-rules directory entry written straight into the database (no gz-selection run): the bare
// selected case behind it, the entry with its validity, its occupation × level scopes and, when asked, the
// institution's registry scopes for the same validity. Shared by the renewal and the exit tests.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/persistence/database.js';
import type { Fixture } from './personas.js';
import { insertBareCase } from './bare-case.js';

export interface GzEntryInput {
  institutionId: string;
  scopes: { code: string; level: number }[];
  validFrom: string;
  validTo: string;
  filingCode: string;
  /** Also write institution_scopes (what opening a session and the renewal's successor read). */
  registryScopes?: boolean;
}

export async function insertGzEntry(db: Database, f: Fixture, e: GzEntryInput): Promise<string> {
  const inst = await db
    .selectFrom('institutions')
    .selectAll()
    .where('id', '=', e.institutionId)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  const caseId = await insertBareCase(db, {
    procedure: 'gz-selection',
    referenceNo: `T-GZSEL-${id.slice(0, 8)}`,
    institutionId: e.institutionId,
    authorityId: f.authorities.guizhou,
    jurisdictionCode: inst.jurisdiction_code,
    state: 'selected',
  });
  await db
    .insertInto('directory_entries')
    .values({
      id,
      institution_id: e.institutionId,
      branch_id: null,
      case_id: caseId,
      procedure: 'gz-selection',
      regime: 'gz-rules',
      filing_code: e.filingCode,
      institution_name: inst.name,
      institution_kind: inst.kind,
      branch_name: null,
      jurisdiction_code: inst.jurisdiction_code,
      authority_id: f.authorities.guizhou,
      valid_from: e.validFrom,
      valid_to: e.validTo,
      citations: JSON.stringify([{ source: 'gz-rules', article: 7 }]),
      published_on: e.validFrom,
      published_by: null,
      withdrawn_on: null,
      withdrawn_at: null,
      withdrawn_by: null,
      withdrawal_reason: null,
      withdrawal_citations: null,
      withdrawal_case_id: null,
    })
    .execute();
  await db
    .insertInto('directory_entry_scopes')
    .values(e.scopes.map((p) => ({ entry_id: id, occupation_code: p.code, level: p.level })))
    .execute();
  if (e.registryScopes)
    await db
      .insertInto('institution_scopes')
      .values(
        e.scopes.map((p) => ({
          id: randomUUID(),
          institution_id: e.institutionId,
          occupation_code: p.code,
          level: p.level,
          valid_from: e.validFrom,
          valid_to: e.validTo,
          status: 'active' as const,
        })),
      )
      .execute();
  return id;
}
