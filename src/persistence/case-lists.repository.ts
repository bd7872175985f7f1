// Lists of cases for the queues and progress views (待办/已办, 我的申请, assigned reviews, supervised
// cases): SQL only. The caller's view is turned into WHERE clauses by the use case (list-cases.ts);
// every row carries the earliest running deadline, so the queue shows the due date and can flag it.
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { DB } from './schema.js';
import { toCaseRecord, type CaseRecord } from './cases.repository.js';
import { containsPattern } from './paging.js';

export interface CaseListFilter {
  /**
   * Cases decided by this authority — not the violation cases an institution determines, which name
   * the authority as their supervisor only (cases.decider_institution_id, mohrss-violations §16 ¶2).
   */
  authorityId?: string;
  /**
   * true: the authority's move (待办) — awaiting it by the machine, or an objection to answer
   * (openObjections below); false: everything else (已办: awaiting someone else, or closed).
   */
  awaitingAuthority?: boolean;
  /**
   * Cases this institution applies for itself (我的申请): not those a department applies for on its
   * behalf (snapshot.applicantAuthorityId), which are the department's (src/workflows/case-roles.ts).
   */
  institutionId?: string;
  /** Cases a department applies for (dept-pilot 三: snapshot.applicantAuthorityId). */
  applicantAuthorityId?: string;
  /** Submitted cases whose panel includes this expert (snapshot.expertIds). */
  expertId?: string;
  /** Cases in the jurisdiction (code prefix), or of the authority, for supervising authorities. */
  within?: { jurisdictionPrefix: string } | { authorityId: string };
  procedures?: readonly string[];
  /** Only open (not closed) cases. */
  open?: boolean;
  /**
   * The lists of an authority (待办, 已办, supervised): cases submitted at least once, and drafts only
   * when this authority opened them itself (snapshot.openedBy = 'authority', a branch filing). A case
   * never submitted is the applicant's alone (src/workflows/case-roles.ts).
   */
  seenByAuthority?: string;
  /** The queue's search and filters (待办/已办/辖区), narrowing whatever the view above allows. */
  search?: CaseSearch;
  limit: number;
  offset: number;
}

export interface CaseSearch {
  /** Part of the reference number or of the applicant institution's (or branch's) name. */
  q?: string | undefined;
  state?: string | undefined;
  institutionId?: string | undefined;
  /** Only cases with a running deadline whose due date is before this day (YYYY-MM-DD). */
  overdueBefore?: string | undefined;
}

/** The order of a list: earliest (or latest) running due date first, or the most recently changed. */
export type CaseListOrder = 'due' | '-due' | 'recent';

export interface CaseListRow extends CaseRecord {
  institutionName: string;
  branchName: string | null;
  authorityName: string;
  /** Unanswered objections to the case's running 公示 (0 when none, or no notice runs). */
  openObjections: number;
  /** The earliest running deadline. */
  dueDate: string | null;
  deadlineLabel: string | null;
  /** The clock's name (the machine's ClockSpec.name or its state), for its English label. */
  deadlineName: string | null;
  deadlineUnit: 'working_days' | 'calendar_days' | null;
}

/** The tables a list query reads from (for the expression builders it shares between clauses). */
type QueueFrom = DB & { c: DB['cases']; i: DB['institutions']; a: DB['authorities']; b: DB['branches'] };

