// A party acts on a case (提交, 受理, 要求补正, 评审意见, 备案 …): the payload is validated against the
// procedure's schema for the event, then the engine's applyTransition does the rest in one
// transaction — version check (409), guards calling the rules (422 with the findings), state, event,
// clocks, documents, the procedure's effects (filing code, scope, directory) and the audit row.
import { AppError, notFound } from '../../domain/errors.js';
import type { Finding } from '../../rules/finding.js';
import { findCase } from '../../persistence/cases.repository.js';
import { canReadCase } from '../../workflows/case-roles.js';
import { chinaDate } from '../../workflows/deadline.js';
import { applyTransition } from '../workflow/apply-transition.js';
import { partiesOf } from '../workflow/case-parties.js';
import { citationsView, findingsView, type CitationView, type FindingView } from './case-views.js';
import { parametersOf, parseForm, procedureOf, requireActor, type CaseContext } from './case-context.js';

export interface SentEvent {
  case: { id: string; state: string; version: number };
  citations: CitationView[];
  findings: FindingView[];
  documents: { id: string; kind: string; number: string; title: string }[];
}

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

export async function sendCaseEvent(
  ctx: CaseContext,
  input: { caseId: string; event: string; version: number; payload?: unknown; comment?: string | undefined },
): Promise<SentEvent> {
  const actor = requireActor(ctx);
  const c = await findCase(ctx.db, input.caseId);
  if (!c || !canReadCase(actor, partiesOf(c))) throw notFound('案件');
  const m = procedureOf(ctx, c.procedure);
  if (!m.machine.transitions.some((t) => t.event === input.event)) throw notFound('办理事项');

  const schema = m.eventSchemas[input.event];
  let payload: unknown;
  if (schema) payload = parseForm(schema, input.payload ?? {}, 'payload', 'PAYLOAD_INVALID');
  else if (!isEmpty(input.payload))
    throw new AppError(422, 'PAYLOAD_INVALID', '数据不符合要求', '该事项不需要填写表单内容');

  const now = ctx.now ?? new Date();
  const today = chinaDate(now);
  const requestId = ctx.requestId;
  const applied = await applyTransition(ctx.db, {
    caseId: c.id,
    expectedVersion: input.version,
    event: input.event,
    actor,
    ...(payload !== undefined ? { payload } : {}),
    ...(input.comment ? { comment: input.comment } : {}),
    ...(requestId ? { requestId } : {}),
    machine: m.machine,
    loadGuardsCtx: (trx, locked) =>
      m.loadGuardsCtx(trx, locked, { caller: actor, event: input.event, payload, today, now }),
    parameters: parametersOf(m),
    calendar: ctx.calendar,
    store: ctx.store,
    documents: m.documents,
    ...(m.effects
      ? {
          effects: (trx, t) => m.effects!(trx, { ...t, caller: actor, ...(requestId ? { requestId } : {}) }),
        }
      : {}),
    now,
  }).catch((err: unknown) => {
    throw withFindingTexts(err);
  });
  return {
    case: { id: applied.case.id, state: applied.case.state, version: applied.case.version },
    citations: citationsView(applied.citations),
    findings: findingsView(applied.findings),
    documents: applied.documents.map((d) => ({ id: d.id, kind: d.kind, number: d.number, title: d.title })),
  };
}

/** A guard's refusal carries its findings; both sides see them with their articles printed. */
export function withFindingTexts(err: unknown): unknown {
  if (!(err instanceof AppError) || !Array.isArray(err.extra?.findings)) return err;
  return new AppError(err.status, err.code, err.title, err.detail, err.errors, {
    ...err.extra,
    findings: findingsView(err.extra.findings as Finding[]),
  });
}
