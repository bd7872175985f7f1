// The lists of cases each party works from: the deciding authority's queue — 待办 (awaiting it, the
// earliest due first, overdue flagged) and 已办 (awaiting others or closed) —, the applicant's 我的申请
// (its institution's cases, or a department's recommendations), the expert's assigned reviews, and a
// supervising authority's view of every case in its territory. Each row: state, whose move, the
// running deadline with its due date and the working days left.
import { forbidden } from '../../domain/errors.js';
import {
  listCases as listCaseRows,
  type CaseListFilter,
  type CaseListOrder,
  type CaseListRow,
} from '../../persistence/case-lists.repository.js';
import { institutionScope } from '../../policies/scope.js';
import { caseViewsOf, type CaseListView } from '../../policies/case.policy.js';
import { chinaDate, deadlineStanding, type Standing } from '../../workflows/deadline.js';
import { clockLabelEn, type Awaiting, type StateDef } from '../../workflows/machine.js';
import { AWAITING_EN, AWAITING_ZH } from '../workflow/get-case-progress.js';
import { requireActor, type CaseContext } from './case-context.js';
import { iso } from './case-views.js';
import type { SummaryData } from '../workflow/procedure-module.js';

export const CASE_VIEWS = [
  'todo',
  'done',
  'mine',
  'assigned',
  'supervised',
] as const satisfies readonly CaseListView[];
export type CaseView = CaseListView;

export interface CaseListItem {
  id: string;
  procedure: string;
  procedure_zh: string;
  procedure_en: string;
  referenceNo: string;
  institutionId: string;
  institutionName: string;
  branchName: string | null;
  authorityName: string;
  state: string;
  stateLabel_zh: string;
  stateLabel_en: string;
  final: boolean;
  awaiting: Awaiting | null;
  awaiting_zh: string | null;
  awaiting_en: string | null;
  /** Unanswered objections to the case's running 公示 (the authority must answer them). */
  openObjections: number;
  /**
   * What the authority has to do when the machine says someone else's move: 待答复异议 while an
   * objection to the running 公示 is unanswered (the reason the case is in its 待办); null otherwise.
   */
  task_zh: string | null;
  task_en: string | null;
  version: number;
  summary: string | null;
  summary_en: string | null;
  /** The names the summary quotes as entered (procedure-module.ts SummaryData). */
  summaryData: SummaryData;
  submittedAt: string | null;
  updatedAt: string;
  validFrom: string | null;
  validTo: string | null;
  dueDate: string | null;
  deadlineLabel: string | null;
  deadlineLabel_en: string | null;
  deadlineUnit: 'working_days' | 'calendar_days' | null;
  standing: Standing | null;
  /** Working (or calendar) days left until the due date; negative once overdue. */
  remaining: number | null;
  overdue: boolean;
}

/** The search, filters and order of a list (待办/已办/辖区 and the others alike). */
export interface CaseListSearch {
  view: CaseView;
  procedure?: string | undefined;
  /** Part of the reference number or of the applicant's name. */
  q?: string | undefined;
  state?: string | undefined;
  institutionId?: string | undefined;
  /** Only cases past a running deadline. */
  overdue?: boolean | undefined;
  /** due: earliest due date first; -due: latest first; recent: last changed first (default: 待办 by due). */
  sort?: CaseListOrder | undefined;
}

export interface CaseListQuery extends CaseListSearch {
  page: number;
  pageSize: number;
}

