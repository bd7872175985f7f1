// Public draws (decision 0038): SQL only. The seed is read by the application to run the draw, but a
// public read returns it only once revealed_at is set (see toPublicDraw in src/use-cases/draw).
import type { Kysely, Transaction } from 'kysely';
import type { DB, PublicDrawsTable } from './schema.js';
import type { Selectable } from 'kysely';

type Db = Kysely<DB> | Transaction<DB>;
export type PublicDrawRow = Selectable<PublicDrawsTable>;

export interface NewCommitment {
  id: string;
  purpose: 'inspection_round' | 'review_panel';
  authorityId: string;
  caseId: string | null;
  algorithm: string;
  commitment: string;
  seed: string;
  committedBy: string | null;
  committedBeforeDraw: boolean;
}

export async function insertCommitment(trx: Transaction<DB>, c: NewCommitment): Promise<void> {
  await trx
    .insertInto('public_draws')
    .values({
      id: c.id,
      purpose: c.purpose,
      authority_id: c.authorityId,
      case_id: c.caseId,
      algorithm: c.algorithm,
      commitment: c.commitment,
      seed: c.seed,
      committed_by: c.committedBy,
      committed_before_draw: c.committedBeforeDraw,
    })
    .execute();
}

export const findDraw = (db: Db, id: string): Promise<PublicDrawRow | undefined> =>
  db.selectFrom('public_draws').selectAll().where('id', '=', id).executeTakeFirst();

export const findCaseDraw = (db: Db, caseId: string): Promise<PublicDrawRow | undefined> =>
  db.selectFrom('public_draws').selectAll().where('case_id', '=', caseId).executeTakeFirst();

/** Reveals the seed with the inputs and the result; only a draw not yet revealed (false otherwise). */
export async function revealDraw(
  trx: Transaction<DB>,
  id: string,
  r: { drawnOn: string; inputs: unknown; result: unknown; panelId?: string | null },
): Promise<boolean> {
  const res = await trx
    .updateTable('public_draws')
    .set({
      revealed_at: new Date(),
      drawn_on: r.drawnOn,
      inputs: JSON.stringify(r.inputs),
      result: JSON.stringify(r.result),
      ...(r.panelId ? { panel_id: r.panelId } : {}),
    })
    .where('id', '=', id)
    .where('revealed_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
