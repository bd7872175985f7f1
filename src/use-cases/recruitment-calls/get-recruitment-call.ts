// One recruitment call, with its fields, window and the caller's abilities.
import { chinaDate } from '../../workflows/deadline.js';
import type { CallContext } from './call-context.js';
import { loadCall, recruitmentCallView, type RecruitmentCallView } from './recruitment-call-view.js';

export async function getRecruitmentCall(ctx: CallContext, id: string): Promise<RecruitmentCallView> {
  const call = await loadCall(ctx.db, ctx.caller, id);
  const today = chinaDate(ctx.now ?? new Date());
  return recruitmentCallView(ctx.caller, call, today);
}
