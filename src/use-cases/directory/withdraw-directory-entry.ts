// Withdraws a published directory entry — a filing cancelled for false materials (mohrss-filing
// 二(十一)), an exit from the 1+X list (1x-exit), a Guizhou exit (gz-rules) — inside the transaction of
// the decision: the entry is marked withdrawn (kept, with reason and articles), the registry scopes it
// granted end unless another live entry of the institution still grants them, and the institution (or
// the branch) leaves the active status when no other live entry remains. Audit rows for each change.
import type { Transaction } from 'kysely';
import type { DB, RegistryStatus } from '../../persistence/schema.js';
import type { Citation } from '../../domain/citation.js';
import { AppError, notFound } from '../../domain/errors.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import {
  countOtherLiveEntries,
  endInstitutionScope,
  lockDirectoryEntry,
  markEntryWithdrawn,
  scopesOfOtherLiveEntries,
  setRegistryStatus,
} from '../../persistence/directory.repository.js';
import { chinaDate } from '../../workflows/deadline.js';

export interface WithdrawDirectoryEntryInput {
  /** The entry, or the case whose live entry it is. */
  entry: { id: string } | { caseId: string };
  /** 撤销原因, shown in the audit trail and the institution's history. */
  reason_zh: string;
  citations: readonly Citation[];
  /** The case of the cancellation decision, when it has one. */
  withdrawalCaseId?: string | null;
  /** Status the institution (or branch) takes when no other live entry remains; default 'exited'. */
  statusWhenNoneLeft?: Extract<RegistryStatus, 'exited' | 'suspended'>;
  withdrawnOn?: string;
}

export async function withdrawDirectoryEntry(
  trx: Transaction<DB>,
  ctx: AuditContext,
  input: WithdrawDirectoryEntryInput,
): Promise<{ entryId: string }> {
  const entry = await lockDirectoryEntry(trx, input.entry);
  if (!entry) throw notFound('目录条目');
  if (entry.withdrawnOn !== null)
    throw new AppError(409, 'ALREADY_WITHDRAWN', '已撤销', '该目录条目已经撤销');
  const withdrawnOn = input.withdrawnOn ?? chinaDate(new Date());
  const citations = [...input.citations];
  const by = ctx.caller?.userId ?? null;

  await markEntryWithdrawn(trx, {
    id: entry.id,
    withdrawnOn,
    withdrawnBy: by,
    reason: input.reason_zh,
    citations,
    withdrawalCaseId: input.withdrawalCaseId ?? null,
  });
  await writeAudit(trx, ctx, {
    entity: 'directory_entry',
    entityId: entry.id,
    action: 'withdraw',
    before: { filingCode: entry.filingCode, withdrawnOn: null },
    after: { filingCode: entry.filingCode, withdrawnOn, reason: input.reason_zh },
    citations,
  });

  if (!entry.branchId) {
    const stillGranted = new Set(
      (await scopesOfOtherLiveEntries(trx, entry.institutionId, entry.id)).map(
        (s) => `${s.occupationCode}/${s.level}`,
      ),
    );
    for (const s of entry.scopes) {
      if (stillGranted.has(`${s.occupationCode}/${s.level}`)) continue;
      const w = await endInstitutionScope(trx, {
        institutionId: entry.institutionId,
        ...s,
        endedOn: withdrawnOn,
      });
      if (!w) continue;
      await writeAudit(trx, ctx, {
        entity: 'institution_scope',
        entityId: w.id,
        action: 'end',
        before: w.before,
        after: { ...w.after, reason: input.reason_zh },
        citations,
      });
    }
  }

  const others = await countOtherLiveEntries(
    trx,
    { institutionId: entry.institutionId, branchId: entry.branchId },
    entry.id,
  );
  if (others === 0) {
    const status = input.statusWhenNoneLeft ?? 'exited';
    const previous = await setRegistryStatus(trx, {
      institutionId: entry.institutionId,
      branchId: entry.branchId,
      status,
      reason: input.reason_zh,
      changedBy: by,
    });
    if (previous !== null) {
      await writeAudit(trx, ctx, {
        entity: entry.branchId ? 'branch' : 'institution',
        entityId: entry.branchId ?? entry.institutionId,
        action: 'status',
        before: { status: previous },
        after: { status, reason: input.reason_zh },
        citations,
      });
    }
  }
  return { entryId: entry.id };
}
