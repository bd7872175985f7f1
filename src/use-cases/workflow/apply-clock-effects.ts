// Carries a transition's clock effects (src/workflows/clock-effects.ts) into case_deadlines, on the
// day of the transition: meet, pause, start or resume, cancel. Runs inside the transition's
// transaction, under the case lock.
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { WorkingDayCalendar } from '../../calendar/calendar-data.js';
import { insertDeadline, openDeadlines, updateDeadline } from '../../persistence/cases.repository.js';
import { clockEffects } from '../../workflows/clock-effects.js';
import {
  cancelDeadline,
  clockLength,
  meetDeadline,
  pauseDeadline,
  resumeDeadline,
  startDeadline,
  type ParameterLookup,
} from '../../workflows/deadline.js';
import type { Machine, StateDef } from '../../workflows/machine.js';

export async function applyClockEffects<S extends string, E extends string, D, C>(
  trx: Transaction<DB>,
  input: {
    caseId: string;
    machine: Machine<S, E, D, C>;
    from: string;
    to: string;
    today: string;
    calendar: WorkingDayCalendar;
    parameters: ParameterLookup;
  },
): Promise<void> {
  const effects = clockEffects(input.machine, input.from, input.to);
  if (effects.length === 0) return;
  const open = await openDeadlines(trx, input.caseId);
  const named = (clock: string) => open.find((d) => d.name === clock);
  for (const effect of effects) {
    switch (effect.op) {
      case 'meet': {
        const d = named(effect.clock);
        if (d?.status === 'running') await updateDeadline(trx, d.id, meetDeadline(d, input.today));
        break;
      }
      case 'pause': {
        const d = named(effect.clock);
        if (d?.status === 'running') {
          const paused = pauseDeadline(d, input.today, input.calendar);
          await updateDeadline(trx, d.id, paused);
          Object.assign(d, paused);
        }
        break;
      }
      case 'enter': {
        const d = named(effect.clock);
        if (d?.status === 'paused') {
          await updateDeadline(trx, d.id, resumeDeadline(d, input.today, input.calendar));
        } else if (!d) {
          const awaiting = (input.machine.states as Record<string, StateDef>)[input.to]?.awaiting ?? null;
          const n = clockLength(effect.spec, input.today, input.parameters);
          const started = startDeadline(
            { name: effect.clock, spec: effect.spec, awaiting, startDate: input.today, n },
            input.calendar,
          );
          await insertDeadline(trx, input.caseId, started);
        }
        break;
      }
      case 'cancel_open': {
        for (const d of await openDeadlines(trx, input.caseId)) {
          await updateDeadline(trx, d.id, cancelDeadline(d, input.today));
        }
        break;
      }
    }
  }
}
