// What an exit does, whatever its route (issue 15): gz-rules §13 voluntary, §14 lapse, §15 ordered;
// 1x-exit §3 on application or by revocation; mohrss-violations §14 and mohrss-filing 二(十一) termination.
// One function, called inside the transaction of the decision (or of the daily lapse job), so that every
// route ends a filing the same way:
//   - the scope follows 1x-exit §2: the whole institution; some certificate programmes of a selection (the
//     last programme takes the organisation with it, ¶2); or some occupations of a filing (the same holds
//     for a filing's occupations: the last one takes the filing with it);
//   - the directory entry is withdrawn (kept, with reason and articles), the registry scopes it granted
//     end, and the institution leaves the registry when no live entry remains (withdrawDirectoryEntry);
//   - the exit is recorded with its wrap-up period, which the checklist (wrap-up.ts) measures;
//   - 1x-exit §10: a re-entry bar on the entity (USCC and legal representative), 3 years after a voluntary
//     exit and 5 after a revocation, to the anniversary of the decision (decision 0037's reading);
//   - certificates issued before stay as they are (1x-exit §8): nothing here touches the register.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Citation } from '../../domain/citation.js';
import { AppError, notFound } from '../../domain/errors.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import type { DB, ExitRegime, ExitRoute } from '../../persistence/schema.js';
import {
  endInstitutionScope,
  scopesOfOtherLiveEntries,
  type EntryScope,
} from '../../persistence/directory.repository.js';
import { addYears } from '../../calendar/calendar-days.js';
import { parameterAt } from '../../parameters/parameter.js';
import { revocationReentryBanYears, voluntaryReentryBanYears } from '../../parameters/1x-exit.js';
import { withdrawDirectoryEntry } from '../directory/withdraw-directory-entry.js';

export type ExitScopeInput =
  | { kind: 'institution' }
  | { kind: 'programmes'; seqs: readonly number[] }
  | { kind: 'occupations'; occupations: readonly EntryScope[] };

export interface ApplyExitInput {
  institutionId: string;
  /** The filing or selection the exit concerns; null = every live entry of the institution itself. */
  entryId: string | null;
  regime: ExitRegime;
  route: ExitRoute;
  scope: ExitScopeInput;
  /** The day the qualification ends (the day of the decision, the intended end, the day after validity). */
  terminatedOn: string;
  /** The last day of the wrap-up, when the route sets one (gz-rules §14: 15 days; §15: set by the authority). */
  wrapUpDue: string | null;
  /** The procedure that decided it; null for a lapse (gz-rules §14: it happens by itself). */
  caseId: string | null;
  authorityId: string;
  reason_zh: string;
  citations: readonly Citation[];
  /** 1x-exit §10: bar the entity from recruitment calls — 'voluntary' 3 years, 'revocation' 5 years. */
  reentryBar?: 'voluntary' | 'revocation';
}

export interface AppliedExit {
  exitId: string;
  /** Whether the institution (or the branch) left the registry with it. */
  institutionExited: boolean;
  /** The entries withdrawn. */
  withdrawnEntryIds: string[];
  /** The last day of the re-entry bar, when one was entered. */
  barredUntil: string | null;
}

const EXIT_CITATION: Citation = { source: '1x-exit', article: 10 };

async function liveEntries(trx: Transaction<DB>, input: ApplyExitInput) {
  let q = trx
    .selectFrom('directory_entries')
    .select(['id', 'institution_id', 'branch_id', 'withdrawn_at'])
    .where('institution_id', '=', input.institutionId)
    .forUpdate();
  q = input.entryId
    ? q.where('id', '=', input.entryId)
    : q.where('branch_id', 'is', null).where('withdrawn_at', 'is', null);
  const rows = await q.orderBy('valid_from').execute();
  if (input.entryId) {
    const e = rows[0];
    if (!e) throw notFound('目录条目');
    if (e.withdrawn_at !== null) throw new AppError(409, 'ALREADY_WITHDRAWN', '已撤销', '该目录条目已经撤销');
  }
  return rows;
}

async function withdrawProgrammes(
  trx: Transaction<DB>,
  audit: AuditContext,
  input: ApplyExitInput,
  entryId: string,
  seqs: readonly number[],
  exitId: string,
): Promise<boolean> {
  const programmes = await trx
    .selectFrom('directory_entry_programmes')
    .select(['seq', 'name', 'withdrawn_on'])
    .where('entry_id', '=', entryId)
    .forUpdate()
    .execute();
  for (const seq of seqs) {
    const p = programmes.find((x) => x.seq === seq);
    if (!p) throw notFound('职业技能等级证书');
    if (p.withdrawn_on !== null)
      throw new AppError(409, 'PROGRAMME_WITHDRAWN', '已退出', `“${p.name}”的实施资格已经退出`);
    await trx
      .updateTable('directory_entry_programmes')
      .set({ withdrawn_on: input.terminatedOn, exit_id: exitId })
      .where('entry_id', '=', entryId)
      .where('seq', '=', seq)
      .execute();
    await writeAudit(trx, audit, {
      entity: 'directory_entry_programme',
      entityId: `${entryId}/${seq}`,
      action: 'withdraw',
      before: { name: p.name, withdrawnOn: null },
      after: { name: p.name, withdrawnOn: input.terminatedOn, reason: input.reason_zh },
      citations: [...input.citations],
    });
  }
  // 1x-exit §2 ¶2: with its last programme the organisation's qualification goes too.
  return programmes.every((p) => p.withdrawn_on !== null || seqs.includes(p.seq));
}

