// A public draw as the public API serves it (decision 0038): the commitment always, the seed, inputs
// and result only once revealed, and the server's own re-run of them — the page and the CLI re-run it
// again on their side, so nobody has to trust this answer.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { findDraw, type PublicDrawRow } from '../../persistence/public-draws.repository.js';
import { notFound } from '../../domain/errors.js';
import { verifyDraw, type DrawInputs, type DrawResult } from '../../workflows/draw/public-draw.js';

export interface PublicDraw {
  id: string;
  purpose: 'inspection_round' | 'review_panel';
  algorithm: string;
  commitment: string;
  committedAt: string;
  committedBeforeDraw: boolean;
  revealedAt: string | null;
  drawnOn: string | null;
  seed: string | null;
  inputs: DrawInputs | null;
  result: DrawResult | null;
  /** What the draw decided about: a round (with its reference) or a case's panel. */
  subject:
    | { kind: 'inspection_round'; id: string; referenceNo: string; title: string }
    | { kind: 'review_panel'; caseReferenceNo: string }
    | null;
  /** Targets' names (institutions are public in the directory); experts are published by id only. */
  targetNames: Record<string, string>;
  check: { commitmentMatches: boolean; inputsCanonical: boolean; resultMatches: boolean } | null;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

export function toPublicDraw(row: PublicDrawRow): Omit<PublicDraw, 'subject' | 'targetNames'> {
  const revealed = row.revealed_at !== null;
  const inputs = revealed ? (row.inputs as DrawInputs) : null;
  const result = revealed ? (row.result as DrawResult) : null;
  const check =
    revealed && inputs && result
      ? (({ rerun: _r, ...c }) => c)(
          verifyDraw({ commitment: row.commitment, seed: row.seed, inputs, result }),
        )
      : null;
  return {
    id: row.id,
    purpose: row.purpose,
    algorithm: row.algorithm,
    commitment: row.commitment,
    committedAt: iso(row.committed_at)!,
    committedBeforeDraw: row.committed_before_draw,
    revealedAt: iso(row.revealed_at),
    drawnOn: row.drawn_on,
    seed: revealed ? row.seed : null,
    inputs,
    result,
    check,
  };
}

/** Anyone may read a draw: it is public from its announcement (the seed from its draw). */
export async function getPublicDraw(db: Kysely<DB>, id: string): Promise<PublicDraw> {
  const row = await findDraw(db, id);
  if (!row) throw notFound('抽取记录');
  const round = await db
    .selectFrom('inspection_rounds')
    .select(['id', 'reference_no', 'title'])
    .where('draw_id', '=', id)
    .executeTakeFirst();
  const caseRef = row.case_id
    ? await db.selectFrom('cases').select('reference_no').where('id', '=', row.case_id).executeTakeFirst()
    : undefined;
  const base = toPublicDraw(row);
  const ids = [
    ...(base.inputs?.targets?.candidates ?? []),
    ...(base.inputs?.experts?.groups.map((g) => g.targetId) ?? []),
  ];
  const names = ids.length
    ? await db
        .selectFrom('institutions')
        .select(['id', 'name'])
        .where('id', 'in', [...new Set(ids)])
        .execute()
    : [];
  return {
    ...base,
    subject: round
      ? { kind: 'inspection_round', id: round.id, referenceNo: round.reference_no, title: round.title }
      : caseRef
        ? { kind: 'review_panel', caseReferenceNo: caseRef.reference_no }
        : null,
    targetNames: Object.fromEntries(names.map((n) => [n.id, n.name])),
  };
}

/** A round's draw id by the round's id or reference number (the CLI takes either). */
export async function drawIdOf(db: Kysely<DB>, roundOrDrawId: string): Promise<string | undefined> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(roundOrDrawId);
  const round = await db
    .selectFrom('inspection_rounds')
    .select('draw_id')
    .where((eb) => (uuid ? eb.or([eb('id', '=', roundOrDrawId), eb('reference_no', '=', roundOrDrawId)]) : eb('reference_no', '=', roundOrDrawId)))
    .executeTakeFirst(); // prettier-ignore
  if (round) return round.draw_id;
  if (!uuid) return undefined;
  const draw = await db
    .selectFrom('public_draws')
    .select('id')
    .where('id', '=', roundOrDrawId)
    .executeTakeFirst();
  return draw?.id;
}

export type { PublicDrawRow };
