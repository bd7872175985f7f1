// What a procedure (mohrss-filing 一, 二, 1+X selection, dept-pilot, gz-rules selection …) hands to
// the generic case API and the generic web pages so that they can run it without knowing it: its
// machine, who may open it and with what form, how an opening is resolved to the deciding authority,
// the payload of each event (validated here, rendered as a form in the browser from its JSON schema),
// its materials checklist, the facts its guards need (loaded under the case lock), the texts of the
// documents its transitions issue and the further writes of a transition (filing code, validity,
// scope, directory entry). The generic use cases (open-case, apply-transition, upload-material,
// get-case-progress) take exactly these pieces; the API wires them together (src/use-cases/cases/).
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../persistence/schema.js';
import type { Actor, Caller } from '../../policies/actor.js';
import type { SourceId } from '../../domain/citation.js';
import type { CaseRecord } from '../../persistence/cases.repository.js';
import type { Checklist } from '../../materials/checklist.js';
import type { DocumentKind } from '../../documents/decision-document.js';
import type { ParameterLookup } from '../../workflows/deadline.js';
import type { Machine } from '../../workflows/machine.js';
import type { EventDefaults } from '../../workflows/event-defaults.js';
import type { DocumentDraft } from './issue-document.js';
import type { DraftInput, TransitionContext } from './apply-transition.js';

/** Where a new case goes: what openCase needs beyond the machine and the caller. */
export interface OpenPlan<D> {
  /** The institution the case is about (the applicant, or the one recommended / selected). */
  institutionId: string;
  /** The deciding authority (受理部门): its staff act as 'authority' on the case. */
  authorityId: string;
  /** The jurisdiction the case belongs to (supervising authorities above it see it). */
  jurisdictionCode: string;
  /** A branch filing names the branch (mohrss-filing 一(十)5). */
  branchId?: string;
  /** A branch filing follows its employer's ministry filing case. */
  parentCaseId?: string;
  /** Prefix of the case reference, e.g. 黔人社评备申 → 黔人社评备申〔2026〕0001号. */
  referencePrefix: string;
  /** A violation case an institution determines (mohrss-violations §16 ¶1–2). */
  deciderInstitutionId?: string;
  /** The procedure data the case starts with (kept as the case snapshot). */
  data: D;
}

/** What the API knows when it asks a procedure for its guard facts. */
export interface GuardsCtxInput {
  /** The caller, or null for a scheduled (system) transition. */
  caller: Caller;
  event: string;
  /** The payload, already validated against eventSchemas[event]. */
  payload: unknown;
  /** The day of the transition in China (YYYY-MM-DD): the asOf of the rules. */
  today: string;
  now: Date;
}

/** What a procedure's effects receive: the transition, plus who made it (for their audit rows). */
export interface EffectContext<D> extends TransitionContext<D> {
  caller: Caller;
  requestId?: string;
}

/**
 * A procedure as the generic API runs it. D = the procedure data (case snapshot), C = the guard
 * context. Implement it in src/use-cases/<procedure>/procedure.ts and add it to procedure-registry.ts.
 */
export interface ProcedureModule<D extends Record<string, unknown> = Record<string, unknown>, C = unknown> {
  /** = machine.id; the `procedure` column of cases and the id in the URL / request. */
  id: string;
  title_zh: string;
  title_en: string;
  /** The text(s) the procedure rests on (citation source ids). */
  regimes: readonly SourceId[];
  machine: Machine<any, any, D, C>; // eslint-disable-line @typescript-eslint/no-explicit-any -- state and event names are the module's own

