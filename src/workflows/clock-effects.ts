// What a transition does to the statutory clocks, derived from the states' declarations alone:
// leaving a clocked state meets its deadline (the awaited party acted) — or pauses it when the clock
// pauses and the case now waits on the applicant (a correction: the applicant's time is not the
// authority's); entering a clocked state starts its clock, or resumes the paused one of that name;
// reaching a final state cancels whatever is still open. A clock name shared by consecutive states
// runs on across them.
import type { ClockSpec, Machine, StateDef } from './machine.js';

export type ClockEffect =
  | { op: 'meet'; clock: string }
  | { op: 'pause'; clock: string }
  /** Resume the paused deadline of this name if there is one, else start a new one. */
  | { op: 'enter'; clock: string; spec: ClockSpec }
  | { op: 'cancel_open' };

export const clockName = (stateId: string, spec: ClockSpec): string => spec.name ?? stateId;

export function clockEffects<S extends string, E extends string, D, C>(
  machine: Machine<S, E, D, C>,
  from: string,
  to: string,
): ClockEffect[] {
  if (from === to) return [];
  const states = machine.states as Record<string, StateDef>;
  const a = states[from];
  const b = states[to];
  if (!a || !b) throw new Error(`unknown state ${a ? to : from}`);
  const aName = a.clock ? clockName(from, a.clock) : undefined;
  const bName = b.clock ? clockName(to, b.clock) : undefined;
  if (aName !== undefined && aName === bName) return [];
  const effects: ClockEffect[] = [];
  if (a.clock && aName) {
    const pause = a.clock.pauses === true && b.awaiting === 'applicant' && !b.final;
    effects.push({ op: pause ? 'pause' : 'meet', clock: aName });
  }
  if (b.clock && bName) effects.push({ op: 'enter', clock: bName, spec: b.clock });
  if (b.final) effects.push({ op: 'cancel_open' });
  return effects;
}
