// Loads reference data on every start and, when the demo is on, the demo data set once
// (docs/reference-data.md). Called by the server at start-up and by `npm run cli -- seed`.
import type { Database } from '../database.js';
import { seedReference, upsertJurisdictions } from './reference.js';
import { DEMO_PREFECTURES } from './jurisdictions.js';
import { runOnce } from './seed-runs.js';
import { loadDemoOccupations } from './occupations-demo.js';
import { loadDemoOccupationStandards } from './occupation-standards.js';
import { loadDemoRegistry } from './demo/load-registry.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import { hashDemoPasswords, loadDemoAccounts } from './demo/load-accounts.js';
import { EMPLOYER_FILING_STEP, loadEmployerFilingDemo } from './demo/employer-filing.js';
import {
  loadWorldAuthorities,
  loadWorldImport,
  WORLD_AUTHORITIES_STEP,
  WORLD_IMPORT_STEP,
} from './demo/load-world.js';
import { OPEN_CASES_STEP, registerOpenCaseEmployers, runOpenCases } from './demo/open-cases.js';
import {
  FILED_INSTITUTIONS_STEP,
  registerFiledInstitutions,
  runFiledInstitutions,
} from './demo/filed-institutions.js';
import type { FileStore } from '../file-store.js';
import { registerSelected1x, runSelected1x, SELECTED_1X_STEP } from './demo/selected-1x.js';
import { EVALUATION_SESSIONS_STEP, runEvaluationSessionsDemo } from './demo/evaluation-sessions.js';
import { RESULTS_STEP, runResultsDemo } from './demo/results.js';
import { CANDIDATES_STEP, runCandidatesDemo } from './demo/candidates.js';
import { ISSUER_CODES_STEP, runIssuerCodesDemo } from './demo/issuer-codes.js';
import { CERTIFICATES_STEP, runCertificatesDemo } from './demo/certificates.js';
import { CERTIFICATE_HISTORY_STEP, runCertificateHistoryDemo } from './demo/certificate-history.js';
import { runVerificationDemo, VERIFICATION_STEP } from './demo/verification.js';
import { runViolationsDemo, VIOLATIONS_STEP } from './demo/violations.js';
import { COMPLAINTS_STEP, runComplaintsDemo } from './demo/complaints.js';
import { INSPECTIONS_STEP, runInspectionsDemo } from './demo/inspections.js';
import { runSupervisionGroundsDemo, SUPERVISION_GROUNDS_STEP } from './demo/supervision-grounds.js';
import { runVerifiersDemo, VERIFIERS_STEP } from './demo/verifiers.js';
import { ORDERED_EXITS_STEP, runOrderedExitsDemo } from './demo/ordered-exits.js';
import { RENEWAL_STEP, runRenewalDemo } from './demo/renewal.js';
import { REENTRY_BARS_STEP, runReentryBarsDemo } from './demo/reentry-bars.js';
import { runVoluntaryExitsDemo, VOLUNTARY_EXITS_STEP } from './demo/voluntary-exits.js';
import { LAPSE_STEP, runLapseDemo } from './demo/lapse.js';

export interface SeedOptions {
  demo: boolean;
  /** createPersonalDataProtector(masterKey) from src/identity/personal-data.ts. */
  personalData: PersonalDataProtector;
  /**
   * The living demo world on top of the demo registry (issue 10): ~150 imported filings across 15
   * provinces. The server and `npm run cli -- seed` load it; tests of one procedure leave it out.
   */
  world?: boolean;
  /**
   * Where the open demo cases keep their materials and documents (fileStoreFor(config)); with `world`,
   * the one-time step 'demo/open-cases' runs real procedures through the use cases (demo/open-cases.ts).
   */
  store?: FileStore;
}

/** Names of the one-time steps, in order; each is recorded in seed_runs when it has run. */
export const DEMO_STEPS = [
  'demo/occupations',
  'demo/occupation-standards',
  'demo/registry',
  'demo/accounts',
  EMPLOYER_FILING_STEP,
] as const;

