// The re-entry bars of 1x-exit §10 (rows written by applyExit, src/use-cases/exits/apply-exit.ts) with the
// exit each comes from, and the clearances of a legal-representative-only match (0035, decision 0046).
import type { Kysely, Transaction } from 'kysely';
import type { DB, ExitRegime, ExitRoute } from './schema.js';
import { isoTime, offsetOf, type PageRequest } from './paging.js';

export interface ReentryBarRecord {
  id: string;
  exitId: string;
  institutionId: string;
  institutionName: string;
  uscc: string;
  legalRepresentative: string;
  kind: 'voluntary' | 'revocation';
  decidedOn: string;
  lastBarredDay: string;
  /** 1x-exit §2: a certificate programme's exit ('programmes' without the organisation) or the organisation's. */
  level: 'organisation' | 'certificate';
  exit: {
    route: ExitRoute;
    regime: ExitRegime;
    caseId: string | null;
    authorityId: string;
    authorityName: string;
  };
  /** Applicants the authority found to have a different legal representative of the same name. */
  clearances: {
    institutionId: string;
    institutionName: string;
    legalRepresentative: string;
    reason: string;
    recordedAt: string;
  }[];
}

const base = (db: Kysely<DB> | Transaction<DB>) =>
  db
    .selectFrom('reentry_bars as r')
    .innerJoin('institution_exits as x', 'x.id', 'r.exit_id')
    .innerJoin('authorities as a', 'a.id', 'x.authority_id')
    .select([
      'r.id',
      'r.exit_id',
      'r.institution_id',
      'r.institution_name',
      'r.uscc',
      'r.legal_representative',
      'r.kind',
      'r.decided_on',
      'r.last_barred_day',
      'x.scope',
      'x.institution_exited',
      'x.route',
      'x.regime',
      'x.case_id',
      'x.authority_id',
      'a.name as authority_name',
    ]);

async function withClearances(
  db: Kysely<DB> | Transaction<DB>,
  rows: Awaited<ReturnType<ReturnType<typeof base>['execute']>>,
): Promise<ReentryBarRecord[]> {
  const ids = rows.map((r) => r.id);
  const clearances =
    ids.length === 0
      ? []
      : await db
          .selectFrom('reentry_bar_clearances as c')
          .innerJoin('institutions as i', 'i.id', 'c.institution_id')
          .selectAll('c')
          .select('i.name as institution_name')
          .where('c.bar_id', 'in', ids)
          .orderBy('c.recorded_at')
          .execute();
  return rows.map((r) => ({
    id: r.id,
    exitId: r.exit_id,
    institutionId: r.institution_id,
    institutionName: r.institution_name,
    uscc: r.uscc,
    legalRepresentative: r.legal_representative,
    kind: r.kind,
    decidedOn: r.decided_on,
    lastBarredDay: r.last_barred_day,
    level: r.scope === 'programmes' && !r.institution_exited ? 'certificate' : 'organisation',
    exit: {
      route: r.route,
      regime: r.regime,
      caseId: r.case_id,
      authorityId: r.authority_id,
      authorityName: r.authority_name,
    },
    clearances: clearances
      .filter((c) => c.bar_id === r.id)
      .map((c) => ({
        institutionId: c.institution_id,
        institutionName: c.institution_name,
        legalRepresentative: c.legal_representative,
        reason: c.reason,
        recordedAt: isoTime(c.recorded_at),
      })),
  }));
}

/**
 * Every bar whose last day is `asOf` or later (the few in force: the table holds one row per exit with a
 * bar, so the name match is done by the caller on these rows, after normalising both sides).
 */
export async function barsNotEndedBy(
  db: Kysely<DB> | Transaction<DB>,
  asOf: string,
): Promise<ReentryBarRecord[]> {
  const rows = await base(db).where('r.last_barred_day', '>=', asOf).orderBy('r.decided_on').execute();
  return withClearances(db, rows);
}

export async function findBar(
  db: Kysely<DB> | Transaction<DB>,
  id: string,
): Promise<ReentryBarRecord | undefined> {
  return (await withClearances(db, await base(db).where('r.id', '=', id).execute()))[0];
}

/** The register: in force on `today` (default) or all, newest decision first. */
export async function listBars(
  db: Kysely<DB>,
  f: { today: string; status: 'in_force' | 'all' },
  page: PageRequest,
): Promise<{ items: ReentryBarRecord[]; total: number }> {
  let q = base(db);
  if (f.status === 'in_force') q = q.where('r.last_barred_day', '>=', f.today);
  const [rows, count] = await Promise.all([
    q.orderBy('r.decided_on', 'desc').orderBy('r.id').limit(page.pageSize).offset(offsetOf(page)).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: await withClearances(db, rows), total: Number(count.n) };
}

export async function insertClearance(
  trx: Transaction<DB>,
  c: {
    barId: string;
    institutionId: string;
    legalRepresentative: string;
    reason: string;
    recordedBy: string;
  },
): Promise<void> {
  await trx
    .insertInto('reentry_bar_clearances')
    .values({
      bar_id: c.barId,
      institution_id: c.institutionId,
      legal_representative: c.legalRepresentative,
      reason: c.reason,
      recorded_by: c.recordedBy,
    })
    .execute();
}

/** Removes a clearance, returning the row as it was (undefined when there was none); the audit keeps it. */
export async function deleteClearance(
  trx: Transaction<DB>,
  barId: string,
  institutionId: string,
): Promise<{ legal_representative: string; reason: string } | undefined> {
  return trx
    .deleteFrom('reentry_bar_clearances')
    .where('bar_id', '=', barId)
    .where('institution_id', '=', institutionId)
    .returning(['legal_representative', 'reason'])
    .executeTakeFirst();
}
