// The case page for every party (applicant's progress view, authority's case page, expert's review):
// the engine's progress (state, who is awaited and by when with the explanation, deadlines, history,
// documents) completed with what the generic pages need — the names of the parties, each event's
// findings and comment, the materials checklist with completeness and every version of each file, the
// buttons the caller may press with the form (JSON schema) of each, the findings that would block the
// events the procedure lets us preview, and the directory entry the case published.
import { notFound } from '../../domain/errors.js';
import { findCase, listCaseEvents } from '../../persistence/cases.repository.js';
import { listCurrentMaterials, listMaterialHistory } from '../../persistence/materials.repository.js';
import { caseNames } from '../../persistence/case-lists.repository.js';
import { findLiveEntryOfCase, type PublicEntry } from '../../persistence/directory.repository.js';
import { checklistCompleteness, checklistFor } from '../../materials/checklist.js';
import { MEDIA, kindsOf } from '../../materials/media-types.js';
import { canReadCase } from '../../workflows/case-roles.js';
import { chinaDate, type Standing } from '../../workflows/deadline.js';
import {
  availableEvents,
  clockLabelEn,
  type Awaiting,
  type CaseRole,
  type StateDef,
} from '../../workflows/machine.js';
import { partiesOf } from '../workflow/case-parties.js';
import type { EventDefaults } from '../../workflows/event-defaults.js';
import { getCaseProgress } from '../workflow/get-case-progress.js';
import { formSchema, procedureOf, requireActor, type CaseContext } from './case-context.js';
import type { SummaryData } from '../workflow/procedure-module.js';
import {
  ROLE_EN,
  ROLE_ZH,
  citationView,
  citationsView,
  findingsView,
  iso,
  type CitationView,
  type FindingView,
} from './case-views.js';
import {
  caseNoticeView,
  decisionFindings,
  eventReason,
  type CaseNoticeView,
  type ReasonKind,
} from './case-decision-views.js';
import {
  correctionPoints,
  openCorrection,
  type CorrectionPoint,
  type ItemTitles,
  type OpenCorrectionView,
} from './correction-view.js';

export interface MaterialFileView {
  id: string;
  version: number;
  originalName: string;
  mediaType: string;
  size: number;
  uploadedAt: string;
  current: boolean;
  supersededAt: string | null;
  removedAt: string | null;
}

