// The dated milestones of the notice (dept-pilot 五 时间安排), tracked per case: the dates are the
// notice's own (dated parameters dept-pilot.timetable.*, 2020) and dept-pilot.timetable judges each
// step against them. Not a condition of admission: a late step is shown (met late / overdue), never
// blocks — the notice sets a schedule, not a bar.
import { evaluateCheck } from '../../rules/catalogue.js';
import type { Citation } from '../../domain/citation.js';
import type { DeptPilotData } from './data.js';

export const TIMETABLE_CHECK = 'dept-pilot.timetable';

export type MilestoneStanding = 'met' | 'met_late' | 'pending' | 'overdue';

export interface MilestoneView {
  ruleId: string;
  citation: Citation;
  message_zh: string;
  message_en: string;
  /** The due date the notice sets. */
  due: string;
  /** How the due date was reached (上旬 ends on the 10th …). */
  explanation_zh: string;
  explanation_en: string;
  doneOn: string | null;
  standing: MilestoneStanding;
}

/**
 * @param branchFilingGuidedOn 五（二）: the day the first branch of the organisation was submitted for
 *   local filing (the department's or association's guidance took effect), or null.
 */
export function milestonesOf(
  data: DeptPilotData,
  branchFilingGuidedOn: string | null,
  asOf: string,
): MilestoneView[] {
  const r = evaluateCheck(TIMETABLE_CHECK, asOf, {
    workPlanSubmittedOn: data.milestones.workPlanSubmittedOn,
    branchFilingGuidedOn,
    implementationPlanSubmittedOn: data.milestones.implementationPlanSubmittedOn,
  });
  return r.findings.map((f) => {
    const doneOn = (f.values.doneOn as string | null) ?? null;
    const standing: MilestoneStanding = doneOn
      ? f.passed === true
        ? 'met'
        : 'met_late'
      : f.values.overdue === true
        ? 'overdue'
        : 'pending';
    return {
      ruleId: f.ruleId,
      citation: f.citation,
      message_zh: f.message_zh,
      message_en: f.message_en,
      due: f.values.due as string,
      explanation_zh: f.values.explanation_zh as string,
      explanation_en: f.values.explanation_en as string,
      doneOn,
      standing,
    };
  });
}
