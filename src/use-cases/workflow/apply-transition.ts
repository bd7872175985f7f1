// Applies one event to a case, as one transaction (security.md, style.md XState): lock and load the
// case → check the caller sees it and the version is the one they saw → compute the next state with
// the machine's pure transition function (guards call the rules) → write state, data and version + 1,
// the event with its citations and findings, the deadlines, the decision documents and the audit row.
// Any error rolls all of it back: no state without its event, no number without its document.
// Of two concurrent identical transitions exactly one succeeds; the other gets 409 VERSION_CONFLICT.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import type { Citation } from '../../domain/citation.js';
import type { Finding } from '../../rules/finding.js';
import { forbidden, notFound, versionConflict } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { builtInCalendar, type WorkingDayCalendar } from '../../calendar/calendar-data.js';
import type { FileStore } from '../../persistence/file-store.js';
import {
  appendCaseEvent,
  lockCase,
  updateCaseState,
  type CaseRecord,
} from '../../persistence/cases.repository.js';
import type { DocumentRecord } from '../../persistence/documents.repository.js';
import type { DocumentKind } from '../../documents/decision-document.js';
import { canReadCase, caseRolesOf, type CaseParties } from '../../workflows/case-roles.js';
import { chinaDate, type ParameterLookup } from '../../workflows/deadline.js';
import { nextState, type CaseRole, type Machine, type StateDef } from '../../workflows/machine.js';
import { applyClockEffects } from './apply-clock-effects.js';
import { guardFailed, transitionNotAllowed } from './workflow-errors.js';
import { issueDocument, type DocumentDraft } from './issue-document.js';
import { partiesOf } from './case-parties.js';

export interface TransitionContext<D> {
  before: CaseRecord;
  after: CaseRecord;
  data: D;
  event: string;
  payload: unknown;
  citations: Citation[];
  findings: Finding[];
  /** The day of the transition in China (YYYY-MM-DD). */
  today: string;
}

export interface DraftInput<D> extends TransitionContext<D> {
  institutionName: string;
  authorityName: string;
}

export interface ApplyTransitionInput<S extends string, E extends string, D, C> {
  caseId: string;
  expectedVersion: number;
  event: string;
  /** The caller, or 'system' for scheduled transitions (a notice period ending …). */
  actor: Caller | 'system';
  payload?: unknown;
  comment?: string;
  requestId?: string;
  machine: Machine<S, E, D, C>;
  /** Facts the guards need, known before the transaction … */
  guardsCtx?: C;
  /** … or loaded inside it, under the case lock (e.g. the materials as they are at this instant). */
  loadGuardsCtx?: (trx: Transaction<DB>, c: CaseRecord) => Promise<C>;
  /** Resolves the parameter ids that the machine's clocks name. */
  parameters: ParameterLookup;
  calendar?: WorkingDayCalendar;
  /** Where generated documents are stored; required when the transition issues any. */
  store?: FileStore;
  /** The text of each document kind the procedure's transitions issue. */
  documents?: Partial<Record<DocumentKind, (input: DraftInput<D>) => DocumentDraft>>;
  /** Further writes of the same transaction (filing code, scopes, validity …). */
  effects?: (trx: Transaction<DB>, ctx: TransitionContext<D>) => Promise<void>;
  now?: Date;
}

export interface AppliedTransition {
  case: CaseRecord;
  role: CaseRole;
  citations: Citation[];
  findings: Finding[];
  documents: DocumentRecord[];
}