export async function listCaseQueue(
  ctx: CaseContext,
  q: CaseListQuery,
): Promise<{ items: CaseListItem[]; total: number; page: number; pageSize: number }> {
  const paging = { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
  const rows = await queueRows(ctx, q, paging);
  return { total: rows.total, page: q.page, pageSize: q.pageSize, items: rows.items };
}

/**
 * The rows of one list for the caller, scoped by its view exactly as the queue page is (the export
 * uses this too, so that a file never holds a case the list would not show).
 */
export async function queueRows(
  ctx: CaseContext,
  q: CaseListSearch,
  paging: { limit: number; offset: number },
): Promise<{ items: CaseListItem[]; total: number }> {
  const actor = requireActor(ctx);
  const known = ctx.procedures.map((p) => p.id);
  const procedures = q.procedure ? known.filter((p) => p === q.procedure) : known;
  const today = chinaDate(ctx.now ?? new Date());
  const search = {
    q: q.q,
    state: q.state,
    institutionId: q.institutionId,
    overdueBefore: q.overdue ? today : undefined,
  };
  const wrongView = (who: string) => forbidden(`${who}没有此案件列表`);

  if (!caseViewsOf(actor).includes(q.view)) throw wrongView('当前账号');
  let filter: CaseListFilter;
  switch (q.view) {
    case 'todo':
    case 'done':
      if (actor.role !== 'authority_staff' || !actor.authorityId) throw wrongView('当前账号');
      filter = {
        authorityId: actor.authorityId,
        awaitingAuthority: q.view === 'todo',
        seenByAuthority: actor.authorityId,
        procedures,
        ...paging,
      };
      break;
    case 'mine':
      // Violation cases have their own list (违纪违规处理): an institution does not apply for them.
      if (actor.role === 'institution_staff' && actor.institutionId)
        filter = {
          institutionId: actor.institutionId,
          procedures: procedures.filter((p) => p !== 'violation-case'),
          ...paging,
        };
      // A department applies on an organisation's behalf (dept-pilot 三).
      else if (actor.role === 'authority_staff' && actor.authorityId)
        filter = { applicantAuthorityId: actor.authorityId, procedures, ...paging };
      else throw wrongView('当前账号');
      break;
    case 'assigned':
      if (actor.role !== 'expert' || !actor.expertId) throw wrongView('当前账号');
      filter = { expertId: actor.expertId, procedures, ...paging };
      break;
    case 'supervised': {
      if (actor.role !== 'authority_staff') throw wrongView('当前账号');
      const scope = institutionScope(actor);
      // Drafts are the applicant's alone: only submitted cases (and drafts this authority opened).
      const seen = { seenByAuthority: actor.authorityId ?? '__none__', procedures, ...paging };
      if (scope.kind === 'authority') filter = { within: { authorityId: scope.authorityId }, ...seen };
      else if (scope.kind === 'jurisdiction')
        filter = { within: { jurisdictionPrefix: scope.prefix }, ...seen };
      else if (scope.kind === 'all') filter = { within: { jurisdictionPrefix: '' }, ...seen };
      else throw wrongView('当前账号');
      break;
    }
  }
  const rows = await listCaseRows(
    ctx.db,
    { ...filter, search },
    q.sort ?? (q.view === 'todo' ? 'due' : 'recent'),
  );
  return { total: rows.total, items: rows.items.map((r) => listItem(ctx, r, today)) };
}

function listItem(ctx: CaseContext, r: CaseListRow, today: string): CaseListItem {
  const m = ctx.procedures.find((p) => p.id === r.procedure)!;
  const state = (m.machine.states as Record<string, StateDef>)[r.state];
  const standing =
    r.dueDate && r.deadlineUnit
      ? deadlineStanding(
          { status: 'running', dueDate: r.dueDate, metOn: null, unit: r.deadlineUnit },
          today,
          ctx.calendar,
        )
      : null;
  return {
    id: r.id,
    procedure: r.procedure,
    procedure_zh: m.machine.procedure_zh,
    procedure_en: m.machine.procedure_en,
    referenceNo: r.referenceNo,
    institutionId: r.institutionId,
    institutionName: r.institutionName,
    branchName: r.branchName,
    authorityName: r.authorityName,
    state: r.state,
    stateLabel_zh: state?.label_zh ?? r.state,
    stateLabel_en: state?.label_en ?? r.state,
    final: state?.final === true,
    awaiting: r.awaiting,
    awaiting_zh: r.awaiting ? AWAITING_ZH[r.awaiting] : null,
    awaiting_en: r.awaiting ? AWAITING_EN[r.awaiting] : null,
    openObjections: r.openObjections,
    task_zh: r.openObjections > 0 ? `待答复异议（${r.openObjections}件）` : null,
    task_en:
      r.openObjections > 0
        ? `Objection${r.openObjections > 1 ? 's' : ''} to answer (${r.openObjections})`
        : null,
    version: r.version,
    summary: m.summary ? m.summary(r) : null,
    summary_en: m.summary_en ? m.summary_en(r) : m.summary ? m.summary(r) : null,
    summaryData: m.summaryData ? m.summaryData(r) : {},
    submittedAt: iso(r.submittedAt),
    updatedAt: iso(r.updatedAt)!,
    validFrom: r.validFrom,
    validTo: r.validTo,
    dueDate: r.dueDate,
    deadlineLabel: r.deadlineLabel,
    deadlineLabel_en: r.deadlineName ? (clockLabelEn(m.machine, r.deadlineName) ?? r.deadlineLabel) : null,
    deadlineUnit: r.deadlineUnit,
    standing: standing?.standing ?? null,
    remaining: standing?.remaining ?? null,
    overdue: standing?.standing === 'overdue',
  };
}