export async function listCases(
  db: Kysely<DB>,
  f: CaseListFilter,
  order: CaseListOrder,
): Promise<{ items: CaseListRow[]; total: number }> {
  let q = db
    .selectFrom('cases as c')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .innerJoin('authorities as a', 'a.id', 'c.authority_id')
    .leftJoin('branches as b', 'b.id', 'c.branch_id');
  if (f.authorityId)
    q = q.where('c.authority_id', '=', f.authorityId).where('c.decider_institution_id', 'is', null);
  // 待办 is the machine's `awaiting = authority` OR an unanswered objection to a running 公示. The
  // objection is derived here from the objections table, not written into cases.awaiting: the machine
  // leaves a case in 公示 awaiting the public, while the duty to answer what the public says during it
  // (mohrss-filing 二(十)4 公示、征求意见; 1x-selection §16 公示无异议后 — and the decision's guard,
  // src/workflows/public-notice/objections.ts) lasts exactly as long as the objection is unanswered.
  // Deriving it keeps one source of truth: lodging or answering an objection needs no second write.
  const objectionToAnswer = (eb: ExpressionBuilder<QueueFrom, 'c'>) =>
    eb.and([
      eb('c.closed_at', 'is', null),
      eb.exists(
        eb
          .selectFrom('objections as ob')
          .innerJoin('public_notices as pn', 'pn.id', 'ob.notice_id')
          .select('ob.id')
          .whereRef('pn.case_id', '=', 'c.id')
          .where('pn.closed_on', 'is', null)
          .where('ob.answered_at', 'is', null),
      ),
    ]);
  if (f.awaitingAuthority === true)
    q = q.where((eb) => eb.or([eb('c.awaiting', '=', 'authority'), objectionToAnswer(eb)]));
  if (f.awaitingAuthority === false)
    q = q.where((eb) =>
      eb.and([
        eb.or([eb('c.awaiting', 'is', null), eb('c.awaiting', '!=', 'authority')]),
        eb.not(objectionToAnswer(eb)),
      ]),
    );
  if (f.institutionId && f.applicantAuthorityId) {
    const inst = f.institutionId;
    const dept = f.applicantAuthorityId;
    q = q.where((eb) =>
      eb.or([
        eb.and([
          eb('c.institution_id', '=', inst),
          eb(sql<string>`c.snapshot->>'applicantAuthorityId'`, 'is', null),
        ]),
        eb(sql<string>`c.snapshot->>'applicantAuthorityId'`, '=', dept),
      ]),
    );
  } else if (f.institutionId)
    q = q
      .where('c.institution_id', '=', f.institutionId)
      .where(sql<string>`c.snapshot->>'applicantAuthorityId'`, 'is', null);
  else if (f.applicantAuthorityId)
    q = q.where(sql<string>`c.snapshot->>'applicantAuthorityId'`, '=', f.applicantAuthorityId);
  // An expert sees a case once it is submitted (a draft is the applicant's alone).
  if (f.expertId)
    q = q
      .where(sql<boolean>`c.snapshot->'expertIds' @> ${JSON.stringify([f.expertId])}::jsonb`)
      .where('c.submitted_at', 'is not', null);
  if (f.within) {
    const w = f.within;
    q =
      'authorityId' in w
        ? q.where('c.authority_id', '=', w.authorityId)
        : w.jurisdictionPrefix === ''
          ? q
          : q.where('c.jurisdiction_code', 'like', `${w.jurisdictionPrefix}%`);
  }
  if (f.procedures) {
    if (f.procedures.length === 0) return { items: [], total: 0 };
    q = q.where('c.procedure', 'in', [...f.procedures]);
  }
  if (f.open) q = q.where('c.closed_at', 'is', null);
  if (f.seenByAuthority) {
    const me = f.seenByAuthority;
    q = q.where((eb) =>
      eb.or([
        eb('c.submitted_at', 'is not', null),
        eb.and([eb(sql<string>`c.snapshot->>'openedBy'`, '=', 'authority'), eb('c.authority_id', '=', me)]),
      ]),
    );
  }
  const sr = f.search;
  if (sr?.state) q = q.where('c.state', '=', sr.state);
  if (sr?.institutionId) q = q.where('c.institution_id', '=', sr.institutionId);
  if (sr?.q) {
    const like = containsPattern(sr.q);
    q = q.where((eb) =>
      eb.or([eb('c.reference_no', 'ilike', like), eb('i.name', 'ilike', like), eb('b.name', 'ilike', like)]),
    );
  }
  if (sr?.overdueBefore) {
    const today = sr.overdueBefore;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_deadlines as od')
          .select('od.id')
          .whereRef('od.case_id', '=', 'c.id')
          .where('od.status', '=', 'running')
          .where('od.due_date', '<', today),
      ),
    );
  }

  const rows = await q
    .selectAll('c')
    .select(['i.name as institution_name', 'a.name as authority_name', 'b.name as branch_name'])
    .select((eb) => {
      const next = eb
        .selectFrom('case_deadlines as d')
        .whereRef('d.case_id', '=', 'c.id')
        .where('d.status', '=', 'running')
        .orderBy('d.due_date')
        .limit(1);
      const open = eb
        .selectFrom('objections as oo')
        .innerJoin('public_notices as op', 'op.id', 'oo.notice_id')
        .whereRef('op.case_id', '=', 'c.id')
        .where('op.closed_on', 'is', null)
        .where('oo.answered_at', 'is', null)
        .select((o) => o.fn.countAll<number>().as('n'));
      return [
        open.as('open_objections'),
        next.select('d.due_date').as('next_due'),
        next.select('d.label_zh').as('next_label'),
        next.select('d.kind').as('next_name'),
        next.select('d.unit').as('next_unit'),
      ];
    })
    .orderBy(
      order === 'due'
        ? sql`next_due asc nulls last`
        : order === '-due'
          ? sql`next_due desc nulls last`
          : sql`c.updated_at desc`,
    )
    .orderBy('c.reference_no')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      ...toCaseRecord(r),
      institutionName: r.institution_name,
      branchName: r.branch_name,
      authorityName: r.authority_name,
      openObjections: Number(r.open_objections ?? 0),
      dueDate: r.next_due,
      deadlineLabel: r.next_label,
      deadlineName: r.next_name,
      deadlineUnit: r.next_unit,
    })),
  };
}

/** Names shown on a case page: the applicant institution (and branch) and the deciding authority. */
export async function caseNames(
  db: Kysely<DB>,
  caseId: string,
): Promise<{
  institutionName: string;
  institutionKind: string;
  branchName: string | null;
  authorityName: string;
}> {
  const r = await db
    .selectFrom('cases as c')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .innerJoin('authorities as a', 'a.id', 'c.authority_id')
    .leftJoin('branches as b', 'b.id', 'c.branch_id')
    .select([
      'i.name as institution_name',
      'i.kind as institution_kind',
      'b.name as branch_name',
      'a.name as authority_name',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
  return {
    institutionName: r.institution_name,
    institutionKind: r.institution_kind,
    branchName: r.branch_name,
    authorityName: r.authority_name,
  };
}
