// The reads of the renewal beside the generic case API: the entries an institution may renew (the
// opening form's choice), the counts per occupation behind §8(2), §9(2), §10(2) with the certificates
// behind each number (page by page, masked as the certificate views mask them for the role), and the
// entries whose validity ends within 90 days — the institution's own (续期提醒, with the reminders sent)
// or, for an authority, those in its jurisdiction (续期到期, with the renewal state).
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { AppError, notFound } from '../../domain/errors.js';
import { findCase } from '../../persistence/cases.repository.js';
import { occupationNames } from '../../persistence/gz-selection.repository.js';
import {
  COUNTED_STATUSES,
  entriesEndingBetween,
  liveEntriesOf,
  remindersOf,
  type RenewableEntry,
} from '../../persistence/gz-renewal.repository.js';
import { jurisdictionPrefix } from '../../policies/scope.js';
import { canReadCase } from '../../workflows/case-roles.js';
import { partiesOf } from '../workflow/case-parties.js';
import { findingsView, type FindingView } from '../cases/case-views.js';
import type { GzRenewalData, RenewalDecision, RenewalResults } from '../../workflows/gz-renewal/data.js';
import { gzRenewalMachine } from '../../workflows/gz-renewal/machine.js';
import { evaluateRenewal } from '../../workflows/gz-renewal/results.js';
import { fromEpochDay, toEpochDay } from '../../calendar/calendar-days.js';
import { listCertificates, type CertificatePage } from '../certificates/certificate-views.js';
import type { RegistryContext } from '../registry/registry-context.js';
import { countForRenewal, countPeriod } from './counts.js';
import { renewalStatusOf, type RenewalStatus } from './renewal-status.js';

/**
 * How far ahead renewal is shown as due: the first reminder (90 days, issue 15 point 1). Not a period
 * of the text — gz-rules §8–10 say only "有效期内" and §14 that the validity must not end unrenewed.
 */
export const RENEWAL_DUE_DAYS = 90;

/** The caller's institution's gz-rules entries still in force (the opening form's choice). */
export async function renewalEntryOptions(
  db: Kysely<DB>,
  caller: Caller,
  today: string,
): Promise<{ id: string; label: string }[]> {
  if (caller?.role !== 'institution_staff' || !caller.institutionId) return [];
  const entries = await liveEntriesOf(db, caller.institutionId, today);
  return entries.map((e) => ({
    id: e.id,
    label: `${e.filingCode}（有效期至 ${e.validTo}；${e.occupations.length} 个职业）`,
  }));
}

async function readableRenewal(db: Kysely<DB>, caller: Caller, caseId: string) {
  const c = await findCase(db, caseId);
  if (!c || c.procedure !== gzRenewalMachine.id || !canReadCase(caller, partiesOf(c))) throw notFound('案件');
  return c;
}

type ResultsView = Omit<RenewalResults, 'institution' | 'occupations'> & {
  institution: FindingView[];
  occupations: (Omit<RenewalResults['occupations'][number], 'findings'> & { findings: FindingView[] })[];
};
const resultsView = (r: RenewalResults): ResultsView => ({
  ...r,
  institution: findingsView(r.institution),
  occupations: r.occupations.map((o) => ({ ...o, findings: findingsView(o.findings) })),
});

export interface RenewalCountsView {
  caseId: string;
  referenceNo: string;
  state: string;
  entry: { id: string; filingCode: string; validFrom: string; validTo: string };
  /** Counted now from the register (the period up to today or the validity's end); once decided, as decided. */
  current: ResultsView;
  /** As recorded at the last transition (submission, assessment, decision). */
  recorded: ResultsView | null;
  decision: RenewalDecision | null;
  countedStatuses: string[];
  occupationNames: Record<string, string>;
}

export async function getRenewalCounts(
  db: Kysely<DB>,
  caller: Caller,
  caseId: string,
  today: string,
): Promise<RenewalCountsView> {
  const c = await readableRenewal(db, caller, caseId);
  const d = c.data as GzRenewalData;
  const counts = await countForRenewal(db, c.institutionId, d, today);
  return {
    caseId: c.id,
    referenceNo: c.referenceNo,
    state: c.state,
    entry: { id: d.entryId, filingCode: d.filingCode, validFrom: d.validFrom, validTo: d.validTo },
    // A decided case shows what the decision counted; an open one what counts now.
    current: resultsView(c.closedAt && d.results ? d.results : evaluateRenewal(d, counts, today)),
    recorded: d.results ? resultsView(d.results) : null,
    decision: d.decision ?? null,
    countedStatuses: [...COUNTED_STATUSES],
    occupationNames: await occupationNames(
      db,
      d.entryOccupations.map((o) => o.code),
    ),
  };
}

