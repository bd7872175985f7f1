// The case page's step bar and action buttons, pure so that they are unit-tested.
import type { CaseDetail } from './types';

type StateView = CaseDetail['states'][number];

/** Side states a case may pass through but that are not steps of the normal course. */
const SIDE_STATE = /correct|revis|amend/;

/**
 * The steps of the bar: the states passed, then the steps still to come on the normal course (the
 * machine's declaration order, side states such as 补正 left out) up to its first final state. A
 * closed case shows only where it went.
 */
export function stepsOf(states: readonly StateView[]): StateView[] {
  const passed = states.filter((s) => s.visited || s.current);
  const current = states.find((s) => s.current);
  if (!current || current.final) return passed;
  const at = states.indexOf(current);
  const ahead: StateView[] = [];
  for (const s of states.slice(at + 1)) {
    if (s.visited || SIDE_STATE.test(s.id)) continue;
    ahead.push(s);
    if (s.final) break;
  }
  return [...passed, ...ahead];
}

/** Refusal, cancellation, withdrawal: a danger button that asks for confirmation. */
const ADVERSE_EVENT = /refuse|reject|cancel|withdraw|exclude|not_|ineligible|fail/;
/** Events that record something without moving the case on (opinions, exceptions, amendments). */
const RECORDING_EVENT = /^(record_|update_|amend|edit|give_)/;

export type ActionStyle = 'primary' | 'danger' | 'default';

/**
 * The normal next step is the primary button: the first action that moves the case on to another state
 * of the normal course (not a side state such as 补正) and is neither adverse nor blocked; refusals,
 * cancellations and withdrawals are danger buttons.
 */
export function actionStyle(
  a: CaseDetail['available'][number],
  all: readonly CaseDetail['available'][number][],
  state: string,
): ActionStyle {
  if (ADVERSE_EVENT.test(a.event)) return 'danger';
  // A return for correction (or revision) sends the case to a side state: never the normal next step.
  const primary = all.find(
    (x) =>
      !ADVERSE_EVENT.test(x.event) &&
      x.enabled !== false &&
      x.to !== state &&
      !RECORDING_EVENT.test(x.event) &&
      !SIDE_STATE.test(x.to),
  );
  return primary?.event === a.event ? 'primary' : 'default';
}
