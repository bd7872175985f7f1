// The candidates of a session as an Excel file (issue 11 point 2): masked document numbers only, the
// fee totals beside each (1x-selection §24).
import { listSessionCandidates } from '../../persistence/candidates.repository.js';
import type { RegistryContext } from '../registry/registry-context.js';
import { sessionInScope } from './candidate-session.js';
import { rosterExport } from './roster-sheet.js';

const LEVEL_ZH = ['', '一级', '二级', '三级', '四级', '五级'];

export async function exportRoster(
  ctx: RegistryContext,
  sessionId: string,
): Promise<{ fileName: string; bytes: Buffer }> {
  const session = await sessionInScope(ctx, sessionId);
  const rows = await listSessionCandidates(ctx.db, session.id);
  const title = `${session.institutionName} · ${session.occupationName}${LEVEL_ZH[session.level]} · ${session.startsOn} 至 ${session.endsOn}`;
  return {
    fileName: `考生名单-${session.occupationName}-${session.startsOn}.xlsx`,
    bytes: await rosterExport(title, rows),
  };
}
