// What a voluntary exit reads of the directory (1x-exit §2, §4; gz-rules §13): the institution's live
// entry of a regime, with its programmes not yet withdrawn, and whether another exit of it is under way.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface LiveEntry {
  id: string;
  filingCode: string;
  authorityId: string;
  jurisdictionCode: string;
  validFrom: string;
  validTo: string | null;
  programmes: { seq: number; name: string }[];
  scopes: { occupationCode: string; level: number }[];
}

/** The institution's own live entries (no branch), newest first, of the regimes given. */
export async function liveEntriesOf(
  db: Db,
  institutionId: string,
  regimes: readonly string[],
): Promise<LiveEntry[]> {
  const rows = await db
    .selectFrom('directory_entries')
    .select(['id', 'filing_code', 'authority_id', 'jurisdiction_code', 'valid_from', 'valid_to'])
    .where('institution_id', '=', institutionId)
    .where('branch_id', 'is', null)
    .where('withdrawn_at', 'is', null)
    .where('regime', 'in', [...regimes])
    .orderBy('valid_from', 'desc')
    .execute();
  const out: LiveEntry[] = [];
  for (const r of rows) {
    const programmes = await db
      .selectFrom('directory_entry_programmes')
      .select(['seq', 'name'])
      .where('entry_id', '=', r.id)
      .where('withdrawn_on', 'is', null)
      .orderBy('seq')
      .execute();
    const scopes = await db
      .selectFrom('directory_entry_scopes')
      .select(['occupation_code', 'level'])
      .where('entry_id', '=', r.id)
      .orderBy('occupation_code')
      .orderBy('level')
      .execute();
    out.push({
      id: r.id,
      filingCode: r.filing_code,
      authorityId: r.authority_id,
      jurisdictionCode: r.jurisdiction_code,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      programmes,
      scopes: scopes.map((s) => ({ occupationCode: s.occupation_code, level: s.level })),
    });
  }
  return out;
}

/** A case of `procedure` about the institution that has not closed (one exit application at a time). */
export async function openExitCaseOf(
  db: Db,
  procedure: string,
  institutionId: string,
): Promise<{ id: string; referenceNo: string } | undefined> {
  const r = await db
    .selectFrom('cases')
    .select(['id', 'reference_no'])
    .where('procedure', '=', procedure)
    .where('institution_id', '=', institutionId)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  return r ? { id: r.id, referenceNo: r.reference_no } : undefined;
}

/** Copies the waivers a case kept into the exit row that now exists (exit_wrap_up_waivers). */
export async function copyWaivers(
  trx: Transaction<DB>,
  exitId: string,
  waivers: readonly { item: DB['exit_wrap_up_waivers']['item']; reason: string; waivedBy: string | null }[],
): Promise<void> {
  for (const w of waivers)
    await trx
      .insertInto('exit_wrap_up_waivers')
      .values({ exit_id: exitId, item: w.item, reason: w.reason, waived_by: w.waivedBy })
      .execute();
}
