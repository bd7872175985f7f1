// Procedures as declared state machines (style.md, XState): states with their labels, who is awaited
// and which statutory clock runs; transitions with the event, the roles that may send it, a named
// guard that calls the rules, and the articles it rests on. The server uses only the pure transition
// function (load snapshot → nextState → persist both in one transaction); tests walk paths().
import { citationId, type Citation } from '../domain/citation.js';
import type { Finding } from '../rules/finding.js';
import type { DocumentKind } from '../documents/decision-document.js';

/** Who acts on a case, relative to that case (the use case derives it from the caller; case-roles.ts). */
export const CASE_ROLES = ['applicant', 'authority', 'expert', 'public', 'system'] as const;
export type CaseRole = (typeof CASE_ROLES)[number];

/** Whose move it is while a case sits in a state: drives the queues and the progress view. */
export type Awaiting = 'applicant' | 'authority' | 'experts' | 'public';

/**
 * A statutory clock that runs while the case is in the state, e.g. the acceptance answer within
 * 10 working days (mohrss-filing 一(十)2). The number comes from an effective-dated parameter.
 */
export interface ClockSpec {
  /** Deadline name, shared by consecutive states that run under one clock; defaults to the state id. */
  name?: string;
  label_zh: string;
  label_en: string;
  kind: 'working_days' | 'calendar_days';
  /** Parameter id (src/parameters), read as of the day the clock starts. */
  parameter: string;
  citation: Citation;
  /**
   * true: the clock stops (rather than ends) while the case waits on the applicant — a correction —
   * and runs on with the days left when the case comes back to this clock's state.
   */
  pauses?: boolean;
  /**
   * Calendar-day clocks only: a last day that is a day off moves to the next working day (民法典
   * 第二百零三条) — right for a period within which someone must act; false for a notice period.
   * Default true.
   */
  rollToWorkingDay?: boolean;
}

export interface StateDef {
  label_zh: string;
  label_en: string;
  final?: boolean;
  awaiting?: Awaiting;
  clock?: ClockSpec;
  /** The applicant may upload or replace materials in this state (draft, correction). */
  editableMaterials?: boolean;
}

export interface GuardInput<D, C> {
  state: string;
  data: D;
  event: string;
  payload: unknown;
  ctx: C;
}
/** A named guard: pure, calls the rules and returns their findings; any failed finding blocks. */
export type Guard<D, C> = (input: GuardInput<D, C>) => Finding[];

export interface TransitionDef<S extends string, E extends string, D, C> {
  from: S;
  event: E;
  to: S;
  /** Name of a guard in the machine's `guards`. */
  guard?: string;
  /**
   * Name of a guard whose findings are recorded with the transition but never block it: the
   * authority's assessment (mohrss-filing 二(十)3) stores every finding, failed ones included,
   * because the failure is what the authority then decides on.
   */
  recordFindings?: string;
  citations: readonly Citation[];
  description_zh: string;
  description_en: string;
  /** Case roles that may send the event. */
  actor: readonly CaseRole[];
  /** Pure update of the procedure data (XState's assign), e.g. recording the panel decision. */
  update?: (data: D, input: { payload: unknown; ctx: C }) => D;
  /** Decision documents the transition issues (rendered and numbered by the use case). */
  documents?: readonly DocumentKind[];
}

export interface MachineDef<S extends string, E extends string, D, C> {
  id: string;
  procedure_zh: string;
  procedure_en: string;
  initial: NoInfer<S>;
  /** Case roles that may open a case of this procedure; default the applicant. */
  openedBy?: readonly CaseRole[];
  states: Record<S, StateDef>;
  transitions: readonly TransitionDef<NoInfer<S>, E, D, C>[];
  guards?: Record<string, Guard<D, C>>;
}

/** English name of the clock a deadline runs under (deadlines store the Chinese label only). */
export function clockLabelEn(m: MachineDef<string, string, unknown, unknown>, name: string): string | null {
  for (const [id, s] of Object.entries(m.states as Record<string, StateDef>))
    if (s.clock && (s.clock.name ?? id) === name) return s.clock.label_en;
  return null;
}

export type Machine<
  S extends string = string,
  E extends string = string,
  D = unknown,
  C = unknown,
> = MachineDef<S, E, D, C>;

/** Declares a machine and validates it at load: a malformed procedure must not start. */
export function defineMachine<S extends string, E extends string, D = unknown, C = unknown>(
  def: MachineDef<S, E, D, C>,
): Machine<S, E, D, C> {
  const problems = validateMachine(def);
  if (problems.length > 0) throw new Error(`machine ${def.id}: ${problems.join('; ')}`);
  return def;
}

