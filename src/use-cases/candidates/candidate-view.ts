// A candidate as the API shows it: the masked document number only, the registration checks' findings
// with their articles in words, the fee totals, and the caller's abilities.
import type { CandidateAbilities } from '../../policies/candidate.policy.js';
import type { CandidateRecord } from '../../persistence/candidates.repository.js';
import { findingView } from '../../rules/catalogue-view.js';
import type { Finding } from '../../rules/finding.js';

export interface CandidateView extends Omit<CandidateRecord, 'findings' | 'institutionId'> {
  registration: { asOf: string | null; findings: ReturnType<typeof findingView>[] };
  abilities: CandidateAbilities;
}

export function candidateView(r: CandidateRecord, abilities: CandidateAbilities): CandidateView {
  const { findings, institutionId: _institutionId, ...rest } = r;
  const planned = rest.status === 'registered';
  return {
    ...rest,
    registration: {
      asOf: findings.asOf ?? null,
      findings: ((findings.findings ?? []) as Finding[]).map(findingView),
    },
    abilities: { ...abilities, withdraw: abilities.withdraw && planned },
  };
}
