// The lists of violation cases (违纪违规处理), scoped to the caller: the cases it decides (an institution:
// its candidates' and staff members'; an authority: those it opened), the cases that concern it (an
// institution as party, or its staff member's case the authority decides), and — for an authority — the
// cases in its territory or assignment, the institutions' reported decisions among them (§16 ¶2). And
// the options of the case forms (sessions, candidates, staff, institutions the caller may name).
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { forbidden, notFound } from '../../domain/errors.js';
import { institutionScope } from '../../policies/scope.js';
import { institutionInScope } from '../../persistence/registry-scope.js';
import { containsPattern, isoTime, offsetOf } from '../../persistence/paging.js';
import { findCase } from '../../persistence/cases.repository.js';
import { canReadCase } from '../../workflows/case-roles.js';
import { partiesOf } from '../workflow/case-parties.js';
import type { ViolationCaseData } from '../../workflows/violation-case/data.js';
import { violationCaseMachine } from '../../workflows/violation-case/machine.js';
import {
  chargeLabelEn,
  chargeLabelZh,
  sanctionsText,
  sanctionsTextEn,
} from '../../workflows/violation-case/sanction-plan.js';
import { maskName } from '../../identity/personal-data.js';

export type ViolationView = 'deciding' | 'concerning' | 'supervised';

export interface ViolationListItem {
  id: string;
  referenceNo: string;
  subject: ViolationCaseData['subject'];
  decidedBy: ViolationCaseData['decidedBy'];
  origin: ViolationCaseData['origin'];
  partyName: string;
  institutionId: string;
  institutionName: string;
  state: string;
  state_zh: string;
  state_en: string;
  awaiting: string | null;
  charge: string | null;
  charge_zh: string | null;
  charge_en: string | null;
  sanctions_zh: string | null;
  sanctions_en: string | null;
  decidedOn: string | null;
  /** A review's outcome (§19): a revoked decision no longer stands, a varied one is lighter. */
  reviewOutcome: 'upheld' | 'varied' | 'revoked' | null;
  createdAt: string;
}

export function violationViewsOf(actor: Actor): ViolationView[] {
  if (actor.role === 'institution_staff') return ['deciding', 'concerning'];
  if (actor.role === 'authority_staff') return ['deciding', 'supervised'];
  return [];
}

