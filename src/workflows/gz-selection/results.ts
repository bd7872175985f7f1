// The results of a Guizhou selection per occupation: the gz-rules checks are run over the facts built
// from the registry, the application and the review, and each finding is assigned to the occupation it
// is about (values.occupation / values.occupations) or to the institution as a whole.
//
// Reading (docs/api.md "gz-selection"): the conditions of §4–7 that concern the institution (staff,
// quality supervisors, site, prohibitions …) decide for every occupation; those stated "每个职业（工种）"
// (training volume §6(3), assessors §6(6), fit with the business or majors §4(3), §5(1), §6(2)) decide
// for that occupation only. An institution that meets the former may be selected for the occupations
// that meet the latter; an occupation that fails is left out of the scope granted.
import { evaluateCheck } from '../../rules/catalogue.js';
import { outcomeOf, type Finding, type Outcome } from '../../rules/finding.js';
import type { Citation } from '../../domain/citation.js';
import type { ApplicantKind, Application, Review } from './data.js';
import {
  NATIONAL_CHECKS,
  PROHIBITIONS_CHECK,
  SELECTION_CHECK,
  nationalProhibitionFacts,
  nationalQuotaFacts,
  nationalScopeFacts,
  prohibitionFactsOf,
  selectionFacts,
} from './facts.js';
import { matchingAssessors, type RegistryFacts } from './registry-facts.js';
import { CONDITIONS_OF } from './citations.js';

export interface OccupationResult {
  code: string;
  levels: number[];
  /** Outcome of the findings about this occupation alone. */
  outcome: Outcome;
  /** Whether the occupation can be granted: its own outcome and the institution's are not 'fail'. */
  selectable: boolean;
  /** Registry: assessors who may assess every level applied for (§6(6)). */
  assessors: number;
  trainingVolume: number | null;
  findings: Finding[];
}

export interface SelectionResults {
  asOf: string;
  applyingAs: ApplicantKind;
  checks: string[];
  /** What the registry said at this evaluation. */
  registry: {
    fullTimeStaff: number;
    qualitySupervisors: number;
    site: { id: string; name: string } | null;
  };
  institution: { outcome: Outcome; findings: Finding[] };
  occupations: OccupationResult[];
  /** selectable: every occupation; partially: some; not_selectable: none. */
  overall: 'selectable' | 'partially_selectable' | 'not_selectable';
}

const SITE_MISSING = 'gz-selection/site';

function occupationsOf(f: Finding): string[] | null {
  const one = f.values.occupation;
  if (typeof one === 'string') return [one];
  const many = f.values.occupations;
  if (Array.isArray(many) && many.every((x) => typeof x === 'string')) return many as string[];
  return null;
}

export function evaluateSelection(
  kind: ApplicantKind,
  a: Application,
  review: Review | undefined,
  r: RegistryFacts,
  asOf: string,
): SelectionResults {
  const registry = {
    fullTimeStaff: r.fullTimeStaff,
    qualitySupervisors: r.qualitySupervisors,
    site: r.site ? { id: r.site.id, name: r.site.name } : null,
  };
  // A social organisation is judged by mohrss-filing 二(四), 二(六) and 二(七) as well (docs/decisions/0015).
  const national = kind === 'social_org' && r.national !== undefined;
  const checks = [
    SELECTION_CHECK[kind],
    PROHIBITIONS_CHECK,
    ...(national ? [NATIONAL_CHECKS.scope, NATIONAL_CHECKS.quota, NATIONAL_CHECKS.prohibitions] : []),
  ];
  let findings: Finding[];
  if (r.site === null) {
    // Without a registered site, the site conditions (§4(5), §5(二)(三), §6(7)) cannot be met at all.
    const citation: Citation = { ...CONDITIONS_OF[kind] };
    findings = [
      {
        ruleId: SITE_MISSING,
        citation,
        passed: false,
        message_zh: '申请未指定登记在本机构名下的认定场地，场地条件无法核验',
        message_en: 'No site registered to the institution is named; the site conditions cannot be verified',
        values: { siteId: a.siteId ?? null },
      },
    ];
  } else {
    findings = evaluateCheck(
      SELECTION_CHECK[kind],
      asOf,
      selectionFacts(kind, a, review, r, r.site, asOf),
    ).findings;
  }
  const prohibitions = evaluateCheck(
    PROHIBITIONS_CHECK,
    asOf,
    prohibitionFactsOf(kind, a, review, r),
  ).findings;

  const nationalFindings = national
    ? [
        ...evaluateCheck(NATIONAL_CHECKS.scope, asOf, nationalScopeFacts(a, review, r)).findings,
        ...evaluateCheck(NATIONAL_CHECKS.quota, asOf, nationalQuotaFacts(a, review, r)).findings,
        ...evaluateCheck(NATIONAL_CHECKS.prohibitions, asOf, nationalProhibitionFacts(a, review, r)).findings,
      ]
    : [];

  const institutionFindings: Finding[] = [];
  const perOccupation = new Map<string, Finding[]>(a.occupations.map((o) => [o.code, []]));
  for (const f of [...findings, ...prohibitions, ...nationalFindings]) {
    const codes = occupationsOf(f)?.filter((c) => perOccupation.has(c));
    if (!codes || codes.length === 0) institutionFindings.push(f);
    else for (const c of codes) perOccupation.get(c)!.push(f);
  }
  const institutionOutcome = outcomeOf(institutionFindings);
  const occupations = a.occupations.map<OccupationResult>((o) => {
    const own = perOccupation.get(o.code) ?? [];
    const outcome = outcomeOf(own);
    return {
      code: o.code,
      levels: [...o.levels].sort((x, y) => y - x),
      outcome,
      selectable: outcome !== 'fail' && institutionOutcome !== 'fail',
      assessors: matchingAssessors(r, o.code, o.levels),
      trainingVolume: o.trainingVolume ?? null,
      findings: own,
    };
  });
  const n = occupations.filter((o) => o.selectable).length;
  return {
    asOf,
    applyingAs: kind,
    checks,
    registry,
    institution: { outcome: institutionOutcome, findings: institutionFindings },
    occupations,
    overall: n === 0 ? 'not_selectable' : n === occupations.length ? 'selectable' : 'partially_selectable',
  };
}

/** The failed findings' messages of an occupation (for the decision and the table). */
export const failures = (o: OccupationResult): string[] =>
  o.findings.filter((f) => f.passed === false).map((f) => f.message_zh);
