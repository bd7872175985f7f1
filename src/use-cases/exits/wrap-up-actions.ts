// The wrap-up of an exit, as the people act on it (1x-exit §9; gz-rules §13–15; issue 15 point 6):
//   - lists of exits in the caller's scope (an authority: its jurisdiction, or the exits it decided; an
//     institution: its own) — out of scope answers the same 404 as an unknown id;
//   - one exit with its checklist (computed now, wrap-up.ts), the institution's current checklist without an
//     exit (the list a procedure before the exit shows — gz-rules §13 wrap-up precedes the end);
//   - the institution registers a closed session's records as archived (评价资料归档: where and when);
//   - the authority that decided (or, for a lapse, supervises) the exit waives an item with its reason, and
//     confirms the wrap-up complete — refused with the open items while one is neither empty nor waived.
// Every write is one transaction with its audit row.
import { sql, type Kysely } from 'kysely';
import type { DB, WrapUpItem } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { institutionScope } from '../../policies/scope.js';
import { institutionIdInScope } from '../../persistence/scope-sql.js';
import { AppError, english, forbidden, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Citation } from '../../domain/citation.js';
import {
  auditContext,
  isUniqueViolation,
  requireActor,
  todayInChina,
  type RegistryContext,
} from '../registry/registry-context.js';
import { wrapUpChecklist, type WrapUpChecklist } from './wrap-up.js';

export interface ExitSummary {
  id: string;
  institutionId: string;
  institutionName: string;
  branchName: string | null;
  filingCode: string | null;
  regime: string;
  route: 'lapse' | 'voluntary' | 'ordered';
  scope: 'institution' | 'programmes' | 'occupations';
  programmeSeqs: number[];
  occupations: { occupationCode: string; level: number }[];
  institutionExited: boolean;
  authorityId: string;
  authorityName: string;
  terminatedOn: string;
  wrapUpDue: string | null;
  wrapUpCompletedOn: string | null;
  /** open: wrap-up not confirmed; overdue: not confirmed and the due day has passed; completed. */
  wrapUpStatus: 'open' | 'overdue' | 'completed';
  reason: string;
  citations: Citation[];
}

export interface ExitDetail extends ExitSummary {
  checklist: WrapUpChecklist;
  asOf: string;
  /** Whether the caller may waive items and confirm completion (the exit's authority). */
  canDecide: boolean;
}

const today = (ctx: RegistryContext) => todayInChina(ctx.now ?? new Date());

// Experts and verifiers have no registry scope (institutionScope 'none'): an empty list, a 404 for one.
const scopeOf = (actor: Actor) => institutionScope(actor);

function exitsQuery(db: Kysely<DB>, actor: Actor) {
  const scope = scopeOf(actor);
  return db
    .selectFrom('institution_exits as x')
    .innerJoin('institutions as i', 'i.id', 'x.institution_id')
    .innerJoin('authorities as a', 'a.id', 'x.authority_id')
    .leftJoin('branches as b', 'b.id', 'x.branch_id')
    .leftJoin('directory_entries as e', 'e.id', 'x.entry_id')
    .where((eb) =>
      actor.role === 'authority_staff' && actor.authorityId
        ? eb.or([
            institutionIdInScope(eb as never, scope, sql.ref('x.institution_id')),
            eb('x.authority_id', '=', actor.authorityId),
          ])
        : institutionIdInScope(eb as never, scope, sql.ref('x.institution_id')),
    );
}

const SUMMARY = [
  'x.id',
  'x.institution_id',
  'i.name as institution_name',
  'b.name as branch_name',
  'e.filing_code',
  'x.regime',
  'x.route',
  'x.scope',
  'x.programme_seqs',
  'x.occupations',
  'x.institution_exited',
  'x.authority_id',
  'a.name as authority_name',
  'x.terminated_on',
  'x.wrap_up_due',
  'x.wrap_up_completed_on',
  'x.reason',
  'x.citations',
] as const;

