// Where a case stands, for the applicant's progress view and the authority's case page: the current
// state and whose move it is, every statutory deadline with its due date, how it was computed and how
// it stands today, the history of events with their articles, the documents issued, and the events
// the caller may send now (the buttons; style.md, Outline abilities).
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import type { Citation } from '../../domain/citation.js';
import { notFound } from '../../domain/errors.js';
import { builtInCalendar, type WorkingDayCalendar } from '../../calendar/calendar-data.js';
import {
  findCase,
  listCaseEvents,
  listDeadlines,
  type CaseRecord,
  type DeadlineRecord,
} from '../../persistence/cases.repository.js';
import { listDocuments } from '../../persistence/documents.repository.js';
import { DOCUMENT_KIND_EN, DOCUMENT_KIND_ZH, type DocumentKind } from '../../documents/decision-document.js';
import { canReadCase, caseRolesOf } from '../../workflows/case-roles.js';
import { chinaDate, deadlineStanding, type Standing } from '../../workflows/deadline.js';
import {
  availableEvents,
  type Awaiting,
  type AvailableEvent,
  type CaseRole,
  type Machine,
  type StateDef,
} from '../../workflows/machine.js';
import { partiesOf } from './case-parties.js';

export const AWAITING_ZH: Record<Awaiting, string> = {
  applicant: '申请单位',
  authority: '受理部门',
  experts: '评审专家',
  public: '社会公众（公示期）',
};

export const AWAITING_EN: Record<Awaiting, string> = {
  applicant: 'Applicant',
  authority: 'Authority',
  experts: 'Review experts',
  public: 'The public (notice period)',
};

export interface CaseProgress {
  case: CaseRecord & {
    procedure_zh: string;
    procedure_en: string;
    stateLabel_zh: string;
    stateLabel_en: string;
    final: boolean;
  };
  /** 等待谁、做什么、何时前. */
  awaiting: {
    party: Awaiting;
    party_zh: string;
    party_en: string;
    dueDate: string | null;
    explanation_zh: string | null;
  } | null;
  roles: CaseRole[];
  deadlines: (DeadlineRecord & { standing: Standing; remaining: number | null })[];
  events: {
    seq: number;
    event: string;
    description_zh: string;
    description_en: string;
    fromState: string | null;
    toState: string;
    toLabel_zh: string;
    toLabel_en: string;
    actorRole: string;
    occurredAt: Date;
    citations: Citation[];
  }[];
  documents: {
    id: string;
    kind: string;
    kind_zh: string;
    kind_en: string;
    number: string;
    title: string;
    issuedOn: string;
  }[];
  available: AvailableEvent[];
}

export async function getCaseProgress<S extends string, E extends string, D, C>(
  db: Kysely<DB>,
  input: {
    caller: Caller;
    caseId: string;
    machine: Machine<S, E, D, C>;
    calendar?: WorkingDayCalendar;
    now?: Date;
  },
): Promise<CaseProgress> {
  const { machine } = input;
  const c = await findCase(db, input.caseId);
  if (!c || c.procedure !== machine.id || !canReadCase(input.caller, partiesOf(c))) throw notFound('案件');
  const cal = input.calendar ?? builtInCalendar();
  const today = chinaDate(input.now ?? new Date());
  const states = machine.states as Record<string, StateDef>;
  const state = states[c.state];
  const roles = caseRolesOf(input.caller, partiesOf(c));

  const deadlines = (await listDeadlines(db, c.id)).map((d) => ({
    ...d,
    ...deadlineStanding(d, today, cal),
  }));
  const running = deadlines
    .filter((d) => d.status === 'running')
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1))[0];
  const transitionOf = (from: string | null, event: string, to: string) =>
    machine.transitions.find((t) => t.from === from && t.event === event && t.to === to);
  const describe = (from: string | null, event: string, to: string) =>
    event === 'open' ? '创建申请' : (transitionOf(from, event, to)?.description_zh ?? event);
  const describeEn = (from: string | null, event: string, to: string) =>
    event === 'open' ? 'Application opened' : (transitionOf(from, event, to)?.description_en ?? event);

  return {
    case: {
      ...c,
      procedure_zh: machine.procedure_zh,
      procedure_en: machine.procedure_en,
      stateLabel_zh: state?.label_zh ?? c.state,
      stateLabel_en: state?.label_en ?? c.state,
      final: state?.final === true,
    },
    awaiting: c.awaiting
      ? {
          party: c.awaiting,
          party_zh: AWAITING_ZH[c.awaiting],
          party_en: AWAITING_EN[c.awaiting],
          dueDate: running?.dueDate ?? null,
          explanation_zh: running?.explanation_zh ?? null,
        }
      : null,
    roles,
    deadlines,
    events: (await listCaseEvents(db, c.id)).map((e) => ({
      seq: e.seq,
      event: e.event,
      description_zh: describe(e.fromState, e.event, e.toState),
      description_en: describeEn(e.fromState, e.event, e.toState),
      fromState: e.fromState,
      toState: e.toState,
      toLabel_zh: states[e.toState]?.label_zh ?? e.toState,
      toLabel_en: states[e.toState]?.label_en ?? e.toState,
      actorRole: e.actorRole,
      occurredAt: e.occurredAt,
      citations: e.citations,
    })),
    documents: (await listDocuments(db, c.id)).map((d) => ({
      id: d.id,
      kind: d.kind,
      kind_zh: DOCUMENT_KIND_ZH[d.kind as DocumentKind] ?? d.kind,
      kind_en: DOCUMENT_KIND_EN[d.kind as DocumentKind] ?? d.kind,
      number: d.number,
      title: d.title,
      issuedOn: d.issuedOn,
    })),
    available: state ? availableEvents(machine, c.state as S, roles) : [],
  };
}
