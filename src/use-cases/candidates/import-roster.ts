// Imports a roster of candidates into a planned session (issue 11 point 2). Per row, not all-or-nothing
// (docs/decisions/0027): each row is registered through registerInSession — the same checks, findings,
// transaction and audit row as a single registration — so one banned person or one mistyped number
// does not hold back a class of two hundred; every row that is not registered is reported with its row,
// column and reason in Chinese. A document already registered on the session is reported as such and
// not registered twice, so importing the same file again changes nothing (idempotent).
import { AppError, forbidden } from '../../domain/errors.js';
import { candidatePolicy } from '../../policies/candidate.policy.js';
import { requireActor, type RegistryContext } from '../registry/registry-context.js';
import { sessionInScope } from './candidate-session.js';
import { sessionNotOpenForCandidates } from './candidate-errors.js';
import { institutionKindOf } from './registration-checks.js';
import { refuseUnlessInStanding, registerInSession } from './register-candidate.js';
import { documentTypeOf, readRoster, ROSTER_ZH, type RosterKey } from './roster-sheet.js';

export interface RosterReportRow {
  row: number;
  column: string | null;
  outcome: 'registered' | 'already_registered' | 'refused';
  reason: string | null;
}

export interface RosterReport {
  rows: number;
  registered: number;
  alreadyRegistered: number;
  refused: number;
  report: RosterReportRow[];
}

const columnOf = (path: string | undefined): string | null => {
  const key = path?.split('.').pop() as RosterKey | undefined;
  return key && key in ROSTER_ZH ? ROSTER_ZH[key] : null;
};

export async function importRoster(
  ctx: RegistryContext,
  sessionId: string,
  bytes: Uint8Array,
): Promise<RosterReport> {
  const actor = requireActor(ctx);
  const session = await sessionInScope(ctx, sessionId);
  if (!candidatePolicy.abilities(actor, { ...session, status: 'planned' }).register)
    throw forbidden('考生由开设评价批次的机构登记');
  if (session.status !== 'planned') throw sessionNotOpenForCandidates();
  await refuseUnlessInStanding(ctx, session);
  const sheet = await readRoster(bytes);
  if (sheet.fileProblem) throw new AppError(422, 'UPLOAD_INVALID', '文件不符合要求', sheet.fileProblem);
  const kind = await institutionKindOf(ctx.db, session.institutionId);

  const report: RosterReportRow[] = [];
  for (const { row, values } of sheet.rows) {
    const empty = (Object.keys(ROSTER_ZH) as RosterKey[]).find((k) => values[k] === '');
    if (empty) {
      report.push({ row, column: ROSTER_ZH[empty], outcome: 'refused', reason: `${ROSTER_ZH[empty]}未填写` });
      continue;
    }
    const docType = documentTypeOf(values.docType);
    if (!docType) {
      report.push({
        row,
        column: '证件类型',
        outcome: 'refused',
        reason: `证件类型“${values.docType}”不受支持`,
      });
      continue;
    }
    try {
      await registerInSession(
        ctx,
        session,
        kind,
        { name: values.name, docType, docNumber: values.docNumber },
        { name: 'name', docNumber: 'docNumber' },
      );
      report.push({ row, column: null, outcome: 'registered', reason: null });
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500) throw err;
      if (err.code === 'CANDIDATE_DUPLICATE') {
        report.push({ row, column: '证件号码', outcome: 'already_registered', reason: err.detail });
        continue;
      }
      const column =
        columnOf(err.errors?.[0]?.path) ?? (err.code === 'CANDIDATE_REFUSED' ? null : '证件号码');
      // Field messages start with their path ('docNumber：…'); the report names the column instead.
      const reason = err.errors?.[0]?.message ?? err.detail.replace(/^[a-zA-Z.]+：/, '');
      report.push({ row, column, outcome: 'refused', reason });
    }
  }
  const count = (o: RosterReportRow['outcome']) => report.filter((r) => r.outcome === o).length;
  return {
    rows: sheet.rows.length,
    registered: count('registered'),
    alreadyRegistered: count('already_registered'),
    refused: count('refused'),
    report,
  };
}