type SummaryRow = {
  id: string;
  institution_id: string;
  institution_name: string;
  branch_name: string | null;
  filing_code: string | null;
  regime: string;
  route: ExitSummary['route'];
  scope: ExitSummary['scope'];
  programme_seqs: number[];
  occupations: unknown;
  institution_exited: boolean;
  authority_id: string;
  authority_name: string;
  terminated_on: string;
  wrap_up_due: string | null;
  wrap_up_completed_on: string | null;
  reason: string;
  citations: unknown;
};

const parsed = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

function summary(r: SummaryRow, asOf: string): ExitSummary {
  return {
    id: r.id,
    institutionId: r.institution_id,
    institutionName: r.institution_name,
    branchName: r.branch_name,
    filingCode: r.filing_code,
    regime: r.regime,
    route: r.route,
    scope: r.scope,
    programmeSeqs: r.programme_seqs,
    occupations: parsed(r.occupations),
    institutionExited: r.institution_exited,
    authorityId: r.authority_id,
    authorityName: r.authority_name,
    terminatedOn: r.terminated_on,
    wrapUpDue: r.wrap_up_due,
    wrapUpCompletedOn: r.wrap_up_completed_on,
    wrapUpStatus: r.wrap_up_completed_on
      ? 'completed'
      : r.wrap_up_due !== null && asOf > r.wrap_up_due
        ? 'overdue'
        : 'open',
    reason: r.reason,
    citations: parsed(r.citations),
  };
}