export function validateMachine<S extends string, E extends string, D, C>(
  m: MachineDef<S, E, D, C>,
): string[] {
  const problems: string[] = [];
  const states = m.states as Record<string, StateDef>;
  if (!states[m.initial]) problems.push(`initial state ${m.initial} is not declared`);
  for (const t of m.transitions) {
    const name = `${t.from} --${t.event}--> ${t.to}`;
    if (!states[t.from]) problems.push(`${name}: unknown state ${t.from}`);
    if (!states[t.to]) problems.push(`${name}: unknown state ${t.to}`);
    if (states[t.from]?.final) problems.push(`${name}: leaves the final state ${t.from}`);
    if (t.guard && !m.guards?.[t.guard]) problems.push(`${name}: guard ${t.guard} is not declared`);
    if (t.recordFindings && !m.guards?.[t.recordFindings])
      problems.push(`${name}: guard ${t.recordFindings} is not declared`);
    if (t.citations.length === 0) problems.push(`${name}: cites no article`);
    if (t.actor.length === 0) problems.push(`${name}: no actor may send it`);
    if (t.description_zh.trim() === '') problems.push(`${name}: no description`);
  }
  for (const [id, s] of Object.entries(states)) {
    if (!s.final && !m.transitions.some((t) => t.from === id)) problems.push(`state ${id} is a dead end`);
    if (s.final && s.clock) problems.push(`final state ${id} runs a clock`);
  }
  const reachable = reachableStates(m);
  for (const id of Object.keys(states)) if (!reachable.has(id)) problems.push(`state ${id} is unreachable`);
  return problems;
}

export interface Snapshot<S extends string = string, D = unknown> {
  state: S;
  data: D;
}

export interface MachineEventInput {
  type: string;
  /** The case roles the caller holds on this case (usually one). */
  actor: CaseRole | readonly CaseRole[];
  payload?: unknown;
}

export type TransitionResult<S extends string, D> =
  | {
      ok: true;
      from: S;
      to: S;
      event: string;
      /** The caller's role the transition accepted. */
      role: CaseRole;
      data: D;
      /** The transition's articles, then those of the rules its guard applied. */
      citations: Citation[];
      findings: Finding[];
      documents: readonly DocumentKind[];
    }
  | { ok: false; reason: 'not_allowed' | 'guard_failed'; findings: Finding[]; detail_zh: string };

const rolesOf = (actor: MachineEventInput['actor']): readonly CaseRole[] =>
  typeof actor === 'string' ? [actor] : actor;

const failed = (findings: readonly Finding[]) => findings.some((f) => f.passed === false);

/**
 * The pure transition function. Transitions declared for (state, event) and the caller's roles are
 * tried in declaration order; the first whose guard has no failed finding is taken. Findings that
 * need judgement do not block: the authority's act is that judgement, and they are recorded with it.
 */
export function nextState<S extends string, E extends string, D, C>(
  machine: Machine<S, E, D, C>,
  snapshot: Snapshot<S, D>,
  event: MachineEventInput,
  ctx: C,
): TransitionResult<S, D> {
  const roles = rolesOf(event.actor);
  const declared = machine.transitions.filter((t) => t.from === snapshot.state && t.event === event.type);
  const candidates = declared.filter((t) => t.actor.some((a) => roles.includes(a)));
  const stateLabel = machine.states[snapshot.state]?.label_zh ?? snapshot.state;
  if (candidates.length === 0) {
    return {
      ok: false,
      reason: 'not_allowed',
      findings: [],
      detail_zh:
        declared.length === 0
          ? `案件当前状态（${stateLabel}）不能办理该事项`
          : `当前身份不能在案件状态（${stateLabel}）下办理该事项`,
    };
  }
  const blocking: Finding[] = [];
  for (const t of candidates) {
    const findings = t.guard
      ? machine.guards![t.guard]!({
          state: snapshot.state,
          data: snapshot.data,
          event: event.type,
          payload: event.payload,
          ctx,
        })
      : [];
    if (failed(findings)) {
      blocking.push(...findings);
      continue;
    }
    if (t.recordFindings) {
      findings.push(
        ...machine.guards![t.recordFindings]!({
          state: snapshot.state,
          data: snapshot.data,
          event: event.type,
          payload: event.payload,
          ctx,
        }),
      );
    }
    const data = t.update ? t.update(snapshot.data, { payload: event.payload, ctx }) : snapshot.data;
    return {
      ok: true,
      from: snapshot.state,
      to: t.to,
      event: event.type,
      role: roles.find((r) => t.actor.includes(r))!,
      data,
      citations: uniqueCitations([...t.citations, ...findings.map((f) => f.citation)]),
      findings,
      documents: t.documents ?? [],
    };
  }
  return {
    ok: false,
    reason: 'guard_failed',
    findings: blocking,
    detail_zh: `不符合办理条件：${blocking
      .filter((f) => f.passed === false)
      .map((f) => f.message_zh)
      .join('；')}`,
  };
}