async function endOccupations(
  trx: Transaction<DB>,
  audit: AuditContext,
  input: ApplyExitInput,
  entryId: string,
  occupations: readonly EntryScope[],
): Promise<boolean> {
  const granted = await trx
    .selectFrom('directory_entry_scopes')
    .select(['occupation_code', 'level'])
    .where('entry_id', '=', entryId)
    .execute();
  const key = (s: EntryScope) => `${s.occupationCode}/${s.level}`;
  const leaving = new Set(occupations.map(key));
  for (const s of occupations)
    if (!granted.some((g) => g.occupation_code === s.occupationCode && g.level === s.level))
      throw notFound('职业（工种）');
  const stillGranted = new Set((await scopesOfOtherLiveEntries(trx, input.institutionId, entryId)).map(key));
  for (const s of occupations) {
    if (stillGranted.has(key(s))) continue;
    const w = await endInstitutionScope(trx, {
      institutionId: input.institutionId,
      ...s,
      endedOn: input.terminatedOn,
    });
    if (w)
      await writeAudit(trx, audit, {
        entity: 'institution_scope',
        entityId: w.id,
        action: 'end',
        before: w.before,
        after: { ...w.after, reason: input.reason_zh },
        citations: [...input.citations],
      });
  }
  // The same holds for a filing's occupations (issue 15 point 5): the last one ends the filing.
  return granted.every((g) => leaving.has(`${g.occupation_code}/${g.level}`));
}

/**
 * Applies an exit inside the caller's transaction and returns what it did. Refuses (404/409) an entry
 * that is not the institution's or already withdrawn, a programme or occupation it does not grant.
 */
export async function applyExit(
  trx: Transaction<DB>,
  audit: AuditContext,
  input: ApplyExitInput,
): Promise<AppliedExit> {
  const entries = await liveEntries(trx, input);
  if (input.scope.kind !== 'institution' && entries.length !== 1)
    throw new AppError(
      422,
      'EXIT_ENTRY_REQUIRED',
      '须指明目录条目',
      '证书或职业（工种）的退出须指明所涉的备案或遴选条目',
    );
  const inst = await trx
    .selectFrom('institutions')
    .select(['name', 'uscc', 'legal_representative'])
    .where('id', '=', input.institutionId)
    .executeTakeFirst();
  if (!inst) throw notFound('机构');
  const exitId = randomUUID();
  const branchId = entries.length === 1 ? entries[0]!.branch_id : null;
  // The row first: programmes point at it.
  await trx
    .insertInto('institution_exits')
    .values({
      id: exitId,
      institution_id: input.institutionId,
      branch_id: branchId,
      entry_id: input.entryId,
      regime: input.regime,
      route: input.route,
      scope: input.scope.kind,
      programme_seqs: input.scope.kind === 'programmes' ? [...input.scope.seqs] : [],
      occupations: JSON.stringify(input.scope.kind === 'occupations' ? input.scope.occupations : []),
      institution_exited: false,
      case_id: input.caseId,
      authority_id: input.authorityId,
      terminated_on: input.terminatedOn,
      wrap_up_due: input.wrapUpDue,
      reason: input.reason_zh,
      citations: JSON.stringify(input.citations),
    })
    .execute();

  let withdrawWhole = input.scope.kind === 'institution';
  if (input.scope.kind === 'programmes')
    withdrawWhole = await withdrawProgrammes(trx, audit, input, entries[0]!.id, input.scope.seqs, exitId);
  if (input.scope.kind === 'occupations')
    withdrawWhole = await endOccupations(trx, audit, input, entries[0]!.id, input.scope.occupations);

  const withdrawn: string[] = [];
  if (withdrawWhole)
    for (const e of entries) {
      await withdrawDirectoryEntry(trx, audit, {
        entry: { id: e.id },
        reason_zh: input.reason_zh,
        citations: input.citations,
        withdrawalCaseId: input.caseId,
        withdrawnOn: input.terminatedOn,
      });
      withdrawn.push(e.id);
    }
  const status = branchId
    ? (await trx.selectFrom('branches').select('status').where('id', '=', branchId).executeTakeFirstOrThrow()).status
    : (await trx.selectFrom('institutions').select('status').where('id', '=', input.institutionId).executeTakeFirstOrThrow()).status; // prettier-ignore
  const institutionExited = withdrawWhole && status === 'exited';
  if (institutionExited)
    await trx
      .updateTable('institution_exits')
      .set({ institution_exited: true })
      .where('id', '=', exitId)
      .execute();

  let barredUntil: string | null = null;
  if (input.reentryBar) {
    const p = input.reentryBar === 'voluntary' ? voluntaryReentryBanYears : revocationReentryBanYears;
    // 民法典 §201–202: the decision day not counted, the anniversary the last barred day (decision 0037).
    barredUntil = addYears(input.terminatedOn, parameterAt(p, input.terminatedOn));
    await trx
      .insertInto('reentry_bars')
      .values({
        id: randomUUID(),
        exit_id: exitId,
        institution_id: input.institutionId,
        uscc: inst.uscc,
        legal_representative: inst.legal_representative,
        institution_name: inst.name,
        kind: input.reentryBar,
        decided_on: input.terminatedOn,
        last_barred_day: barredUntil,
        citations: JSON.stringify([EXIT_CITATION, ...input.citations]),
      })
      .execute();
  }
  await writeAudit(trx, audit, {
    entity: 'institution_exit',
    entityId: exitId,
    action: 'create',
    before: null,
    after: {
      institutionId: input.institutionId,
      entryId: input.entryId,
      route: input.route,
      scope: input.scope,
      terminatedOn: input.terminatedOn,
      wrapUpDue: input.wrapUpDue,
      institutionExited,
      barredUntil,
      reason: input.reason_zh,
    },
    citations: [...input.citations],
  });
  return { exitId, institutionExited, withdrawnEntryIds: withdrawn, barredUntil };
}
