// 公布抽取承诺: before an entry procedure's panel is drawn (mohrss-filing 一(十)3, 1x-selection §15), the
// deciding authority announces the commitment to the seed (SHA-256 of it). The draw_panel event then draws
// with that seed and reveals it (draw-review-panel.ts), so the public can check the panel was not
// re-drawn until it suited someone. Announcing is possible only while the case waits for its draw, and
// once: a second call answers the same commitment.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { AppError, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { findCase } from '../../persistence/cases.repository.js';
import {
  findCaseDraw,
  insertCommitment,
  type PublicDrawRow,
} from '../../persistence/public-draws.repository.js';
import { canReadCase, caseRolesOf } from '../../workflows/case-roles.js';
import { partiesOf } from '../workflow/case-parties.js';
import { commitmentOf } from '../../workflows/draw/public-draw.js';
import { employerFilingMachine } from '../../workflows/employer-filing/machine.js';
import { selection1xMachine } from '../../workflows/selection-1x/machine.js';
import { xVoluntaryExitMachine } from '../../workflows/x-voluntary-exit/machine.js';

const MACHINES = [employerFilingMachine, selection1xMachine, xVoluntaryExitMachine] as const;

/** Whether the case is in a state its procedure draws a panel from. */
const awaitsDraw = (procedure: string, state: string): boolean =>
  MACHINES.some(
    (m) => m.id === procedure && (m.transitions as readonly { from: string; event: string }[]).some((t) => t.from === state && t.event === 'draw_panel'),
  ); // prettier-ignore

export interface PanelCommitment {
  drawId: string;
  commitment: string;
  committedAt: string;
  committedBeforeDraw: boolean;
  revealed: boolean;
}

const view = (r: PublicDrawRow): PanelCommitment => ({
  drawId: r.id,
  commitment: r.commitment,
  committedAt: new Date(r.committed_at).toISOString(),
  committedBeforeDraw: r.committed_before_draw,
  revealed: r.revealed_at !== null,
});

async function readableCase(db: Kysely<DB>, caller: Caller, caseId: string) {
  const c = await findCase(db, caseId);
  if (!c || !canReadCase(caller, partiesOf(c))) throw notFound('案件');
  return c;
}

/** The case's panel draw as announced (null before any). Anyone who reads the case sees it. */
export async function getPanelCommitment(
  db: Kysely<DB>,
  caller: Caller,
  caseId: string,
): Promise<PanelCommitment | null> {
  await readableCase(db, caller, caseId);
  const row = await findCaseDraw(db, caseId);
  return row ? view(row) : null;
}

export async function commitPanelDraw(
  db: Kysely<DB>,
  caller: Caller,
  caseId: string,
  requestId?: string,
): Promise<PanelCommitment> {
  const c = await readableCase(db, caller, caseId);
  if (!caseRolesOf(caller, partiesOf(c)).includes('authority'))
    throw new AppError(403, 'FORBIDDEN', '无权操作', '只有受理部门可以公布抽取承诺');
  if (!awaitsDraw(c.procedure, c.state))
    throw new AppError(409, 'NOT_AWAITING_DRAW', '当前不能公布抽取承诺', '案件不在待抽取评审专家的环节', undefined, { title_en: 'No draw awaited', detail_en: 'The case is not waiting for its panel to be drawn' }); // prettier-ignore
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('cases').select('id').where('id', '=', caseId).forUpdate().execute();
    const existing = await findCaseDraw(trx, caseId);
    if (existing) return view(existing);
    const seed = randomBytes(16).toString('hex');
    const id = randomUUID();
    await insertCommitment(trx, { id, purpose: 'review_panel', authorityId: c.authorityId, caseId, algorithm: 'skillreg-panel/1', commitment: commitmentOf(seed), seed, committedBy: caller?.userId ?? null, committedBeforeDraw: true }); // prettier-ignore
    await writeAudit(trx, { caller, requestId }, { entity: 'public_draw', entityId: id, action: 'commit', after: { caseId, commitment: commitmentOf(seed) }, citations: [{ source: '1x-selection', article: 15 }, { source: 'mohrss-filing', article: '一', item: '十', point: 3 }] }); // prettier-ignore
    return view((await findCaseDraw(trx, caseId))!);
  });
}
