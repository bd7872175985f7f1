// The results of a Guizhou selection per occupation, as the registry stands now — for both sides
// (the applicant while it prepares and corrects, the authority while it reviews): a change in the
// registry (a fourth assessor added, a lease renewed) shows at once. Beside it, the results recorded
// at the last transition and the decision.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { notFound } from '../../domain/errors.js';
import { findCase } from '../../persistence/cases.repository.js';
import {
  listInstitutionSites,
  occupationNames,
  type SiteChoice,
} from '../../persistence/gz-selection.repository.js';
import { canReadCase } from '../../workflows/case-roles.js';
import { partiesOf } from '../workflow/case-parties.js';
import type { GzSelectionData, SelectionDecision } from '../../workflows/gz-selection/data.js';
import { evaluateSelection, type SelectionResults } from '../../workflows/gz-selection/results.js';
import { gzSelectionMachine } from '../../workflows/gz-selection/machine.js';
import { loadRegistryFacts } from './load-registry-facts.js';
import { findingsView, type FindingView } from '../cases/case-views.js';

/** The results with each finding's citation printed (gz-rules §6(6) / 第六条第（六）项). */
export type ResultsView = Omit<SelectionResults, 'institution' | 'occupations'> & {
  institution: { outcome: SelectionResults['institution']['outcome']; findings: FindingView[] };
  occupations: (Omit<SelectionResults['occupations'][number], 'findings'> & { findings: FindingView[] })[];
};

export const resultsView = (r: SelectionResults): ResultsView => ({
  ...r,
  institution: { outcome: r.institution.outcome, findings: findingsView(r.institution.findings) },
  occupations: r.occupations.map((o) => ({ ...o, findings: findingsView(o.findings) })),
});

export interface SelectionResultsView {
  caseId: string;
  referenceNo: string;
  state: string;
  /** Evaluated now, against the registry as it is. */
  current: ResultsView;
  /** As evaluated at the last transition that recorded them (submission, review, decision). */
  recorded: ResultsView | null;
  decision: SelectionDecision | null;
  occupationNames: Record<string, string>;
  sites: SiteChoice[];
}

export async function getSelectionResults(
  db: Kysely<DB>,
  caller: Caller,
  caseId: string,
  today: string,
): Promise<SelectionResultsView> {
  const c = await findCase(db, caseId);
  if (!c || c.procedure !== gzSelectionMachine.id || !canReadCase(caller, partiesOf(c)))
    throw notFound('案件');
  const data = c.data as GzSelectionData;
  const registry = await loadRegistryFacts(
    db,
    c.institutionId,
    data.application.siteId,
    data.application.occupations.map((o) => o.code),
    today,
  );
  const current = evaluateSelection(data.applyingAs, data.application, data.review, registry, today);
  return {
    caseId: c.id,
    referenceNo: c.referenceNo,
    state: c.state,
    current: resultsView(current),
    recorded: data.results ? resultsView(data.results) : null,
    decision: data.decision ?? null,
    occupationNames: await occupationNames(
      db,
      data.application.occupations.map((o) => o.code),
    ),
    sites: await listInstitutionSites(db, c.institutionId),
  };
}