/**
 * The certificates behind one number: the case's institution's, of the occupation, issued within the
 * period counted, valid — through the certificate list itself, so the caller sees them scoped and masked
 * as on the certificate pages (an authority outside the jurisdiction sees none; the case answers 404).
 */
export async function listCountedCertificates(
  ctx: RegistryContext,
  caseId: string,
  occupationCode: string,
  page: { cursor?: string | undefined; limit: number },
  today: string,
): Promise<CertificatePage & { periodFrom: string; periodTo: string }> {
  const c = await readableRenewal(ctx.db, ctx.caller, caseId);
  const d = c.data as GzRenewalData;
  if (!d.entryOccupations.some((o) => o.code === occupationCode))
    throw new AppError(
      422,
      'RENEWAL_OCCUPATION_UNKNOWN',
      '职业不在认定范围内',
      `职业（工种）${occupationCode} 不在续期条目的认定范围内`,
    );
  // A decided case lists what it counted at the decision; an open one what counts now.
  const asOf = d.results?.counts.asOf && c.closedAt ? d.results.counts.asOf : today;
  const period = countPeriod(d, asOf);
  const p = await listCertificates(
    ctx,
    {
      institutionId: c.institutionId,
      occupationCode,
      status: COUNTED_STATUSES[0],
      issuedFrom: period.from,
      issuedTo: period.to,
    },
    page,
  );
  return { ...p, periodFrom: period.from, periodTo: period.to };
}

export interface RenewalDueItem {
  entryId: string;
  institutionId: string;
  institutionName: string;
  institutionKind: string;
  jurisdictionCode: string;
  filingCode: string;
  validFrom: string;
  validTo: string;
  daysLeft: number;
  occupations: { code: string; name: string | null; levels: number[] }[];
  reminders: { daysBefore: number; sentOn: string }[];
  renewal: RenewalStatus & { caseState: string | null; referenceNo: string | null };
}

/** Entries ending within 90 days: the institution's own, or those in an authority's jurisdiction. */
export async function renewalsDue(
  db: Kysely<DB>,
  caller: Caller,
  today: string,
): Promise<{ asOf: string; horizonDays: number; items: RenewalDueItem[] }> {
  const until = fromEpochDay(toEpochDay(today) + RENEWAL_DUE_DAYS);
  let entries: RenewableEntry[] = [];
  if (caller?.role === 'institution_staff' && caller.institutionId)
    entries = await entriesEndingBetween(db, { institutionId: caller.institutionId }, today, until);
  else if (caller?.role === 'authority_staff' && caller.jurisdictionCode)
    entries = await entriesEndingBetween(
      db,
      { jurisdictionPrefix: jurisdictionPrefix(caller.jurisdictionCode) },
      today,
      until,
    );
  const reminders = await remindersOf(
    db,
    entries.map((e) => e.id),
  );
  const names = await occupationNames(db, [
    ...new Set(entries.flatMap((e) => e.occupations.map((o) => o.code))),
  ]);
  const items: RenewalDueItem[] = [];
  for (const e of entries) {
    const status = await renewalStatusOf(db, e.id);
    const c = status.caseId ? await findCase(db, status.caseId) : undefined;
    items.push({
      entryId: e.id,
      institutionId: e.institutionId,
      institutionName: e.institutionName,
      institutionKind: e.institutionKind,
      jurisdictionCode: e.jurisdictionCode,
      filingCode: e.filingCode,
      validFrom: e.validFrom,
      validTo: e.validTo!,
      daysLeft: toEpochDay(e.validTo!) - toEpochDay(today),
      occupations: e.occupations.map((o) => ({
        code: o.code,
        name: names[o.code] ?? null,
        levels: o.levels,
      })),
      reminders: reminders
        .filter((r) => r.entryId === e.id && r.validTo === e.validTo)
        .map((r) => ({ daysBefore: r.daysBefore, sentOn: r.sentOn })),
      renewal: { ...status, caseState: c?.state ?? null, referenceNo: c?.referenceNo ?? null },
    });
  }
  return { asOf: today, horizonDays: RENEWAL_DUE_DAYS, items };
}
