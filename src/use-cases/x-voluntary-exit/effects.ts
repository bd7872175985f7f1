// What a 1+X voluntary exit writes beside its state: the panel it drew (§6(2)), and on approval the exit
// itself through applyExit — the programmes or the qualification (§2), the directory entry, the 3-year
// bar (§10) — with the wrap-up waivers the case kept copied to the exit (§9).
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { EffectContext } from '../workflow/procedure-module.js';
import { recordPanelDraw } from '../review/draw-review-panel.js';
import { applyExit } from '../exits/apply-exit.js';
import { copyWaivers } from './entries.js';
import type { XExitData } from '../../workflows/x-voluntary-exit/data.js';
import { EXPERTS, ON_APPLICATION, ONE_YEAR, REPLY, SCOPE } from '../../workflows/x-voluntary-exit/machine.js';

export async function xExitEffects(trx: Transaction<DB>, ctx: EffectContext<XExitData>): Promise<void> {
  const audit = { caller: ctx.caller, ...(ctx.requestId ? { requestId: ctx.requestId } : {}) };
  const data = ctx.data;
  if (ctx.event === 'draw_panel' && data.panel) {
    await recordPanelDraw(trx, audit, { case: ctx.after, panel: data.panel, citations: [EXPERTS] });
    return;
  }
  if (ctx.event !== 'approve') return;
  const dec = data.decision!;
  const applied = await applyExit(trx, audit, {
    institutionId: ctx.after.institutionId,
    entryId: data.entryId,
    regime: '1x-exit',
    route: 'voluntary',
    scope:
      data.level === 'organisation'
        ? { kind: 'institution' }
        : { kind: 'programmes', seqs: data.programmes.map((p) => p.seq) },
    terminatedOn: dec.decidedOn,
    wrapUpDue: null,
    caseId: ctx.after.id,
    authorityId: ctx.after.authorityId,
    reason_zh: `依申请退出（${ctx.after.referenceNo}）：${dec.reason_zh}`,
    citations: [ON_APPLICATION, ONE_YEAR, SCOPE, REPLY],
    reentryBar: 'voluntary',
  });
  if (applied.barredUntil !== dec.barredUntil)
    throw new Error('1x-voluntary-exit: the bar in the answer differs from the bar entered');
  await copyWaivers(trx, applied.exitId, data.waivers);
}
