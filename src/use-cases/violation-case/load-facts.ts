// The facts a violation case's guards read, loaded under the case lock: the session and its staff (who
// may sign the on-site record, §16 ¶1), the candidate's certificates (§8), the institution's standing,
// its latest earlier §13 warning and rectification (the memory §14(6) needs) and the day it last
// evaluated (§13(3), §14(7)).
import { sql, type Transaction } from 'kysely';
import type { DB, EvaluationSubject } from '../../persistence/schema.js';
import type { CaseRecord } from '../../persistence/cases.repository.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';
import type { StaffDuty, ViolationCaseData, ViolationCtx } from '../../workflows/violation-case/data.js';
import type { GuardsCtxInput } from '../workflow/procedure-module.js';

export async function loadViolationCtx(
  trx: Transaction<DB>,
  c: CaseRecord,
  input: GuardsCtxInput,
): Promise<ViolationCtx> {
  const d = c.data as ViolationCaseData;
  const session = d.sessionId
    ? await trx
        .selectFrom('evaluation_sessions')
        .select(['id', 'status', 'subjects', 'ends_on'])
        .where('id', '=', d.sessionId)
        .executeTakeFirst()
    : undefined;
  const sessionStaff = d.sessionId
    ? await trx
        .selectFrom('session_staff as ss')
        .innerJoin('staff as s', 's.id', 'ss.staff_id')
        .select(['ss.staff_id', 's.name', 'ss.duty'])
        .where('ss.session_id', '=', d.sessionId)
        .execute()
    : [];
  const certificates = d.candidateId
    ? await trx
        .selectFrom('certificates')
        .select(['id', 'number', 'status'])
        .where('candidate_id', '=', d.candidateId)
        .execute()
    : [];
  const institution = await trx
    .selectFrom('institutions')
    .select(['id', 'name', 'kind', 'status'])
    .where('id', '=', c.institutionId)
    .executeTakeFirstOrThrow();
  const warning = await trx
    .selectFrom('institution_sanctions')
    .select(['starts_on', 'ended_on', 'end_reason'])
    .where('institution_id', '=', c.institutionId)
    .where('kind', '=', 'warning')
    .where('case_id', '<>', c.id)
    .where((eb) => eb.or([eb('end_reason', 'is', null), eb('end_reason', '<>', 'revoked_on_review')]))
    .orderBy('starts_on', 'desc')
    .limit(1)
    .executeTakeFirst();
  const last = await trx
    .selectFrom('evaluation_sessions')
    .select(sql<string | null>`max(ends_on)::text`.as('on'))
    .where('institution_id', '=', c.institutionId)
    .where('status', '=', 'closed')
    .executeTakeFirst();
  const filed = await trx
    .selectFrom('directory_entries')
    .select(sql<string | null>`min(valid_from)::text`.as('on'))
    .where('institution_id', '=', c.institutionId)
    .where('withdrawn_on', 'is', null)
    .executeTakeFirst();
  return {
    today: input.today,
    calendar: await loadCalendar(trx),
    session: session
      ? {
          id: session.id,
          status: session.status,
          subjects: session.subjects as EvaluationSubject[],
          endsOn: session.ends_on,
        }
      : null,
    sessionStaff: sessionStaff.map((s) => ({ staffId: s.staff_id, name: s.name, duty: s.duty as StaffDuty })),
    certificates: certificates.map((x) => ({ id: x.id, number: x.number, status: x.status })),
    institution: {
      id: institution.id,
      name: institution.name,
      kind: institution.kind,
      status: institution.status,
    },
    priorWarning: warning
      ? {
          warnedOn: warning.starts_on,
          rectificationCompletedOn: warning.end_reason === 'rectified' ? warning.ended_on : null,
        }
      : null,
    lastEvaluationOn: last?.on ?? filed?.on ?? null,
    lookups: [],
  };
}