  /**
   * Whether the caller may open a case of this procedure at all (shown in 「申请」). Cheap: role,
   * authority kind, institution kind. resolveOpen still decides and may refuse with findings.
   */
  mayOpen: (db: Kysely<DB>, caller: Actor) => Promise<boolean>;
  /**
   * The opening form: a strict zod object (z.strictObject), each field with a Chinese .describe()
   * (the form label). Dates as 'YYYY-MM-DD' strings with .meta({ format: 'date' }) or z.iso.date().
   */
  openSchema: z.ZodType<Record<string, unknown>>;
  /**
   * Resolves an opening: which institution, which deciding authority, the jurisdiction, the
   * reference prefix and the initial data. Throws AppError (forbidden / 422 with findings) to refuse.
   */
  resolveOpen: (
    db: Kysely<DB>,
    caller: Actor,
    input: Record<string, unknown>,
    /** The moment of opening: the case context's clock (a demo story dated in the past opens then). */
    at?: Date,
  ) => Promise<OpenPlan<D>>;

  /**
   * The payload of each event, as a strict zod object with Chinese descriptions (validated by the
   * API before the transition; its JSON schema drives the action modal). An event without an entry
   * takes no payload (only the comment).
   */
  eventSchemas: Partial<Record<string, z.ZodType>>;
  /**
   * Events whose guard does not depend on the payload, so the case page can evaluate it before the
   * button is pressed and show the findings (e.g. 'submit': materials complete, eligibility).
   */
  previewGuards?: readonly string[];

  /** The materials checklist of the case (the API narrows it to the institution's kind). */
  checklist: (c: CaseRecord) => Checklist;
  /**
   * The facts the guards need, loaded inside the transition's transaction under the case lock
   * (registry facts for the rules checks, the current materials, the panel's opinions …).
   */
  loadGuardsCtx: (trx: Transaction<DB>, c: CaseRecord, input: GuardsCtxInput) => Promise<C>;
  /** The text of each document kind the machine's transitions issue. */
  documents: Partial<Record<DocumentKind, (input: DraftInput<D>) => DocumentDraft>>;
  /**
   * Further writes of the same transaction, after the state, event, clocks and documents: filing
   * code, validity (updateCaseState validFrom/validTo), scopes, publishDirectoryEntry … Switch on ctx.event.
   */
  effects?: (trx: Transaction<DB>, ctx: EffectContext<D>) => Promise<void>;
  /** The parameters the machine's clocks name; default: every parameter of the rule catalogue. */
  parameters?: ParameterLookup;
  /**
   * The starting values of an event's form for this case, when it has any: an amendment opens with
   * the application as it stands, so the applicant corrects it instead of filling it in anew.
   */
  prefill?: (c: CaseRecord, event: string) => Record<string, unknown> | null;
  /**
   * The events whose form starts from what the system already holds (an assessment: issue 10 point 7),
   * and those starting values, computed from the guard facts (loadGuardsCtx) of the case as it stands.
   */
  defaults?: {
    events: readonly string[];
    of: (c: CaseRecord, event: string, ctx: C) => EventDefaults | null;
  };
  /** One line shown in queues and lists under the reference (e.g. the occupations applied for). */
  summary?: (c: CaseRecord) => string;
  /** The same line in English (issue 10 point 3); names and codes in it stay as entered. */
  summary_en?: (c: CaseRecord) => string;
  /** The data the summary quotes as entered (names of occupations, fields, branches …), served beside it. */
  summaryData?: (c: CaseRecord) => SummaryData;
}

/**
 * The names a case's summary line quotes as entered, by kind: served beside the line so that a client
 * (or a check of the screen for untranslated text) tells data from the words around it.
 */
export interface SummaryData {
  occupationName?: string[];
  field?: string[];
  branchName?: string[];
  programmeName?: string[];
  /** A 1+X recruitment call's batch, as the office typed it (2026 年第二批). */
  batch?: string[];
  /** A violation case's party: a candidate's or staff member's name, or an institution's. */
  partyName?: string[];
}

/** Type-checks a procedure module with its own data and context types, for the registry. */
export function defineProcedure<D extends Record<string, unknown>, C>(
  m: ProcedureModule<D, C>,
): ProcedureModule<D, C> {
  if (m.id !== m.machine.id) throw new Error(`procedure ${m.id}: id differs from machine id ${m.machine.id}`);
  return m;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds modules of every data type
export type AnyProcedureModule = ProcedureModule<any, any>;