/** The world's one-time steps, after DEMO_STEPS, when `world` is on. */
export const WORLD_STEPS = [WORLD_AUTHORITIES_STEP, WORLD_IMPORT_STEP] as const;

export interface SeedReport {
  /** One-time steps run by this call (empty when everything had already been loaded). */
  loaded: string[];
}

export async function seedAll(db: Database, opts: SeedOptions): Promise<SeedReport> {
  await seedReference(db);
  const loaded: string[] = [];
  if (!opts.demo) return { loaded };

  await db.transaction().execute((trx) => upsertJurisdictions(trx, DEMO_PREFECTURES));
  const hashes = (await db
    .selectFrom('seed_runs')
    .select('name')
    .where('name', '=', 'demo/accounts')
    .executeTakeFirst())
    ? []
    : await hashDemoPasswords();
  const steps: Record<(typeof DEMO_STEPS)[number], Parameters<typeof runOnce>[2]> = {
    'demo/occupations': loadDemoOccupations,
    'demo/occupation-standards': loadDemoOccupationStandards,
    'demo/registry': (trx) => loadDemoRegistry(trx, opts.personalData),
    'demo/accounts': (trx) => loadDemoAccounts(trx, hashes),
    [EMPLOYER_FILING_STEP]: loadEmployerFilingDemo,
  };
  for (const name of DEMO_STEPS) {
    if (await runOnce(db, name, steps[name])) loaded.push(name);
  }
  if (!opts.world) return { loaded };
  const world: Record<(typeof WORLD_STEPS)[number], Parameters<typeof runOnce>[2]> = {
    [WORLD_AUTHORITIES_STEP]: loadWorldAuthorities,
    [WORLD_IMPORT_STEP]: loadWorldImport,
  };
  for (const name of WORLD_STEPS) {
    if (await runOnce(db, name, world[name])) loaded.push(name);
  }
  // The procedures open their own transactions: the step is claimed first (so that two servers
  // starting together do not both run it), then run; a failure is reported and the demo goes on.
  const store = opts.store;
  const procedureStep = async (name: string, what: string, run: (store: FileStore) => Promise<unknown>) => {
    if (!store || !(await runOnce(db, name, async () => ({ claimed: 1 })))) return;
    try {
      await run(store);
      loaded.push(name);
    } catch (err) {
      console.warn(`${what}: ${(err as Error).message}`);
    }
  };
  await procedureStep(
    OPEN_CASES_STEP,
    '演示待办案件未能全部生成 / demo open cases incomplete',
    async (store) => {
      await registerOpenCaseEmployers(db);
      await runOpenCases(db, store);
    },
  );
  // The hand-made institutions described as filed, through their procedures (demo/filed-institutions.ts).
  await procedureStep(
    FILED_INSTITUTIONS_STEP,
    '演示已备案机构未能全部生成 / demo filed institutions incomplete',
    async (store) => {
      await registerFiledInstitutions(db, opts.personalData);
      await runFiledInstitutions(db, store, opts.personalData);
    },
  );
  // The 1+X organisation described as selected, through the 1+X selection (demo/selected-1x.ts).
  await procedureStep(
    SELECTED_1X_STEP,
    '演示 1+X 遴选未能完成 / demo 1+X selection incomplete',
    async (store) => {
      await registerSelected1x(db);
      await runSelected1x(db, store);
    },
  );
  // Evaluation sessions of the filed institutions, through the use cases (demo/evaluation-sessions.ts).
  if (opts.store && (await runEvaluationSessionsDemo(db, opts.personalData)))
    loaded.push(EVALUATION_SESSIONS_STEP);
  // Staff, candidates and results of the held sessions, which it closes (demo/results.ts).
  if (opts.store && (await runResultsDemo(db, opts.personalData))) loaded.push(RESULTS_STEP);
  // Candidates on the planned sessions and the evaluation-ban register (demo/candidates.ts).
  if (opts.store && (await runCandidatesDemo(db, opts.personalData))) loaded.push(CANDIDATES_STEP);
  // Issuer codes of every filed, selected or imported institution (demo/issuer-codes.ts).
  if (opts.store && (await runIssuerCodesDemo(db))) loaded.push(ISSUER_CODES_STEP);
  // Certificates issued from the closed demo sessions through the use case (demo/certificates.ts).
  if (opts.store && (await runCertificatesDemo(db, opts.personalData))) loaded.push(CERTIFICATES_STEP);
  // One of them declared invalid by the authority, for the public verification (demo/verification.ts).
  if (opts.store && (await runVerificationDemo(db, opts.personalData))) loaded.push(VERIFICATION_STEP);
  // Verifier organisations with keys and a few days of batch checks; one whose read rights guizhou
  // revoked with a deletion order (demo/verifiers.ts).
  if (opts.store && (await runVerifiersDemo(db, opts.personalData))) loaded.push(VERIFIERS_STEP);
  // Violation cases in every state, through the case use cases (demo/violations.ts).
  if (opts.store && (await runViolationsDemo(db, opts.store, opts.personalData)))
    loaded.push(VIOLATIONS_STEP);
  // Complaints and the lead ledger in every state, response requests and rectification orders, through the
  // use cases (demo/complaints.ts).
  if (opts.store && (await runComplaintsDemo(db, opts.store, opts.personalData)))
    loaded.push(COMPLAINTS_STEP);
  // Double-random inspections of guizhou: a finished round (published, one rectification) and a running
  // one, through the use cases (demo/inspections.ts).
  if (opts.store && (await runInspectionsDemo(db))) loaded.push(INSPECTIONS_STEP);
  // 1+X programme operations, the office's indicator set and a 2025 rating with one D under rectification,
  // each activity ground of 1x-exit §5 raised once (demo/supervision-grounds.ts).
  if (opts.store && (await runSupervisionGroundsDemo(db))) loaded.push(SUPERVISION_GROUNDS_STEP);
  // Ordered exits: a 1+X revocation completed, another opened from inst_sz's ground and left in its appeal
  // period; a Guizhou §15 termination ordered, notified and reported (demo/ordered-exits.ts).
  if (opts.store && (await runOrderedExitsDemo(db, opts.store))) loaded.push(ORDERED_EXITS_STEP);
  // Voluntary exits: a 1+X exit completed (3-year bar), one queued for the next intake, a Guizhou §13 exit in
  // its notice period (demo/voluntary-exits.ts).
  if (opts.store && (await runVoluntaryExitsDemo(db, opts.store))) loaded.push(VOLUNTARY_EXITS_STEP);
  // Certificates of 2023–2026 through the upload job (demo/certificate-history.ts).
  if (opts.store && (await runCertificateHistoryDemo(db))) loaded.push(CERTIFICATE_HISTORY_STEP);
  // Renewal due and decided (demo/renewal.ts): after the history is planned (its institutions stay out of
  // it) and before demo/lapse, whose run of today's daily job sends the due institution its reminder.
  if (opts.store && (await runRenewalDemo(db, opts.store, opts.personalData))) loaded.push(RENEWAL_STEP);
  // gz-rules §14: a Guizhou employer's selection ran out unrenewed, lapsed by the real daily job, with records
  // on its wrap-up list (demo/lapse.ts; after the certificate steps, so that its passed candidates stay open).
  if (opts.store && (await runLapseDemo(db, opts.store, opts.personalData))) loaded.push(LAPSE_STEP);
  // 1x-exit §10: a login for a barred entity, to try the open recruitment call (demo/reentry-bars.ts; last).
  if (opts.store && (await runReentryBarsDemo(db))) loaded.push(REENTRY_BARS_STEP);
  return { loaded };
}
