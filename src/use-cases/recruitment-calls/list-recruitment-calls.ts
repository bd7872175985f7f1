// Lists recruitment calls: published and closed ones for everyone (anonymous included), and the
// issuer's own drafts for the issuer. `open=true` keeps the calls taking applications today.
import type { Page, PageRequest } from '../../persistence/paging.js';
import type { RecruitmentCallStatus } from '../../persistence/schema.js';
import { listCalls } from '../../persistence/recruitment-calls.repository.js';
import { chinaDate } from '../../workflows/deadline.js';
import { callVisibility, type CallContext } from './call-context.js';
import { recruitmentCallView, type RecruitmentCallView } from './recruitment-call-view.js';

export async function listRecruitmentCalls(
  ctx: CallContext,
  filters: { status?: RecruitmentCallStatus | undefined; open?: boolean | undefined },
  page: PageRequest,
): Promise<Page<RecruitmentCallView>> {
  const today = chinaDate(ctx.now ?? new Date());
  const r = await listCalls(
    ctx.db,
    callVisibility(ctx.caller),
    { status: filters.status, openOn: filters.open ? today : undefined },
    page,
  );
  return { items: r.items.map((c) => recruitmentCallView(ctx.caller, c, today)), total: r.total, ...page };
}
