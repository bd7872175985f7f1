// The public list of notices (公示公告): current ones (open for objections) and past ones, newest first.
// Public by nature — a notice exists to be read by anyone.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { listNotices } from '../../persistence/public-notices.repository.js';
import { chinaDate } from '../../workflows/deadline.js';
import { noticeSummaryView } from './notice-view.js';

export async function listPublicNotices(
  db: Kysely<DB>,
  q: { status: 'current' | 'past' | 'all'; procedure?: string; page: number; pageSize: number; now?: Date },
) {
  const today = chinaDate(q.now ?? new Date());
  const { items, total } = await listNotices(db, {
    status: q.status,
    today,
    ...(q.procedure ? { procedure: q.procedure } : {}),
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    items: items.map((n) => noticeSummaryView(n, today, { objections: n.objections, answered: n.answered })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