export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const id = citationId(c);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export interface AvailableEvent {
  event: string;
  to: string;
  description_zh: string;
  description_en: string;
  citations: readonly Citation[];
  /** Present when a guard context was given: whether the guard lets it through now, and why not. */
  enabled?: boolean;
  findings?: Finding[];
}

/**
 * Events a role may send in a state — the buttons of a screen. With `guard`, each guard is
 * evaluated so that a button can be shown disabled with the findings that block it.
 */
export function availableEvents<S extends string, E extends string, D, C>(
  machine: Machine<S, E, D, C>,
  state: S,
  actor: CaseRole | readonly CaseRole[],
  guard?: { data: D; ctx: C; payload?: unknown },
): AvailableEvent[] {
  const roles = rolesOf(actor);
  const out = new Map<string, AvailableEvent>();
  for (const t of machine.transitions) {
    if (t.from !== state || !t.actor.some((a) => roles.includes(a))) continue;
    const previous = out.get(t.event);
    if (previous?.enabled !== false && previous) continue;
    const base: AvailableEvent = {
      event: t.event,
      to: t.to,
      description_zh: t.description_zh,
      description_en: t.description_en,
      citations: t.citations,
    };
    if (!guard) {
      out.set(t.event, previous ?? base);
      continue;
    }
    let findings: Finding[];
    try {
      findings = t.guard
        ? machine.guards![t.guard]!({
            state,
            data: guard.data,
            event: t.event,
            payload: guard.payload,
            ctx: guard.ctx,
          })
        : [];
    } catch {
      // A guard that needs the form's payload cannot be previewed without it: the button stays
      // plain, and the guard runs when the event is sent.
      out.set(t.event, previous ?? base);
      continue;
    }
    out.set(t.event, { ...base, enabled: !failed(findings), findings });
  }
  return [...out.values()];
}

export function reachableStates<S extends string, E extends string, D, C>(
  m: MachineDef<S, E, D, C>,
): Set<string> {
  const seen = new Set<string>([m.initial]);
  const queue: string[] = [m.initial];
  while (queue.length > 0) {
    const s = queue.shift()!;
    for (const t of m.transitions) {
      if (t.from === s && !seen.has(t.to)) {
        seen.add(t.to);
        queue.push(t.to);
      }
    }
  }
  return seen;
}

export interface PathStep {
  from: string;
  event: string;
  to: string;
  /** Index of the transition in machine.transitions (several may share from and event). */
  transition: number;
}

/**
 * Test paths (XState's path generation): for every declared transition, the shortest path from the
 * initial state that ends by taking it. Walking each path exercises every transition once at least.
 */
export function paths<S extends string, E extends string, D, C>(machine: Machine<S, E, D, C>): PathStep[][] {
  const prefix = shortestPrefixes(machine);
  return machine.transitions.map((t, index) => [
    ...prefix.get(t.from)!,
    { from: t.from, event: t.event, to: t.to, transition: index },
  ]);
}

/** Every path from the initial state to a final state that takes no transition twice. */
export function pathsToFinal<S extends string, E extends string, D, C>(
  machine: Machine<S, E, D, C>,
  limit = 10_000,
): PathStep[][] {
  const out: PathStep[][] = [];
  const walk = (state: string, path: PathStep[], used: Set<number>) => {
    if (out.length >= limit) return;
    if ((machine.states as Record<string, StateDef>)[state]?.final) {
      out.push(path);
      return;
    }
    machine.transitions.forEach((t, i) => {
      if (t.from !== state || used.has(i)) return;
      walk(t.to, [...path, { from: t.from, event: t.event, to: t.to, transition: i }], new Set(used).add(i));
    });
  };
  walk(machine.initial, [], new Set());
  return out;
}

function shortestPrefixes<S extends string, E extends string, D, C>(
  m: Machine<S, E, D, C>,
): Map<string, PathStep[]> {
  const prefix = new Map<string, PathStep[]>([[m.initial, []]]);
  const queue: string[] = [m.initial];
  while (queue.length > 0) {
    const s = queue.shift()!;
    m.transitions.forEach((t, i) => {
      if (t.from !== s || prefix.has(t.to)) return;
      prefix.set(t.to, [...prefix.get(s)!, { from: t.from, event: t.event, to: t.to, transition: i }]);
      queue.push(t.to);
    });
  }
  return prefix;
}
