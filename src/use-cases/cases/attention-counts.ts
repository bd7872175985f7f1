// A supervisor's home (issue 10 point 7): what needs action now, counted in the caller's own scope —
// applications awaiting acceptance, cases past a running deadline and cases in 公示 with an objection to
// answer in its 待办 (the very queue the counts link to, through queueRows), 公示 of its territory
// ending by Sunday of this week, and directory entries of its territory whose validity ends within 90
// days.
import { forbidden } from '../../domain/errors.js';
import { institutionScope } from '../../policies/scope.js';
import { chinaDate } from '../../workflows/deadline.js';
import { requireActor, type CaseContext } from './case-context.js';
import { queueRows } from './list-cases.js';

export interface AttentionCounts {
  today: string;
  awaitingAcceptance: number;
  overdue: number;
  /**
   * Cases in a running 公示 with an objection to answer (mohrss-filing 二(十)4; 1x-selection §16): in
   * 待办 in the state 公示 only for that reason (the machines have the public's move there).
   */
  objectionsToAnswer: number;
  noticesEndingThisWeek: number;
  /** The last day counted for notices (Sunday of this week). */
  weekEnds: string;
  validityEnding: number;
  /** The last day counted for validity (today + 90 days). */
  validityUntil: string;
  /** The directory's filter that lists exactly the entries counted (with validUntil). */
  validityFilter: { authorityId?: string; jurisdictionCode?: string };
}

/** The state a filing or selection waits in for the authority's acceptance, in every machine. */
export const AWAITING_ACCEPTANCE_STATE = 'submitted';
/** The state of a case under 公示, in every machine that holds one (social-org filing, 1+X selection). */
export const PUBLIC_NOTICE_STATE = 'public_notice';
export const VALIDITY_WINDOW_DAYS = 90;

const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export async function attentionCounts(ctx: CaseContext): Promise<AttentionCounts> {
  const actor = requireActor(ctx);
  if (actor.role !== 'authority_staff' || !actor.authorityId) throw forbidden('只有监管部门工作人员有此统计');
  const today = chinaDate(ctx.now ?? new Date());
  const none = { limit: 1, offset: 0 };
  const [awaiting, overdue, objections] = await Promise.all([
    queueRows(ctx, { view: 'todo', state: AWAITING_ACCEPTANCE_STATE }, none),
    queueRows(ctx, { view: 'todo', overdue: true }, none),
    queueRows(ctx, { view: 'todo', state: PUBLIC_NOTICE_STATE }, none),
  ]);
  // Monday is day 1; Sunday (0) ends the week.
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const weekEnds = plusDays(today, weekday === 0 ? 0 : 7 - weekday);
  const validityUntil = plusDays(today, VALIDITY_WINDOW_DAYS);

  const scope = institutionScope(actor);
  if (scope.kind !== 'all' && scope.kind !== 'authority' && scope.kind !== 'jurisdiction')
    throw forbidden('只有监管部门工作人员有此统计');
  const [column, op, value] =
    scope.kind === 'authority'
      ? (['authority_id', '=', scope.authorityId] as const)
      : (['jurisdiction_code', 'like', scope.kind === 'all' ? '%' : `${scope.prefix}%`] as const);
  const notices = await ctx.db
    .selectFrom('public_notices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(column, op, value)
    .where('closed_on', 'is', null)
    .where('ends_on', '>=', today)
    .where('ends_on', '<=', weekEnds)
    .executeTakeFirstOrThrow();
  const validity = await ctx.db
    .selectFrom('directory_entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(column, op, value)
    .where('withdrawn_on', 'is', null)
    .where('valid_to', '>=', today)
    .where('valid_to', '<=', validityUntil)
    .executeTakeFirstOrThrow();
  return {
    today,
    awaitingAcceptance: awaiting.total,
    overdue: overdue.total,
    objectionsToAnswer: objections.total,
    noticesEndingThisWeek: Number(notices.n),
    weekEnds,
    validityEnding: Number(validity.n),
    validityUntil,
    validityFilter:
      scope.kind === 'authority'
        ? { authorityId: scope.authorityId }
        : scope.kind === 'jurisdiction'
          ? { jurisdictionCode: actor.jurisdictionCode ?? scope.prefix }
          : {},
  };
}
