// What the grounds of 1x-exit §5 are computed from, read from the system's own data for the 1+X
// organisations an office selected: the programme operation records (not withdrawn), the monitoring
// ratings the office confirmed with their rectification orders, and the unresolved problems of §5(5) —
// open leads, overdue rectification orders ("overdue" = not accepted and today after the deadline,
// migration 0028) and inspections that found problems with nothing done about them (0027).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { UPDATE_KINDS } from '../programme-operations/kinds.js';
import type { OneXOrganisation } from '../programme-operations/organisation-access.js';

export interface EvidenceItem {
  kind: string;
  id: string | null;
  on: string;
  text: string;
}

export interface OperationFacts {
  programmeSeq: number | null;
  kind: string;
  id: string;
  occurredOn: string;
  details: Record<string, unknown>;
}

export async function operationsOf(
  db: Kysely<DB>,
  institutionIds: string[],
): Promise<Map<string, OperationFacts[]>> {
  const out = new Map<string, OperationFacts[]>();
  if (institutionIds.length === 0) return out;
  const rows = await db
    .selectFrom('programme_operations')
    .select(['id', 'institution_id', 'programme_seq', 'kind', 'occurred_on', 'details'])
    .where('institution_id', 'in', institutionIds)
    .where('withdrawn_at', 'is', null)
    .orderBy('occurred_on')
    .execute();
  for (const r of rows) {
    const list = out.get(r.institution_id) ?? [];
    list.push({ programmeSeq: r.programme_seq, kind: r.kind, id: r.id, occurredOn: String(r.occurred_on).slice(0, 10), details: r.details }); // prettier-ignore
    out.set(r.institution_id, list);
  }
  return out;
}

const last = (ops: OperationFacts[], pred: (o: OperationFacts) => boolean) => ops.filter(pred).at(-1) ?? null;

/** The activity of one programme as the rules need it, with the records behind each date. */
export function programmeActivity(org: OneXOrganisation, seq: number, ops: OperationFacts[]) {
  const mine = ops.filter((o) => o.programmeSeq === seq);
  const first = mine.find((o) => o.occurredOn >= org.approvedOn) ?? null;
  const update = last(mine, (o) => UPDATE_KINDS.includes(o.kind as never));
  const evaluation = last(mine, (o) => o.kind === 'evaluation' && Number(o.details.candidates ?? 0) > 0);
  const school = last(mine, (o) => o.kind === 'school_implementation');
  return {
    firstWorkOn: first?.occurredOn ?? null,
    lastUpdateOn: update?.occurredOn ?? null,
    lastEvaluationWithCandidatesOn: evaluation?.occurredOn ?? null,
    lastSchoolImplementationOn: school?.occurredOn ?? null,
    records: { first, update, evaluation, school },
  };
}

export interface RatingFacts {
  ratingId: string;
  programmeSeq: number | null;
  grade: 'A' | 'B' | 'C' | 'D';
  periodTo: string;
  rectificationId: string | null;
  deadline: string | null;
  rectificationStatus: string | null;
}

/** The latest confirmed rating of each organisation and programme. */
export async function latestRatings(
  db: Kysely<DB>,
  institutionIds: string[],
): Promise<Map<string, RatingFacts>> {
  const out = new Map<string, RatingFacts>();
  if (institutionIds.length === 0) return out;
  const rows = await db
    .selectFrom('ratings as r')
    .innerJoin('rating_runs as u', 'u.id', 'r.run_id')
    .leftJoin('rectifications as x', 'x.id', 'r.rectification_id')
    .select(['r.id', 'r.institution_id', 'r.programme_seq', 'r.grade', 'u.period_to', 'r.rectification_id', 'x.deadline', 'x.status'])
    .where('r.institution_id', 'in', institutionIds)
    .where('r.confirmed_on', 'is not', null)
    .orderBy('u.period_to', 'desc')
    .orderBy('r.confirmed_on', 'desc')
    .execute(); // prettier-ignore
  for (const r of rows) {
    const key = `${r.institution_id}|${r.programme_seq ?? 0}`;
    if (!out.has(key))
      out.set(key, {
        ratingId: r.id,
        programmeSeq: r.programme_seq,
        grade: r.grade,
        periodTo: String(r.period_to).slice(0, 10),
        rectificationId: r.rectification_id,
        deadline: r.deadline ? String(r.deadline).slice(0, 10) : null,
        rectificationStatus: r.status ?? null,
      });
  }
  return out;
}

/** §5(5): the unresolved problems of an organisation from every channel, oldest first. */
export async function unresolvedProblems(
  db: Kysely<DB>,
  institutionId: string,
  today: string,
): Promise<EvidenceItem[]> {
  const leads = await db
    .selectFrom('leads')
    .select(['id', 'received_on', 'summary', 'source'])
    .where('institution_id', '=', institutionId)
    .where('status', '<>', 'closed')
    .where('duplicate_of', 'is', null)
    .execute();
  const overdue = await db
    .selectFrom('rectifications')
    .select(['id', 'deadline', 'subject'])
    .where('institution_id', '=', institutionId)
    .where('status', '<>', 'accepted')
    .where('deadline', '<', today)
    .execute();
  const inspections = await db
    .selectFrom('inspections')
    .select(['id', 'concluded_on', 'conclusion'])
    .where('institution_id', '=', institutionId)
    .where('outcome', 'in', ['rectify', 'violation_suspected'])
    .where('rectification_id', 'is', null)
    .where('violation_case_id', 'is', null)
    .where(sql<boolean>`concluded_on is not null`)
    .execute();
  const items: EvidenceItem[] = [
    ...leads.map((l) => ({
      kind: 'lead',
      id: l.id,
      on: String(l.received_on).slice(0, 10),
      text: l.summary,
    })),
    ...overdue.map((r) => ({ kind: 'rectification_overdue', id: r.id, on: String(r.deadline).slice(0, 10), text: r.subject })), // prettier-ignore
    ...inspections.map((i) => ({ kind: 'inspection', id: i.id, on: String(i.concluded_on).slice(0, 10), text: i.conclusion ?? '' })), // prettier-ignore
  ];
  return items.sort((a, b) => a.on.localeCompare(b.on));
}

export async function channelThreshold(db: Kysely<DB>, authorityId: string) {
  return db
    .selectFrom('channel_problem_thresholds')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .executeTakeFirst();
}
