// mohrss-violations §16–20 as the generic case API runs it: who opens and decides (§16, §4, §21), the
// opening form, the payload of each event, the guard facts, the documents and the effects. A candidate's
// or a staff member's case is decided by the institution the person evaluated at or works for, with the
// institution's supervising authority reading it (§16 ¶2 报备); an institution's case, and a candidate's
// found after the evaluation (§8) or a staff member's the authority takes itself, by the authority of
// the institution's jurisdiction or industry (§21) — the caller's own authority, which must supervise it.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { forbidden, invalid, notFound } from '../../domain/errors.js';
import { institutionScope } from '../../policies/scope.js';
import { institutionInScope } from '../../persistence/registry-scope.js';
import { defineProcedure } from '../workflow/procedure-module.js';
import { provinceAbbreviation } from '../../workflows/social-org-filing/numbering.js';
import type { StaffDuty, ViolationCaseData, ViolationCtx } from '../../workflows/violation-case/data.js';
import {
  chargeSchema,
  confirmSchema,
  decideSchema,
  dropSchema,
  noticeSchema,
  openSchema,
  rectificationSchema,
  reviewDecisionSchema,
  reviewRequestSchema,
  serveSchema,
  signSchema,
  statementSchema,
  type OpenInput,
} from '../../workflows/violation-case/events.js';
import { violationCaseMachine } from '../../workflows/violation-case/machine.js';
import { chargeLabelZh, SUBJECT_ZH } from '../../workflows/violation-case/sanction-plan.js';
import { loadViolationCtx } from './load-facts.js';
import { violationDocuments } from './documents.js';
import { violationEffects } from './effects.js';

const DUTIES: StaffDuty[] = ['exam_admin', 'assessor', 'quality_supervisor'];

/** An institution the caller may see (a foreign one answers as a random id would). */
async function visibleInstitution(db: Kysely<DB>, caller: Actor, id: string) {
  const row = await db
    .selectFrom('institutions as i')
    .select(['i.id', 'i.name', 'i.kind', 'i.authority_id', 'i.jurisdiction_code'])
    .where('i.id', '=', id)
    .where(institutionInScope(institutionScope(caller), sql.ref('i.id')))
    .executeTakeFirst();
  if (!row) throw notFound('评价机构');
  return row;
}

async function sessionOf(db: Kysely<DB>, institutionId: string, id: string | undefined) {
  if (!id) return undefined;
  const s = await db
    .selectFrom('evaluation_sessions')
    .select(['id', 'institution_id'])
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
  if (!s) throw notFound('评价批次');
  return s;
}

/** Who decides: the institution's own staff for its candidates and staff, else the caller's authority. */
function decidingBody(caller: Actor, institutionId: string): 'institution' | 'authority' {
  if (caller.role === 'institution_staff' && caller.institutionId === institutionId) return 'institution';
  if (caller.role === 'authority_staff' && caller.authorityId) return 'authority';
  throw forbidden('只有评价机构（对本机构的参评人员和工作人员）或评价机构监管部门可以立案处理');
}