export interface CaseDetail {
  case: {
    id: string;
    procedure: string;
    procedure_zh: string;
    procedure_en: string;
    title_zh: string;
    title_en: string;
    referenceNo: string;
    institutionId: string;
    institutionName: string;
    branchId: string | null;
    branchName: string | null;
    authorityId: string;
    authorityName: string;
    jurisdictionCode: string;
    parentCaseId: string | null;
    state: string;
    stateLabel_zh: string;
    stateLabel_en: string;
    final: boolean;
    awaiting: Awaiting | null;
    version: number;
    submittedAt: string | null;
    closedAt: string | null;
    createdAt: string;
    updatedAt: string;
    validFrom: string | null;
    validTo: string | null;
    summary: string | null;
    summary_en: string | null;
    summaryData: SummaryData;
    data: Record<string, unknown>;
  };
  roles: CaseRole[];
  awaiting: {
    party: Awaiting;
    party_zh: string;
    party_en: string;
    dueDate: string | null;
    explanation_zh: string | null;
    standing: Standing | null;
    remaining: number | null;
    unit: 'working_days' | 'calendar_days' | null;
  } | null;
  /** The states of the machine in declaration order, for a Steps bar: visited, current. */
  states: {
    id: string;
    label_zh: string;
    label_en: string;
    final: boolean;
    visited: boolean;
    current: boolean;
  }[];
  deadlines: {
    id: string;
    name: string;
    label_zh: string;
    label_en: string;
    unit: 'working_days' | 'calendar_days';
    n: number;
    startDate: string;
    dueDate: string;
    status: string;
    standing: Standing;
    remaining: number | null;
    metOn: string | null;
    explanation_zh: string;
    citation: CitationView;
    pauses: { from: string; to?: string | undefined; days?: number | undefined }[];
  }[];
  events: {
    seq: number;
    event: string;
    description_zh: string;
    description_en: string;
    fromState: string | null;
    fromLabel_zh: string | null;
    fromLabel_en: string | null;
    toState: string;
    toLabel_zh: string;
    toLabel_en: string;
    actorRole: string;
    actorRole_zh: string;
    actorRole_en: string;
    occurredAt: string;
    citations: CitationView[];
    findings: FindingView[];
    comment: string | null;
    payload: unknown;
    /** The reason the event's payload records (a refusal's, a cancellation's …), or null. */
    reason: string | null;
    reasonKind: ReasonKind | null;
    /** The points to correct the event listed (a correction, a return at the review step), or none. */
    correctionPoints: CorrectionPoint[];
  }[];
  /** While the case waits on the applicant's correction: the points it must correct, and why. */
  correction: OpenCorrectionView | null;
  /** The findings the latest decision rests on (recorded on its event), with their articles. */
  decisionFindings: FindingView[];
  /** The event those findings were recorded with. */
  decisionFindingsEvent: {
    seq: number;
    event: string;
    description_zh: string;
    description_en: string;
  } | null;
  /** The case's public notice (period, how computed, objections), or null when it had none. */
  notice: CaseNoticeView | null;
  documents: {
    id: string;
    kind: string;
    kind_zh: string;
    kind_en: string;
    number: string;
    title: string;
    issuedOn: string;
  }[];
  materials: {
    /** The caller may upload now (applicant, in a state that lets them edit materials). */
    canUpload: boolean;
    complete: boolean;
    provided: number;
    required: number;
    missing: string[];
    unexpected: string[];
    items: {
      id: string;
      title_zh: string;
      title_en: string;
      required: boolean;
      status: string;
      maxFiles: number;
      accepts: string[];
      /** File extensions the item accepts, for the browser's file picker. */
      extensions: string[];
      note_zh: string | null;
      note_en: string | null;
      citation: CitationView;
      files: MaterialFileView[];
    }[];
  };
  available: {
    event: string;
    to: string;
    toLabel_zh: string;
    toLabel_en: string;
    description_zh: string;
    description_en: string;
    citations: CitationView[];
    /** null: the event takes no form (a comment only). */
    payloadSchema: Record<string, unknown> | null;
    /** The form's starting values (ProcedureModule.prefill), or null: an empty form. */
    initialPayload: Record<string, unknown> | null;
    /**
     * The starting values from what the system already holds (registry, application, materials, an
     * earlier assessment), each with the fact it comes from; null when the event has none. Unknown
     * facts are absent (left unset in the form, not 否).
     */
    defaults: EventDefaults | null;
    /** Present for previewed events: whether the guard lets it through now, and its findings. */
    enabled: boolean | null;
    findings: FindingView[];
  }[];
  directoryEntry: PublicEntry | null;
}