export async function listViolationCases(
  db: Kysely<DB>,
  actor: Actor,
  q: {
    view: ViolationView;
    state?: string | undefined;
    q?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  if (!violationViewsOf(actor).includes(q.view)) throw forbidden('当前账号没有此案件列表');
  let where: (c: Expression<string>) => Expression<SqlBool>;
  const inst = actor.institutionId ?? '__none__';
  const auth = actor.authorityId ?? '__none__';
  if (q.view === 'deciding')
    where = () =>
      actor.role === 'institution_staff'
        ? sql<SqlBool>`c.decider_institution_id = ${inst}`
        : sql<SqlBool>`c.authority_id = ${auth} and c.decider_institution_id is null`;
  else if (q.view === 'concerning')
    where = () =>
      sql<SqlBool>`c.institution_id = ${inst} and (c.decider_institution_id is null or c.decider_institution_id <> ${inst})`;
  else {
    const scope = institutionScope(actor);
    where = () =>
      scope.kind === 'authority'
        ? sql<SqlBool>`(c.authority_id = ${scope.authorityId} or ${institutionInScope(scope, sql.ref('c.institution_id'))})`
        : institutionInScope(scope, sql.ref('c.institution_id'));
  }
  let base = db
    .selectFrom('cases as c')
    .where('c.procedure', '=', violationCaseMachine.id)
    .where(where(sql.ref('c.id')));
  if (q.state) base = base.where('c.state', '=', q.state);
  if (q.q) {
    const like = containsPattern(q.q);
    base = base.where((eb) =>
      eb.or([
        eb('c.reference_no', 'ilike', like),
        eb(sql<string>`c.snapshot->>'institutionName'`, 'ilike', like),
        eb(sql<string>`c.snapshot->>'partyName'`, 'ilike', like),
      ]),
    );
  }
  const total = Number((await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base
    .select([
      'c.id',
      'c.reference_no',
      'c.state',
      'c.awaiting',
      'c.snapshot',
      'c.created_at',
      'c.institution_id',
    ])
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
    .limit(q.pageSize)
    .offset(offsetOf(q))
    .execute();
  const states = violationCaseMachine.states as Record<string, { label_zh: string; label_en: string }>;
  const items: ViolationListItem[] = rows.map((r) => {
    const d = r.snapshot as ViolationCaseData;
    return {
      id: r.id,
      referenceNo: r.reference_no,
      subject: d.subject,
      decidedBy: d.decidedBy,
      origin: d.origin,
      // A person is named in full only to those who decide or supervise; the list is theirs.
      partyName: d.partyName,
      institutionId: r.institution_id,
      institutionName: d.institutionName,
      state: r.state,
      state_zh: states[r.state]?.label_zh ?? r.state,
      state_en: states[r.state]?.label_en ?? r.state,
      awaiting: r.awaiting,
      charge: d.charge?.violation ?? null,
      charge_zh: d.charge ? chargeLabelZh(d.charge.violation) : null,
      charge_en: d.charge ? chargeLabelEn(d.charge.violation) : null,
      sanctions_zh: d.decision ? sanctionsText(d.decision.sanctions, d.decision.choices) : null,
      sanctions_en: d.decision ? sanctionsTextEn(d.decision.sanctions, d.decision.choices) : null,
      decidedOn: d.decision?.decidedOn ?? null,
      reviewOutcome: d.reviewDecision?.outcome ?? null,
      createdAt: isoTime(r.created_at),
    };
  });
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export interface FormOption {
  id: string;
  label: string;
}

const LIMIT = 500;

/**
 * The caller's institution, or the institutions in an authority's scope — for those who open and
 * decide violation cases only (the system administrator is not one: it reads no candidate's name).
 */
const scoped = (actor: Actor, col: string) => {
  if (actor.role !== 'institution_staff' && actor.role !== 'authority_staff')
    throw forbidden('只有评价机构和评价机构监管部门可以立案处理违纪违规行为');
  return institutionInScope(institutionScope(actor), sql.ref(col));
};

/** Sessions the caller may name (its own institution's, or in its scope), newest first. */
export async function sessionOptions(db: Kysely<DB>, actor: Actor, caseId?: string): Promise<FormOption[]> {
  let q = db
    .selectFrom('evaluation_sessions as s')
    .innerJoin('institutions as i', 'i.id', 's.institution_id')
    .innerJoin('occupations as o', 'o.code', 's.occupation_code')
    .select(['s.id', 's.starts_on', 's.ends_on', 's.level', 'o.name as occupation', 'i.name as institution'])
    .where(scoped(actor, 's.institution_id'));
  if (caseId) q = q.where('s.institution_id', '=', (await readableCase(db, actor, caseId)).institutionId);
  const rows = await q.orderBy('s.starts_on', 'desc').limit(LIMIT).execute();
  return rows.map((r) => ({
    id: r.id,
    label: `${r.starts_on}～${r.ends_on} ${r.occupation}（${r.level} 级）· ${r.institution}`,
  }));
}

/** Candidates of sessions in the caller's scope, by name and masked document. */
export async function candidateOptions(db: Kysely<DB>, actor: Actor): Promise<FormOption[]> {
  const rows = await db
    .selectFrom('candidates as c')
    .innerJoin('evaluation_sessions as s', 's.id', 'c.session_id')
    .innerJoin('occupations as o', 'o.code', 's.occupation_code')
    .select(['c.id', 'c.name', 'c.doc_masked', 's.starts_on', 'o.name as occupation'])
    .where(scoped(actor, 'c.institution_id'))
    .orderBy('s.starts_on', 'desc')
    .orderBy('c.name')
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    label: `${r.name}（${r.doc_masked}）· ${r.starts_on} ${r.occupation}`,
  }));
}

/** Staff of institutions in the caller's scope. */
export async function staffOptions(db: Kysely<DB>, actor: Actor): Promise<FormOption[]> {
  const rows = await db
    .selectFrom('staff as s')
    .innerJoin('institutions as i', 'i.id', 's.institution_id')
    .select(['s.id', 's.name', 's.id_number_masked', 'i.name as institution'])
    .where(scoped(actor, 's.institution_id'))
    .orderBy('i.name')
    .orderBy('s.name')
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({ id: r.id, label: `${r.name}（${r.id_number_masked}）· ${r.institution}` }));
}

/** Institutions an authority supervises (by name and filing status). */
export async function institutionOptions(db: Kysely<DB>, actor: Actor, q?: string): Promise<FormOption[]> {
  const inScope = scoped(actor, 'i.id'); // refuses those who do not decide
  if (actor.role !== 'authority_staff') return [];
  let query = db.selectFrom('institutions as i').select(['i.id', 'i.name']).where(inScope);
  if (q) query = query.where('i.name', 'ilike', containsPattern(q));
  const rows = await query.orderBy('i.name').limit(LIMIT).execute();
  return rows.map((r) => ({ id: r.id, label: r.name }));
}

