// A case's public notice as the guards of the decision after it read it (src/workflows/public-notice/
// objections.ts noticeFindings): its dates and each objection with its answer. null = no notice held.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { findCaseNotice, listObjections } from '../../persistence/public-notices.repository.js';
import type { NoticeFacts } from '../../workflows/public-notice/objections.js';

export async function caseNoticeFacts(
  db: Kysely<DB> | Transaction<DB>,
  caseId: string,
  opts: { openOnly?: boolean } = {},
): Promise<NoticeFacts | null> {
  const n = await findCaseNotice(db, caseId);
  // openOnly: a notice closed already (withdrawn after an objection) holds nothing for what comes next.
  if (!n || (opts.openOnly && n.closedOn !== null)) return null;
  const objections = await listObjections(db, n.id);
  return {
    publishedOn: n.publishedOn,
    endsOn: n.endsOn,
    objections: objections.map((o) => ({
      id: o.id,
      seq: o.seq,
      answeredAt: o.answeredAt,
      finding: o.finding,
    })),
  };
}
