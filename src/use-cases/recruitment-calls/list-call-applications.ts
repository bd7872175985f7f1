// The applications made to a call, for the office that issued it: reference, applicant, field, and the
// state with its name (the selection machine's label, e.g. 专家遴选评审).
import { forbidden } from '../../domain/errors.js';
import {
  listCallApplications as query,
  type CallApplication,
} from '../../persistence/recruitment-calls.repository.js';
import { chinaDate } from '../../workflows/deadline.js';
import { selection1xMachine } from '../../workflows/selection-1x/machine.js';
import { callAbilities, requireActor, type CallContext } from './call-context.js';
import { loadCall } from './recruitment-call-view.js';

export async function listCallApplications(
  ctx: CallContext,
  id: string,
): Promise<{ items: (CallApplication & { stateLabel_zh: string; stateLabel_en: string })[]; total: number }> {
  const actor = requireActor(ctx);
  const call = await loadCall(ctx.db, actor, id);
  if (!callAbilities(actor, call, chinaDate(ctx.now ?? new Date())).listApplications)
    throw forbidden('只有发布该招募公告的机构可以查看申报情况');
  const states: Record<string, { label_zh: string; label_en: string }> = selection1xMachine.states;
  const items = (await query(ctx.db, id)).map((a) => ({
    ...a,
    stateLabel_zh: states[a.state]?.label_zh ?? a.state,
    stateLabel_en: states[a.state]?.label_en ?? a.state,
  }));
  return { items, total: items.length };
}
