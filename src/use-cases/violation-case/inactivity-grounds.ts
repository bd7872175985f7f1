// mohrss-violations §13(3) 一年内无正当理由不开展评价活动 and §14(7) 一年（含）以上不开展评价工作, raised
// from the session data for the authority to act on — never a sanction by itself (whether there was a
// good reason is the authority's judgement, §13(3)): the filed institutions in the caller's scope whose
// last evaluation session ended (or, without one, whose filing began) a year or more before today.
// A year from a day D is complete on the same day a year later (民法典 §202; the project's one reading,
// docs/decisions/0037). A 1+X organisation's evaluation records count as evaluations (docs/decisions/0040);
// the queue 监管依据 (src/use-cases/supervision-grounds/list-grounds.ts) lists these with the other grounds.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { forbidden } from '../../domain/errors.js';
import { institutionScope } from '../../policies/scope.js';
import { institutionInScope } from '../../persistence/registry-scope.js';
import { addYears } from '../../calendar/calendar-days.js';
import { parameterAt } from '../../parameters/parameter.js';
import { inactivityTerminationYears } from '../../parameters/mohrss-violations.js';

export interface InactivityGround {
  institutionId: string;
  institutionName: string;
  jurisdictionName: string;
  /** The last day an evaluation session ended, or the filing's first day when none was held. */
  lastEvaluationOn: string;
  basis: 'session' | 'filing';
  /** The day a year after it (§14(7) 一年（含）以上: on and after this day). */
  yearCompleteOn: string;
  /** An open violation case on the institution under §13(3) or §14(7), if one was opened already. */
  openCaseId: string | null;
}

export async function listInactivityGrounds(
  db: Kysely<DB>,
  actor: Actor,
  today: string,
): Promise<InactivityGround[]> {
  if (actor.role !== 'authority_staff') throw forbidden('只有评价机构监管部门可以查看不开展评价活动的线索');
  const years = parameterAt(inactivityTerminationYears, today);
  const rows = await db
    .selectFrom('directory_entries as e')
    .innerJoin('institutions as i', 'i.id', 'e.institution_id')
    .innerJoin('jurisdictions as j', 'j.code', 'i.jurisdiction_code')
    .select([
      'i.id',
      'i.name',
      'j.name as jurisdiction',
      sql<string>`min(e.valid_from)::text`.as('filed_on'),
      // A 1+X organisation's evaluations are its programme operation records (issue 14 point 3).
      sql<string | null>`(select max(d)::text from (select max(s.ends_on) as d from evaluation_sessions s where s.institution_id = i.id and s.status = 'closed' union all select max(o.occurred_on) from programme_operations o where o.institution_id = i.id and o.kind = 'evaluation' and o.withdrawn_at is null and coalesce((o.details->>'candidates')::int, 0) > 0) x)`.as('last_session'),
      sql<string | null>`(select c.id from cases c where c.institution_id = i.id and c.procedure = 'violation-case' and c.closed_at is null and c.snapshot->'charge'->>'violation' in ('13(3)', '14(7)') limit 1)`.as('open_case'),
    ])
    .where('e.withdrawn_on', 'is', null)
    .where('e.branch_id', 'is', null)
    .where('e.valid_from', '<=', today)
    .where((eb) => eb.or([eb('e.valid_to', 'is', null), eb('e.valid_to', '>=', today)]))
    .where('i.status', 'in', ['active', 'registered'])
    .where(institutionInScope(institutionScope(actor), sql.ref('i.id')))
    .groupBy(['i.id', 'i.name', 'j.name'])
    .orderBy('i.name')
    .execute(); // prettier-ignore
  return rows
    .map((r) => {
      const last = r.last_session ?? r.filed_on;
      return {
        institutionId: r.id,
        institutionName: r.name,
        jurisdictionName: r.jurisdiction,
        lastEvaluationOn: last,
        basis: r.last_session ? ('session' as const) : ('filing' as const),
        yearCompleteOn: addYears(last, years),
        openCaseId: r.open_case,
      };
    })
    .filter((g) => g.yearCompleteOn <= today)
    .slice(0, 500);
}