export async function listExits(
  ctx: RegistryContext,
  q: { status?: 'open' | 'completed' | 'all' | undefined; page: number; pageSize: number },
): Promise<{ items: ExitSummary[]; total: number; page: number; pageSize: number; asOf: string }> {
  const actor = requireActor(ctx);
  const asOf = today(ctx);
  let base = exitsQuery(ctx.db, actor);
  if (q.status === 'open') base = base.where('x.wrap_up_completed_on', 'is', null);
  if (q.status === 'completed') base = base.where('x.wrap_up_completed_on', 'is not', null);
  const [rows, count] = await Promise.all([
    base
      .select([...SUMMARY])
      .orderBy('x.terminated_on', 'desc')
      .orderBy('x.created_at', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => summary(r as SummaryRow, asOf)),
    total: Number(count.n),
    page: q.page,
    pageSize: q.pageSize,
    asOf,
  };
}

async function exitInScope(ctx: RegistryContext, actor: Actor, id: string): Promise<ExitSummary> {
  const row = await exitsQuery(ctx.db, actor)
    .where('x.id', '=', id)
    .select([...SUMMARY])
    .executeTakeFirst();
  if (!row) throw notFound('退出记录');
  return summary(row as SummaryRow, today(ctx));
}

const canDecide = (actor: Actor, exit: ExitSummary) =>
  actor.role === 'authority_staff' && actor.authorityId === exit.authorityId;

export async function getExit(ctx: RegistryContext, id: string): Promise<ExitDetail> {
  const actor = requireActor(ctx);
  const exit = await exitInScope(ctx, actor, id);
  const asOf = today(ctx);
  const branchId = (
    await ctx.db
      .selectFrom('institution_exits')
      .select('branch_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).branch_id;
  const checklist = await wrapUpChecklist(
    ctx.db,
    { institutionId: exit.institutionId, branchId, exitId: id },
    asOf,
  );
  return { ...exit, checklist, asOf, canDecide: canDecide(actor, exit) };
}

/** The institution's wrap-up list now, without an exit (before a voluntary exit: gz-rules §13). */
export async function currentChecklist(
  ctx: RegistryContext,
  institutionId: string,
): Promise<WrapUpChecklist & { asOf: string; institutionId: string; institutionName: string }> {
  const actor = requireActor(ctx);
  const scope = scopeOf(actor);
  const inst = await ctx.db
    .selectFrom('institutions as i')
    .select(['i.id', 'i.name'])
    .where('i.id', '=', institutionId)
    .where((eb) => institutionIdInScope(eb as never, scope, sql.ref('i.id')))
    .executeTakeFirst();
  if (!inst) throw notFound('机构');
  const asOf = today(ctx);
  return {
    ...(await wrapUpChecklist(ctx.db, { institutionId }, asOf)),
    asOf,
    institutionId,
    institutionName: inst.name,
  };
}

const ARCHIVE: Citation[] = [
  { source: 'gz-rules', article: 13 },
  { source: 'gz-rules', article: 14 },
];

/** 评价资料归档: the institution registers where a closed session's records are kept, and since when. */
export async function archiveSession(
  ctx: RegistryContext,
  sessionId: string,
  input: { location: string; archivedOn?: string | undefined },
): Promise<{ sessionId: string; archivedOn: string; location: string }> {
  const actor = requireActor(ctx);
  const asOf = today(ctx);
  const archivedOn = input.archivedOn ?? asOf;
  return ctx.db.transaction().execute(async (trx) => {
    const s = await trx
      .selectFrom('evaluation_sessions')
      .select(['id', 'institution_id', 'status', 'ends_on'])
      .where('id', '=', sessionId)
      .forUpdate()
      .executeTakeFirst();
    // Out of scope = not found (an authority registers nothing here: the institution keeps its records).
    if (!s || actor.role !== 'institution_staff' || actor.institutionId !== s.institution_id)
      throw notFound('评价场次');
    if (s.status !== 'closed')
      throw new AppError(
        409,
        'SESSION_NOT_CLOSED',
        '场次尚未结束',
        '只有已结束（已关闭）的评价场次才能登记资料归档',
        undefined,
        english('Session not closed', 'Only a closed evaluation session can have its records archived'),
      );
    if (archivedOn > asOf || archivedOn < s.ends_on)
      throw new AppError(
        422,
        'ARCHIVE_DATE_INVALID',
        '归档日期不符合要求',
        `归档日期应在场次结束日 ${s.ends_on} 至今天 ${asOf} 之间`,
        [
          {
            path: 'archivedOn',
            message: `应在 ${s.ends_on} 至 ${asOf} 之间`,
            label: '归档日期',
            label_en: 'Archived on',
          },
        ],
        english('Archive date invalid', `The archive date must lie between ${s.ends_on} and ${asOf}`),
      );
    try {
      await trx
        .insertInto('session_archives')
        .values({
          session_id: s.id,
          institution_id: s.institution_id,
          archived_on: archivedOn,
          location: input.location,
          archived_by: actor.userId,
        })
        .execute();
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError(
          409,
          'ALREADY_ARCHIVED',
          '已登记归档',
          '该场次的资料已经登记归档',
          undefined,
          english('Already archived'),
        );
      throw err;
    }
    await writeAudit(trx, auditContext(ctx), {
      entity: 'session_archive',
      entityId: s.id,
      action: 'create',
      before: null,
      after: { archivedOn, location: input.location },
      citations: ARCHIVE,
    });
    return { sessionId: s.id, archivedOn, location: input.location };
  });
}

async function decidableExit(ctx: RegistryContext, id: string): Promise<{ actor: Actor; exit: ExitSummary }> {
  const actor = requireActor(ctx);
  const exit = await exitInScope(ctx, actor, id);
  if (!canDecide(actor, exit))
    throw forbidden('只有作出（或监管）该退出的部门可以豁免收尾事项或确认收尾完成');
  if (exit.wrapUpCompletedOn)
    throw new AppError(
      409,
      'WRAP_UP_COMPLETED',
      '收尾已完成',
      `该退出的收尾工作已于 ${exit.wrapUpCompletedOn} 确认完成`,
      undefined,
      english('Wrap-up already completed', `The wrap-up was confirmed complete on ${exit.wrapUpCompletedOn}`),
    );
  return { actor, exit };
}

const WRAP_UP_CITATIONS: Citation[] = [
  { source: '1x-exit', article: 9 },
  { source: 'gz-rules', article: 13 },
  { source: 'gz-rules', article: 14 },
  { source: 'gz-rules', article: 15 },
];

/** The exit's authority waives one item with its reason (recorded; a second waiver replaces the first). */
export async function waiveWrapUpItem(
  ctx: RegistryContext,
  exitId: string,
  input: { item: WrapUpItem; reason: string },
): Promise<ExitDetail> {
  const { actor } = await decidableExit(ctx, exitId);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await trx
      .selectFrom('institution_exits')
      .select('wrap_up_completed_on')
      .where('id', '=', exitId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.wrap_up_completed_on)
      throw new AppError(409, 'WRAP_UP_COMPLETED', '收尾已完成', '该退出的收尾工作已经确认完成');
    const before = await trx
      .selectFrom('exit_wrap_up_waivers')
      .select(['reason'])
      .where('exit_id', '=', exitId)
      .where('item', '=', input.item)
      .executeTakeFirst();
    await trx
      .insertInto('exit_wrap_up_waivers')
      .values({ exit_id: exitId, item: input.item, reason: input.reason, waived_by: actor.userId })
      .onConflict((oc) =>
        oc
          .columns(['exit_id', 'item'])
          .doUpdateSet({ reason: input.reason, waived_by: actor.userId, waived_at: sql`now()` } as never),
      )
      .execute();
    await writeAudit(trx, auditContext(ctx), {
      entity: 'exit_wrap_up_waiver',
      entityId: `${exitId}/${input.item}`,
      action: before ? 'update' : 'create',
      before: before ? { reason: before.reason } : null,
      after: { item: input.item, reason: input.reason },
      citations: WRAP_UP_CITATIONS,
    });
  });
  return getExit(ctx, exitId);
}

/** The exit's authority confirms the wrap-up complete: refused, with the open items, unless clear. */
export async function completeWrapUp(ctx: RegistryContext, exitId: string): Promise<ExitDetail> {
  const { actor, exit } = await decidableExit(ctx, exitId);
  const asOf = today(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await trx
      .selectFrom('institution_exits')
      .select(['wrap_up_completed_on', 'branch_id'])
      .where('id', '=', exitId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.wrap_up_completed_on)
      throw new AppError(409, 'WRAP_UP_COMPLETED', '收尾已完成', '该退出的收尾工作已经确认完成');
    const checklist = await wrapUpChecklist(
      trx,
      { institutionId: exit.institutionId, branchId: locked.branch_id, exitId },
      asOf,
    );
    if (!checklist.clear) {
      const open = checklist.items.filter((i) => !i.cleared);
      throw new AppError(
        409,
        'WRAP_UP_NOT_CLEAR',
        '收尾事项尚未清零',
        `尚有收尾事项未处理也未豁免：${open.map((i) => `${i.title_zh} ${i.count} 项`).join('；')}`,
        undefined,
        {
          ...english(
            'Wrap-up items still open',
            `Items neither cleared nor waived: ${open.map((i) => `${i.title_en} (${i.count})`).join('; ')}`,
          ),
          openItems: open.map((i) => ({ item: i.item, count: i.count })),
        },
      );
    }
    await trx
      .updateTable('institution_exits')
      .set({ wrap_up_completed_on: asOf, wrap_up_completed_by: actor.userId })
      .where('id', '=', exitId)
      .execute();
    await writeAudit(trx, auditContext(ctx), {
      entity: 'institution_exit',
      entityId: exitId,
      action: 'wrap_up_complete',
      before: { wrapUpCompletedOn: null },
      after: {
        wrapUpCompletedOn: asOf,
        waived: checklist.items.filter((i) => i.waiver && i.count > 0).map((i) => i.item),
      },
      citations: WRAP_UP_CITATIONS,
    });
  });
  return getExit(ctx, exitId);
}