export async function applyTransition<S extends string, E extends string, D, C>(
  db: Kysely<DB>,
  input: ApplyTransitionInput<S, E, D, C>,
): Promise<AppliedTransition> {
  const { machine } = input;
  const now = input.now ?? new Date();
  const today = chinaDate(now);
  const caller = input.actor === 'system' ? null : input.actor;

  return db.transaction().execute(async (trx) => {
    const before = await lockCase(trx, input.caseId);
    if (!before || before.procedure !== machine.id) throw notFound('案件');
    const parties: CaseParties = partiesOf(before);
    if (input.actor !== 'system' && !canReadCase(input.actor, parties)) throw notFound('案件');
    if (before.version !== input.expectedVersion) throw versionConflict();

    const roles: CaseRole[] = input.actor === 'system' ? ['system'] : caseRolesOf(input.actor, parties);
    const ctx = input.loadGuardsCtx ? await input.loadGuardsCtx(trx, before) : (input.guardsCtx as C);
    const result = nextState(
      machine,
      { state: before.state as S, data: before.data as D },
      { type: input.event, actor: roles, payload: input.payload },
      ctx,
    );
    if (!result.ok) {
      if (result.reason === 'guard_failed') throw guardFailed(result.detail_zh, result.findings);
      const declared = machine.transitions.some((t) => t.from === before.state && t.event === input.event);
      throw declared ? forbidden(result.detail_zh) : transitionNotAllowed(result.detail_zh);
    }

    const states = machine.states as Record<string, StateDef>;
    const target = states[result.to]!;
    const after = await updateCaseState(trx, {
      id: before.id,
      expectedVersion: before.version,
      state: result.to,
      awaiting: target.awaiting ?? null,
      data: result.data as Record<string, unknown>,
      // Submitted: the first move out of the initial state to a state that is not final — a draft
      // withdrawn before submission was never submitted and stays the applicant's alone.
      ...(before.submittedAt === null &&
      before.state === machine.initial &&
      result.to !== machine.initial &&
      target.final !== true
        ? { submittedAt: now }
        : {}),
      ...(target.final ? { closedAt: now } : {}),
    });
    // Unreachable under the row lock; kept so that a bypassed lock still cannot write twice.
    if (!after) throw versionConflict();

    await appendCaseEvent(trx, {
      caseId: before.id,
      seq: after.version,
      event: input.event,
      fromState: before.state,
      toState: result.to,
      actorUserId: caller?.userId ?? null,
      actorRole: result.role,
      citations: result.citations,
      findings: result.findings,
      payload: input.payload ?? null,
      comment: input.comment ?? null,
      requestId: input.requestId ?? null,
      occurredAt: now,
    });

    await applyClockEffects(trx, {
      caseId: before.id,
      machine,
      from: before.state,
      to: result.to,
      today,
      calendar: input.calendar ?? builtInCalendar(),
      parameters: input.parameters,
    });

    const context: TransitionContext<D> = {
      before,
      after,
      data: result.data,
      event: input.event,
      payload: input.payload,
      citations: result.citations,
      findings: result.findings,
      today,
    };
    const documents = await issueDocuments(trx, input, result.documents, context, caller);
    await input.effects?.(trx, context);

    await writeAudit(
      trx,
      { caller, requestId: input.requestId, system: input.actor === 'system' },
      {
        entity: 'case',
        entityId: before.id,
        action: `transition:${input.event}`,
        before: { state: before.state, version: before.version, data: before.data },
        after: {
          state: after.state,
          version: after.version,
          data: after.data,
          role: result.role,
          documents: documents.map((d) => d.number),
        },
        citations: result.citations,
      },
    );
    return {
      case: after,
      role: result.role,
      citations: result.citations,
      findings: result.findings,
      documents,
    };
  });
}

async function issueDocuments<S extends string, E extends string, D, C>(
  trx: Transaction<DB>,
  input: ApplyTransitionInput<S, E, D, C>,
  kinds: readonly DocumentKind[],
  context: TransitionContext<D>,
  caller: Caller,
): Promise<DocumentRecord[]> {
  if (kinds.length === 0) return [];
  if (!input.store)
    throw new Error(`transition ${context.event} issues documents but no file store was given`);
  const names = await trx
    .selectFrom('cases as c')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .innerJoin('authorities as a', 'a.id', 'c.authority_id')
    .select(['i.name as institutionName', 'a.name as authorityName'])
    .where('c.id', '=', context.before.id)
    .executeTakeFirstOrThrow();
  const out: DocumentRecord[] = [];
  for (const kind of kinds) {
    const draft = input.documents?.[kind];
    if (!draft) throw new Error(`procedure ${input.machine.id} has no text for document ${kind}`);
    out.push(
      await issueDocument(trx, input.store, {
        caseId: context.before.id,
        caseReference: context.before.referenceNo,
        caseEventSeq: context.after.version,
        kind,
        draft: draft({ ...context, ...names }),
        issuer: names.authorityName,
        addressee: names.institutionName,
        citations: context.citations,
        issuedOn: context.today,
        issuedBy: caller?.userId ?? null,
        issuerAuthorityId: context.before.authorityId,
      }),
    );
  }
  return out;
}