async function resolveOpen(db: Kysely<DB>, caller: Actor, raw: Record<string, unknown>) {
  const input = openSchema.parse(raw) as OpenInput & { staffDuty?: StaffDuty };
  if (input.origin === 'other_authority' && !input.basis)
    throw invalid('BASIS_REQUIRED', '案件来源为其他机关的处理结论的，须写明该结论（第十八条）');
  let institutionId: string;
  let partyName: string;
  let candidateId: string | null = null;
  let staffId: string | null = null;
  let staffDuty: StaffDuty | null = null;
  let sessionId: string | null = null;

  if (input.subject === 'candidate') {
    if (!input.candidateId) throw invalid('CANDIDATE_REQUIRED', '参评人员案件须选择参评人员');
    const cand = await db
      .selectFrom('candidates as c')
      .select(['c.id', 'c.name', 'c.session_id', 'c.institution_id'])
      .where('c.id', '=', input.candidateId)
      .where(institutionInScope(institutionScope(caller), sql.ref('c.institution_id')))
      .executeTakeFirst();
    if (!cand) throw notFound('参评人员');
    if (input.sessionId && input.sessionId !== cand.session_id)
      throw invalid('SESSION_MISMATCH', '该参评人员不在所选评价批次');
    institutionId = cand.institution_id;
    candidateId = cand.id;
    sessionId = cand.session_id;
    partyName = cand.name;
  } else if (input.subject === 'staff') {
    if (!input.staffId) throw invalid('STAFF_REQUIRED', '工作人员案件须选择工作人员');
    const st = await db
      .selectFrom('staff as s')
      .select(['s.id', 's.name', 's.institution_id'])
      .where('s.id', '=', input.staffId)
      .where(institutionInScope(institutionScope(caller), sql.ref('s.institution_id')))
      .executeTakeFirst();
    if (!st) throw notFound('工作人员');
    institutionId = st.institution_id;
    staffId = st.id;
    partyName = st.name;
    const session = await sessionOf(db, institutionId, input.sessionId);
    sessionId = session?.id ?? null;
    // The duty the person held: on the session where there is one, else the roles registered.
    const duties = session
      ? await db.selectFrom('session_staff').select('duty as role').where('session_id', '=', session.id).where('staff_id', '=', st.id).execute()
      : await db.selectFrom('staff_roles').select('role').where('staff_id', '=', st.id).execute(); // prettier-ignore
    staffDuty = DUTIES.find((d) => duties.some((x) => x.role === d)) ?? null;
    if (!staffDuty)
      throw invalid(
        'STAFF_DUTY_UNKNOWN',
        session
          ? '该工作人员未在所选评价批次担任考务管理人员、考评人员或质量督导员'
          : '该工作人员未登记为考务管理人员、考评人员或质量督导员（第二十一条第三款）',
      );
  } else {
    if (!input.institutionId) throw invalid('INSTITUTION_REQUIRED', '评价机构案件须选择评价机构');
    institutionId = input.institutionId;
    partyName = '';
    sessionId = (await sessionOf(db, institutionId, input.sessionId))?.id ?? null;
  }

  const inst = await visibleInstitution(db, caller, institutionId);
  if (input.subject === 'institution') partyName = inst.name;
  const decidedBy = decidingBody(caller, inst.id);
  if (input.subject === 'institution' && decidedBy !== 'authority')
    throw forbidden('评价机构的违纪违规行为由评价机构监管部门认定和处理（第十六条第三款）');
  if (input.subject === 'candidate' && decidedBy === 'authority' && input.origin === 'on_site')
    throw forbidden('考场现场发现的参评人员违纪违规行为由评价机构认定和处理（第十六条第一款）');
  if (input.subject === 'candidate' && input.origin === 'on_site' && !sessionId)
    throw invalid('SESSION_REQUIRED', '考场现场记录须选择评价批次');

  const authorityId = decidedBy === 'authority' ? caller.authorityId! : inst.authority_id;
  if (!authorityId) throw invalid('NO_SUPERVISING_AUTHORITY', '该评价机构没有登记监管部门，无法报备');
  const authority = await db
    .selectFrom('authorities')
    .select(['jurisdiction_code'])
    .where('id', '=', authorityId)
    .executeTakeFirstOrThrow();

  const data: ViolationCaseData = {
    subject: input.subject,
    decidedBy,
    origin: input.origin,
    partyName,
    institutionName: inst.name,
    xOrganisation: inst.kind === 'training_org',
    sessionId,
    candidateId,
    staffId,
    staffDuty,
    summary: input.summary,
    basis: input.basis ?? null,
    record:
      input.subject === 'candidate' && input.origin === 'on_site'
        ? { signatures: [], confirmedBy: null }
        : null,
    charge: null,
    proposal: null,
    notice: null,
    statements: [],
    decision: null,
    service: null,
    review: null,
    reviewDecision: null,
    rectification: null,
    dropped: null,
    openedBy: 'authority',
  };
  return {
    institutionId: inst.id,
    authorityId,
    jurisdictionCode: decidedBy === 'authority' ? authority.jurisdiction_code : inst.jurisdiction_code,
    referencePrefix: `${provinceAbbreviation(inst.jurisdiction_code)}违纪处理`,
    ...(decidedBy === 'institution' ? { deciderInstitutionId: inst.id } : {}),
    data,
  };
}

export const violationCaseProcedure = defineProcedure<ViolationCaseData, ViolationCtx>({
  id: violationCaseMachine.id,
  title_zh: '违纪违规行为处理',
  title_en: 'Handling of a violation',
  regimes: ['mohrss-violations', '1x-exit'],
  machine: violationCaseMachine,
  mayOpen: async (_db, caller) =>
    caller.role === 'authority_staff' || (caller.role === 'institution_staff' && !!caller.institutionId),
  openSchema,
  resolveOpen,
  eventSchemas: {
    sign_record: signSchema,
    confirm_record: confirmSchema,
    record_charge: chargeSchema,
    serve_notice: noticeSchema,
    submit_statement: statementSchema,
    decide: decideSchema,
    serve_decision: serveSchema,
    request_review: reviewRequestSchema,
    decide_review: reviewDecisionSchema,
    accept_rectification: rectificationSchema,
    drop: dropSchema,
  },
  previewGuards: ['confirm_record', 'decide'],
  checklist: () => ({ procedure: violationCaseMachine.id, items: [] }),
  loadGuardsCtx: (trx, c, input) => loadViolationCtx(trx, c, input),
  documents: violationDocuments,
  effects: violationEffects,
  summary: (c) => {
    const d = c.data as ViolationCaseData;
    const charge = d.charge ? `；${chargeLabelZh(d.charge.violation)}` : '';
    return `${SUBJECT_ZH[d.subject]}：${d.partyName}${d.subject === 'institution' ? '' : `（${d.institutionName}）`}${charge}`;
  },
  summaryData: (c) => ({ partyName: [(c.data as ViolationCaseData).partyName] }),
  summary_en: (c) => {
    const d = c.data as ViolationCaseData;
    const charge = d.charge ? `; §${d.charge.violation}` : '';
    return `${d.subject === 'candidate' ? 'Candidate' : d.subject === 'staff' ? 'Staff member' : 'Institution'}: ${d.partyName}${charge}`;
  },
});