/**
 * Decided violation cases against an institution in an authority's scope — those an ordered exit may
 * rest on (mohrss-violations §14, 1x-exit §5–7): a decision made and not revoked on review. The ordered
 * exit's opening checks the same again against the institution chosen (use-cases/ordered-exit/procedure).
 */
export async function decidedCaseOptions(db: Kysely<DB>, actor: Actor): Promise<FormOption[]> {
  const inScope = scoped(actor, 'c.institution_id'); // refuses those who do not decide
  if (actor.role !== 'authority_staff') return [];
  const rows = await db
    .selectFrom('cases as c')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .select([
      'c.id',
      'c.reference_no',
      'i.name',
      sql<string>`c.snapshot->'decision'->>'decidedOn'`.as('decidedOn'),
    ])
    .where('c.procedure', '=', violationCaseMachine.id)
    .where(inScope)
    .where(sql<SqlBool>`c.snapshot->>'subject' = 'institution'`)
    .where(sql<SqlBool>`jsonb_typeof(c.snapshot->'decision') = 'object'`)
    .where(sql<SqlBool>`coalesce(c.snapshot->'reviewDecision'->>'outcome', '') <> 'revoked'`)
    .orderBy('c.created_at', 'desc')
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({ id: r.id, label: `${r.reference_no} · ${r.name}（${r.decidedOn} 决定）` }));
}

async function readableCase(db: Kysely<DB>, actor: Actor, caseId: string) {
  const c = await findCase(db, caseId);
  if (!c || c.procedure !== violationCaseMachine.id || !canReadCase(actor, partiesOf(c)))
    throw notFound('案件');
  return c;
}

/** The staff on the case's session: who may sign the on-site record (§16 ¶1). */
export async function sessionStaffOptions(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
): Promise<FormOption[]> {
  const c = await readableCase(db, actor, caseId);
  const d = c.data as ViolationCaseData;
  if (!d.sessionId) return [];
  const DUTY = {
    exam_admin: '考务管理人员',
    assessor: '考评人员',
    quality_supervisor: '质量督导员',
  } as const;
  const rows = await db
    .selectFrom('session_staff as ss')
    .innerJoin('staff as s', 's.id', 'ss.staff_id')
    .select(['s.id', 's.name', 'ss.duty'])
    .where('ss.session_id', '=', d.sessionId)
    .orderBy('s.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    label: `${r.name}（${DUTY[r.duty as keyof typeof DUTY] ?? r.duty}）`,
  }));
}

/** The public side (issue 13 point 5): published decisions and the bad-credit register. */
export async function listPublishedDecisions(
  db: Kysely<DB>,
  q: { badCredit?: boolean | undefined; q?: string | undefined; page: number; pageSize: number },
) {
  let base = db
    .selectFrom('violation_publications as p')
    .innerJoin('jurisdictions as j', 'j.code', 'p.jurisdiction_code');
  if (q.badCredit) base = base.where('p.bad_credit', '=', true).where('p.revoked_on', 'is', null);
  if (q.q) {
    const like = containsPattern(q.q);
    base = base.where((eb) =>
      eb.or([
        eb('p.subject_name', 'ilike', like),
        eb('p.institution_name', 'ilike', like),
        eb('p.decision_number', 'ilike', like),
      ]),
    );
  }
  const total = Number((await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base
    .select(['p.id', 'p.published_on', 'p.subject_kind', 'p.subject_name', 'p.institution_name', 'j.name as jurisdiction', 'p.decided_by', 'p.decision_number', 'p.decided_on', 'p.charge', 'p.charge_en', 'p.sanctions', 'p.sanctions_en', 'p.bad_credit', 'p.revoked_on', 'p.period_from', 'p.period_to'])
    .orderBy('p.published_on', 'desc')
    .orderBy('p.id')
    .limit(q.pageSize)
    .offset(offsetOf(q))
    .execute(); // prettier-ignore
  return {
    items: rows.map((r) => ({
      id: r.id,
      publishedOn: r.published_on,
      subjectKind: r.subject_kind,
      // Stored masked for a person already; masked again so that no path can widen it.
      subjectName: r.subject_kind === 'institution' ? r.subject_name : maskName(r.subject_name),
      institutionName: r.institution_name,
      jurisdiction: r.jurisdiction,
      decidedBy: r.decided_by,
      decisionNumber: r.decision_number,
      decidedOn: r.decided_on,
      charge: r.charge,
      charge_en: r.charge_en,
      sanctions: r.sanctions,
      sanctions_en: r.sanctions_en,
      badCredit: r.bad_credit,
      revokedOn: r.revoked_on,
      // Decisions published before 0030 carry no period: null, never a guessed one.
      periodFrom: r.period_from,
      periodTo: r.period_to,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
