// A check is what a workflow (or POST /api/v1/rules/evaluate) calls: a named set of rules over a
// described set of facts, evaluated as of a legally relevant date, returning every finding.
import type { z } from 'zod';
import type { IsoDate } from '../parameters/parameter.js';
import type { SourceId } from '../domain/citation.js';
import type { Finding } from './finding.js';
import type { WorkingDayCalendar } from '../calendar/calendar-data.js';

export interface CheckContext {
  /** The legally relevant date (decision, submission, event date) that selects parameter versions. */
  asOf: IsoDate;
  /**
   * The working-day calendar for deadlines (the administrator's corrected one when the server has it);
   * rules fall back to builtInCalendar() from src/calendar/calendar-data.ts.
   */
  calendar?: WorkingDayCalendar;
}

export interface CheckDefinition<F = unknown> {
  /** Stable name, e.g. 'gz-rules.selection.social_org'. */
  name: string;
  regime: SourceId;
  title_zh: string;
  title_en: string;
  /** What `asOf` means for this check (决定日期、申请提交日 …), shown beside the date field. */
  asOf_zh?: string;
  /** Strict zod schema of the facts (unknown fields are rejected). */
  facts: z.ZodType<F>;
  /** Example facts that pass or show the check well (the catalogue page pre-fills its form with them). */
  example: F;
  /** Rule ids this check may return findings for. */
  ruleIds: readonly string[];
  run(facts: F, ctx: CheckContext): Finding[];
}

/** Declares a check with its facts type inferred from the schema. */
export function defineCheck<S extends z.ZodType>(
  def: CheckDefinition<z.infer<S>> & { facts: S },
): CheckDefinition<z.infer<S>> {
  return def;
}
