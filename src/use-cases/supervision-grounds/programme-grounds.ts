// The grounds of 1x-exit §5(2)–(6) for one certificate programme, computed from the system's own data by
// the rules themselves (src/rules/1x-exit/revocation.ts: they cite the articles and read the parameters).
// Only the grounds the data can show are asked for; §5(1) and §5(7)–(9) stay with the authority's
// investigation (the other facts are set to "absent" here and their findings are not used). A present
// ground is something for a person to act on, never a sanction: §5 says 可按规定取消 ("may").
import type { Citation } from '../../domain/citation.js';
import { revocationFindings } from '../../rules/1x-exit/revocation.js';
import {
  channelProblems,
  failingRating,
  noEvaluations,
  noSchools,
  noStart,
  noUpdate,
} from '../../rules/1x-exit/revocation.js';

export interface ProgrammeActivity {
  approvedOn: string;
  /** The first operation record on or after approval (启动开展相关工作), or null. */
  firstWorkOn: string | null;
  lastUpdateOn: string | null;
  lastEvaluationWithCandidatesOn: string | null;
  lastSchoolImplementationOn: string | null;
  /** §5(5): unresolved problems at or over the authority's threshold (none set: never). */
  channelProblems: { since: string } | null;
  /** §5(6): the latest confirmed rating of the programme (or organisation) and whether it was rectified. */
  rating: { grade: 'A' | 'B' | 'C' | 'D'; rectified: boolean; since: string } | null;
}

export interface ComputedGround {
  ruleId: string;
  citation: Citation;
  /** The day the ground's period runs from (its identity: a later ground has another). */
  since: string;
  message_zh: string;
  message_en: string;
  values: Record<string, unknown>;
}

const DATA_RULES = [noStart, noUpdate, noEvaluations, noSchools, channelProblems, failingRating];
export const PROGRAMME_GROUND_RULE_IDS = DATA_RULES.map((r) => r.id);

export function programmeGrounds(a: ProgrammeActivity, asOf: string): ComputedGround[] {
  const findings = revocationFindings(
    {
      approvedOn: a.approvedOn,
      section28: {
        examMisconduct: false,
        overcharging: 'none',
        improperBenefit: false,
        notUpdated: false,
        concentratedProblems: 'none',
        ratingUnqualified: false,
        majorTaxViolation: false,
        otherViolations: false,
      },
      workStartedOn: a.firstWorkOn,
      lastUpdateOn: a.lastUpdateOn,
      lastEvaluationWithCandidatesOn: a.lastEvaluationWithCandidatesOn,
      lastSchoolImplementationOn: a.lastSchoolImplementationOn,
      channelProblems: a.channelProblems ? 'not_rectified' : 'none',
      monitoringRating: a.rating ? { grade: a.rating.grade, rectified: a.rating.rectified } : null,
      majorIllegality: false,
      majorRisk: false,
      otherDisruption: false,
      verifiedProblems: false,
    },
    { asOf },
  );
  return findings
    .filter((f) => PROGRAMME_GROUND_RULE_IDS.includes(f.ruleId) && f.passed === false)
    .map((f) => ({
      ruleId: f.ruleId,
      citation: f.citation,
      since:
        f.ruleId === noStart.id
          ? a.approvedOn
          : f.ruleId === channelProblems.id
            ? a.channelProblems!.since
            : f.ruleId === failingRating.id
              ? a.rating!.since
              : String(f.values.since),
      message_zh: f.message_zh,
      message_en: f.message_en,
      values: f.values,
    }));
}
