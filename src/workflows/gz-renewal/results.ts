// The renewal result per occupation (gz-rules §8–10, §12): the counts from the register and the
// authority's assessment become the facts of the existing renewalCheck; its findings are split into
// those about the institution (standing, total, §8(3), §10(3), §12) and those about one occupation
// (§10(2) 每个职业不少于100人次). An occupation is renewable when every institution finding passes and its
// own do: a social organisation with 700 in total but 99 in one occupation renews the others and loses
// that one. Employers and schools have no per-occupation threshold: their occupations share one result.
import { renewalCheck } from '../../rules/gz-rules/renewal.js';
import { outcomeOf, type Finding } from '../../rules/finding.js';
import type { GzRenewalData, OccupationResult, RenewalCounts, RenewalResults } from './data.js';

const occupationOf = (f: Finding): string | null =>
  typeof f.values['occupation'] === 'string' ? f.values['occupation'] : null;

export function evaluateRenewal(data: GzRenewalData, counts: RenewalCounts, asOf: string): RenewalResults {
  const a = data.assessment;
  const countOf = (code: string) => counts.occupations.find((o) => o.code === code)?.certificates ?? 0;
  const facts = renewalCheck.facts.parse({
    kind: data.kind,
    ...(a ? { goodStanding: a.goodStanding } : {}),
    certificatesInValidityPeriod: counts.total,
    ...(data.kind === 'social_org'
      ? { occupations: data.occupations.map((code) => ({ code, certificates: countOf(code) })) }
      : {}),
    ...(data.kind === 'employer' && a?.incentiveEvidence !== undefined
      ? { incentiveEvidence: a.incentiveEvidence }
      : {}),
    ...(data.kind === 'social_org' && a?.coreConditionsMaintained !== undefined
      ? { coreConditionsMaintained: a.coreConditionsMaintained }
      : {}),
    falseDeclarationFound: a?.falseDeclarationFound ?? false,
  });
  const all = renewalCheck.run(facts, { asOf });
  // Without an assessment §12 is not yet judged: shown as needing judgement rather than passed.
  const institution = all
    .filter((f) => occupationOf(f) === null)
    .map((f) =>
      !a && f.ruleId.endsWith('/12')
        ? {
            ...f,
            passed: 'needs_judgement' as const,
            message_zh: '续期申请材料真实、准确、完整：须由监管部门评估，尚未评估',
            message_en: 'Materials true and complete: not yet assessed',
          }
        : f,
    );
  const instOutcome = outcomeOf(institution);
  const occupations: OccupationResult[] = data.occupations.map((code) => {
    const own = all.filter((f) => occupationOf(f) === code);
    return {
      code,
      levels: data.entryOccupations.find((o) => o.code === code)?.levels ?? [],
      certificates: countOf(code),
      renewable: instOutcome === 'pass' && outcomeOf(own) === 'pass',
      findings: own,
    };
  });
  const renewable = occupations.filter((o) => o.renewable).length;
  const overall =
    instOutcome === 'fail'
      ? 'not_renewable'
      : instOutcome === 'needs_judgement'
        ? occupations.some((o) => outcomeOf(o.findings) !== 'fail')
          ? 'needs_judgement'
          : 'not_renewable'
        : renewable === occupations.length
          ? 'renewable'
          : renewable > 0
            ? 'partially_renewable'
            : 'not_renewable';
  return { asOf, kind: data.kind, counts, institution, occupations, overall };
}

/** The reasons an occupation is not renewable, in Chinese (the failed findings, then the institution's). */
export function reasonsNotRenewable(r: RenewalResults, code: string): string[] {
  const o = r.occupations.find((x) => x.code === code);
  return [...r.institution, ...(o?.findings ?? [])].filter((f) => f.passed !== true).map((f) => f.message_zh);
}