export async function getCaseDetail(ctx: CaseContext, caseId: string): Promise<CaseDetail> {
  const actor = requireActor(ctx);
  const c = await findCase(ctx.db, caseId);
  if (!c || !canReadCase(actor, partiesOf(c))) throw notFound('案件');
  const m = procedureOf(ctx, c.procedure);
  const now = ctx.now ?? new Date();
  const today = chinaDate(now);
  const progress = await getCaseProgress(ctx.db, {
    caller: actor,
    caseId: c.id,
    machine: m.machine,
    calendar: ctx.calendar,
    now,
  });
  const states = m.machine.states as Record<string, StateDef>;
  const labelOf = (s: string | null) => (s === null ? null : (states[s]?.label_zh ?? s));
  const labelEnOf = (s: string | null) => (s === null ? null : (states[s]?.label_en ?? s));
  const names = await caseNames(ctx.db, c.id);
  const rawEvents = await listCaseEvents(ctx.db, c.id);
  const visited = new Set(rawEvents.map((e) => e.toState));
  const decided = decisionFindings(rawEvents);

  // Materials: the checklist for the institution's kind, completeness from the current files.
  const checklist = checklistFor(m.checklist(c), names.institutionKind);
  const current = await listCurrentMaterials(ctx.db, c.id);
  const history = await listMaterialHistory(ctx.db, c.id);
  const completeness = checklistCompleteness(checklist, current);
  const titles: ItemTitles = (id) => checklist.items.find((i) => i.id === id);
  const state = states[c.state];
  const canUpload = state?.editableMaterials === true && progress.roles.includes('applicant');

  // Buttons, with a preview of the guards the procedure says do not depend on the payload.
  const preview = new Set(m.previewGuards ?? []);
  const previewed = progress.available.some((a) => preview.has(a.event))
    ? await ctx.db.transaction().execute(async (trx) => {
        const guardCtx: unknown = await m.loadGuardsCtx(trx, c, {
          caller: actor,
          event: '',
          payload: undefined,
          today,
          now,
        });
        return availableEvents(m.machine, c.state, progress.roles, { data: c.data, ctx: guardCtx });
      })
    : [];

  // Starting values of the forms that have them, from the same facts the guards read (issue 10 point 7).
  const defaulted = progress.available.filter((a) => m.defaults?.events.includes(a.event));
  const defaults = new Map<string, EventDefaults | null>();
  if (defaulted.length > 0)
    await ctx.db.transaction().execute(async (trx) => {
      for (const a of defaulted) {
        const guardCtx: unknown = await m.loadGuardsCtx(trx, c, {
          caller: actor,
          event: a.event,
          payload: undefined,
          today,
          now,
        });
        defaults.set(a.event, m.defaults!.of(c, a.event, guardCtx));
      }
    });

  const running = progress.deadlines
    .filter((d) => d.status === 'running')
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1))[0];

  return {
    case: {
      id: c.id,
      procedure: c.procedure,
      procedure_zh: m.machine.procedure_zh,
      procedure_en: m.machine.procedure_en,
      title_zh: m.title_zh,
      title_en: m.title_en,
      referenceNo: c.referenceNo,
      institutionId: c.institutionId,
      institutionName: names.institutionName,
      branchId: c.branchId,
      branchName: names.branchName,
      authorityId: c.authorityId,
      authorityName: names.authorityName,
      jurisdictionCode: c.jurisdictionCode,
      parentCaseId: c.parentCaseId,
      state: c.state,
      stateLabel_zh: progress.case.stateLabel_zh,
      stateLabel_en: progress.case.stateLabel_en,
      final: progress.case.final,
      awaiting: c.awaiting,
      version: c.version,
      submittedAt: iso(c.submittedAt),
      closedAt: iso(c.closedAt),
      createdAt: iso(c.createdAt)!,
      updatedAt: iso(c.updatedAt)!,
      validFrom: c.validFrom,
      validTo: c.validTo,
      summary: m.summary ? m.summary(c) : null,
      summary_en: m.summary_en ? m.summary_en(c) : m.summary ? m.summary(c) : null,
      summaryData: m.summaryData ? m.summaryData(c) : {},
      data: c.data,
    },
    roles: progress.roles,
    awaiting: progress.awaiting && {
      ...progress.awaiting,
      standing: running?.standing ?? null,
      remaining: running?.remaining ?? null,
      unit: running?.unit ?? null,
    },
    states: Object.entries(states).map(([id, s]) => ({
      id,
      label_zh: s.label_zh,
      label_en: s.label_en,
      final: s.final === true,
      visited: visited.has(id),
      current: id === c.state,
    })),
    deadlines: progress.deadlines.map((d) => ({
      id: d.id,
      name: d.name,
      label_zh: d.label_zh,
      label_en: clockLabelEn(m.machine, d.name) ?? d.label_zh,
      unit: d.unit,
      n: d.n,
      startDate: d.startDate,
      dueDate: d.dueDate,
      status: d.status,
      standing: d.standing,
      remaining: d.remaining,
      metOn: d.metOn,
      explanation_zh: d.explanation_zh,
      citation: citationView(d.citation),
      pauses: d.pauses,
    })),
    events: rawEvents.map((e, i) => {
      const described = progress.events[i];
      return {
        seq: e.seq,
        event: e.event,
        description_zh: described?.seq === e.seq ? described.description_zh : e.event,
        description_en: described?.seq === e.seq ? described.description_en : e.event,
        fromState: e.fromState,
        fromLabel_zh: labelOf(e.fromState),
        fromLabel_en: labelEnOf(e.fromState),
        toState: e.toState,
        toLabel_zh: labelOf(e.toState)!,
        toLabel_en: labelEnOf(e.toState)!,
        actorRole: e.actorRole,
        actorRole_zh: ROLE_ZH[e.actorRole as CaseRole] ?? e.actorRole,
        actorRole_en: ROLE_EN[e.actorRole as CaseRole] ?? e.actorRole,
        occurredAt: iso(e.occurredAt)!,
        citations: citationsView(e.citations),
        findings: findingsView(e.findings),
        comment: e.comment,
        payload: e.payload,
        ...eventReason(e.event, e.payload),
        correctionPoints: correctionPoints(e.payload, titles),
      };
    }),
    correction: openCorrection(rawEvents, c.state, c.awaiting, titles),
    decisionFindings: decided.findings,
    decisionFindingsEvent: decided.from && {
      ...decided.from,
      description_zh:
        progress.events.find((x) => x.seq === decided.from!.seq)?.description_zh ?? decided.from.event,
      description_en:
        progress.events.find((x) => x.seq === decided.from!.seq)?.description_en ?? decided.from.event,
    },
    notice: await caseNoticeView(ctx.db, {
      caseId: c.id,
      roles: progress.roles,
      caller: actor,
      today,
      personalData: ctx.personalData,
      requestId: ctx.requestId,
    }),
    documents: progress.documents,
    materials: {
      canUpload,
      complete: completeness.complete,
      provided: completeness.provided,
      required: completeness.required,
      missing: completeness.missing,
      unexpected: completeness.unexpected,
      items: checklist.items.map((item) => {
        const status = completeness.items.find((i) => i.id === item.id)!.status;
        const kinds = kindsOf(item.accepts);
        return {
          id: item.id,
          title_zh: item.title_zh,
          title_en: item.title_en,
          required: item.required,
          status,
          maxFiles: item.maxFiles ?? 1,
          accepts: [...item.accepts],
          extensions: kinds.flatMap((k) => MEDIA[k].extensions.map((x) => `.${x}`)),
          note_zh: item.note_zh ?? null,
          note_en: item.note_en ?? null,
          citation: citationView(item.citation),
          files: history
            .filter((f) => f.checklistItem === item.id)
            .map((f) => ({
              id: f.id,
              version: f.version,
              originalName: f.originalName,
              mediaType: f.mediaType,
              size: f.size,
              uploadedAt: iso(f.uploadedAt)!,
              current: f.supersededBy === null && f.removedAt === null,
              supersededAt: iso(f.supersededAt),
              removedAt: iso(f.removedAt),
            })),
        };
      }),
    },
    available: progress.available.map((a) => {
      const p = preview.has(a.event) ? previewed.find((x) => x.event === a.event) : undefined;
      const schema = m.eventSchemas[a.event];
      return {
        event: a.event,
        to: a.to,
        toLabel_zh: labelOf(a.to)!,
        toLabel_en: labelEnOf(a.to)!,
        description_zh: a.description_zh,
        description_en: a.description_en,
        citations: citationsView(a.citations),
        payloadSchema: schema ? formSchema(schema) : null,
        initialPayload: (schema && m.prefill?.(c, a.event)) ?? null,
        defaults: (schema && defaults.get(a.event)) ?? null,
        enabled: p?.enabled ?? null,
        findings: findingsView(p?.findings ?? []),
      };
    }),
    directoryEntry: (await findLiveEntryOfCase(ctx.db, c.id, today)) ?? null,
  };
}
