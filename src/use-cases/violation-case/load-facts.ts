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
import type { Finding } from '../../rules/finding.js';

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
    lookups: await certificateLookups(trx, c.institutionId, input),
  };
}

/**
 * §15 ¶1 撤销其上传的违规证书数据: the numbers a charge names must be this institution's certificates — an
 * unknown or foreign number is refused by name, never withdrawn silently or from another institution.
 */
async function certificateLookups(
  trx: Transaction<DB>,
  institutionId: string,
  input: GuardsCtxInput,
): Promise<Finding[]> {
  const p = input.payload as { violation?: string; certificateNumbers?: string[] } | undefined;
  if (input.event !== 'record_charge' || p?.violation !== '15p1') return [];
  const numbers = [...new Set(p.certificateNumbers ?? [])];
  const cite = { source: 'mohrss-violations' as const, article: 15, paragraph: 1 };
  if (numbers.length === 0)
    return [{ ruleId: 'mohrss-violations/15/p1', citation: cite, passed: false, message_zh: '第十五条第一款撤销违规上传的证书数据：须列出须撤销的证书编号', message_en: '§15 ¶1: list the numbers of the certificates to withdraw', values: {} }]; // prettier-ignore
  const found = await trx
    .selectFrom('certificates')
    .select('number')
    .where('institution_id', '=', institutionId)
    .where('number', 'in', numbers)
    .execute();
  const known = new Set(found.map((r) => r.number.trim()));
  const missing = numbers.filter((n) => !known.has(n));
  return missing.length === 0
    ? []
    : [{ ruleId: 'mohrss-violations/15/p1', citation: cite, passed: false, message_zh: `以下编号不是本机构上报的证书：${missing.slice(0, 10).join('、')}${missing.length > 10 ? ` 等 ${missing.length} 个` : ''}`, message_en: `Not certificates of this institution: ${missing.slice(0, 10).join(', ')}`, values: { missing: missing.length } }]; // prettier-ignore
}
