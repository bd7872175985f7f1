// The period a published decision runs for (issue 14 point 7), read from the effects the decision has:
// the latest last day of an evaluation ban (mohrss-violations §6–7), a staff work bar (§9) or a
// suspension's rectification deadline (§13). Measures without an end (a revoked assessor card §10, the
// bad-credit register §13 — the text gives it no period) leave `to` null: the page then says the text
// sets none, rather than inventing an end.
import type { EffectIntent } from './sanction-plan.js';

export interface PublicationPeriod {
  from: string;
  to: string | null;
}

export function publicationPeriod(intents: readonly EffectIntent[], decidedOn: string): PublicationPeriod {
  const ends: string[] = [];
  for (const e of intents) {
    if (e.kind === 'evaluation_ban') ends.push(e.endsOn);
    else if (e.kind === 'staff_work_ban') ends.push(e.toOn);
    else if (e.kind === 'suspension') ends.push(e.dueOn);
  }
  return { from: decidedOn, to: ends.length ? ends.sort().at(-1)! : null };
}
