// The party page (当事人查询) for a candidate or a staff member, who has no account: with the case's
// reference, the name and the document number the person registered with, they read the notice and the
// decision (§17), make their statement and defence before the decision (§17 ¶1) and ask for a review
// after it (§19). A wrong reference, name or number answers exactly as an unknown case does. Acts on the
// case as 'system' on the person's behalf (the machine lets the party's events be sent so), recording
// that the statement came in online.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import type { FileStore } from '../../persistence/file-store.js';
import type { WorkingDayCalendar } from '../../calendar/calendar-data.js';
import { notFound, AppError } from '../../domain/errors.js';
import { chinaDate } from '../../workflows/deadline.js';
import type { ViolationCaseData } from '../../workflows/violation-case/data.js';
import { violationCaseMachine } from '../../workflows/violation-case/machine.js';
import {
  chargeLabelEn,
  chargeLabelZh,
  sanctionsText,
  sanctionsTextEn,
} from '../../workflows/violation-case/sanction-plan.js';
import { applyTransition } from '../workflow/apply-transition.js';
import { parametersOf } from '../cases/case-context.js';
import { withFindingTexts } from '../cases/send-case-event.js';
import { violationCaseProcedure } from './procedure.js';
import { findingsView } from '../cases/case-views.js';

export interface PartyCredentials {
  referenceNo: string;
  name: string;
  documentNumber: string;
}

const unknown = () => notFound('案件');

/** The case, when the name and document match its party (a candidate's or staff member's). */
async function partyCase(db: Kysely<DB>, pd: PersonalDataProtector, cred: PartyCredentials) {
  const c = await db
    .selectFrom('cases')
    .select(['id', 'reference_no', 'state', 'version', 'snapshot'])
    .where('procedure', '=', violationCaseMachine.id)
    .where('reference_no', '=', cred.referenceNo.trim())
    .executeTakeFirst();
  if (!c) throw unknown();
  const d = c.snapshot as ViolationCaseData;
  const hashes = pd.lookupHashes(cred.documentNumber);
  const person = d.candidateId
    ? await db.selectFrom('candidates').select(['name', 'doc_hmac as hmac']).where('id', '=', d.candidateId).executeTakeFirst()
    : d.staffId
      ? await db.selectFrom('staff').select(['name', 'id_number_hmac as hmac']).where('id', '=', d.staffId).executeTakeFirst()
      : undefined; // prettier-ignore
  if (!person || person.name !== cred.name.trim() || !hashes.includes(person.hmac)) throw unknown();
  return { ...c, data: d };
}

export async function readPartyCase(db: Kysely<DB>, pd: PersonalDataProtector, cred: PartyCredentials) {
  const c = await partyCase(db, pd, cred);
  const d = c.data;
  const docs = await db
    .selectFrom('documents')
    .select(['id', 'kind', 'number', 'title', 'issued_on'])
    .where('case_id', '=', c.id)
    .orderBy('issued_on')
    .orderBy('number')
    .execute();
  const state = (violationCaseMachine.states as Record<string, { label_zh: string; label_en: string }>)[
    c.state
  ]!;
  return {
    id: c.id,
    referenceNo: c.reference_no,
    version: c.version,
    state: c.state,
    state_zh: state.label_zh,
    state_en: state.label_en,
    institutionName: d.institutionName,
    charge_zh: d.charge ? chargeLabelZh(d.charge.violation) : null,
    charge_en: d.charge ? chargeLabelEn(d.charge.violation) : null,
    notice: d.notice
      ? {
          servedOn: d.notice.servedOn,
          statementDueOn: d.notice.statementDueOn,
          proposed_zh: sanctionsText(d.notice.sanctions, d.notice.choices),
          proposed_en: sanctionsTextEn(d.notice.sanctions, d.notice.choices),
        }
      : null,
    decision: d.decision
      ? {
          decidedOn: d.decision.decidedOn,
          sanctions_zh: sanctionsText(d.decision.sanctions, d.decision.choices),
        }
      : null,
    statements: d.statements.map((s) => ({ receivedOn: s.receivedOn, form: s.form, stage: s.stage })),
    review: d.review ? { requestedOn: d.review.requestedOn } : null,
    reviewDecision: d.reviewDecision,
    canState: c.state === 'notice_served',
    canRequestReview: c.state === 'in_force' && !d.reviewDecision,
    documents: docs.map((x) => ({
      id: x.id,
      kind: x.kind,
      number: x.number,
      title: x.title,
      issuedOn: x.issued_on,
    })),
  };
}

/** One document of the party's case, when the credentials match. */
export async function partyDocument(
  db: Kysely<DB>,
  pd: PersonalDataProtector,
  cred: PartyCredentials,
  documentId: string,
) {
  const c = await partyCase(db, pd, cred);
  const doc = await db
    .selectFrom('documents')
    .select(['sha256', 'number', 'title'])
    .where('case_id', '=', c.id)
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (!doc) throw notFound('文书');
  return doc;
}

export async function partyActs(
  deps: {
    db: Kysely<DB>;
    pd: PersonalDataProtector;
    store: FileStore;
    calendar: WorkingDayCalendar;
    requestId?: string | undefined;
    now?: Date;
  },
  cred: PartyCredentials,
  act: { kind: 'statement' | 'review'; text: string },
) {
  const c = await partyCase(deps.db, deps.pd, cred);
  const now = deps.now ?? new Date();
  const today = chinaDate(now);
  const event = act.kind === 'statement' ? 'submit_statement' : 'request_review';
  const expected = act.kind === 'statement' ? 'notice_served' : 'in_force';
  if (c.state !== expected)
    throw new AppError(
      409,
      'TRANSITION_NOT_ALLOWED',
      '当前不能办理',
      act.kind === 'statement' ? '案件不在陈述和申辩阶段' : '案件当前不能申请复核',
    );
  const payload =
    act.kind === 'statement'
      ? { text: act.text, receivedOn: today, form: 'online' as const }
      : { grounds: act.text, requestedOn: today, form: 'online' as const };
  const m = violationCaseProcedure;
  const applied = await applyTransition(deps.db, {
    caseId: c.id,
    expectedVersion: c.version,
    event,
    actor: 'system',
    payload,
    comment: '当事人通过“当事人查询”页在线提交',
    ...(deps.requestId ? { requestId: deps.requestId } : {}),
    machine: m.machine,
    loadGuardsCtx: (trx, locked) => m.loadGuardsCtx(trx, locked, { caller: null, event, payload, today, now }),
    parameters: parametersOf(m),
    calendar: deps.calendar,
    store: deps.store,
    documents: m.documents,
    effects: (trx, t) => m.effects!(trx, { ...t, caller: null, ...(deps.requestId ? { requestId: deps.requestId } : {}) }),
    now,
  }).catch((err: unknown) => {
    throw withFindingTexts(err);
  }); // prettier-ignore
  return {
    state: applied.case.state,
    version: applied.case.version,
    findings: findingsView(applied.findings),
  };
}
