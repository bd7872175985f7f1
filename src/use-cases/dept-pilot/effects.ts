// What the dept-pilot procedures write beside the state, in the same transaction: the organisation
// admitted to the pilot is published online with its scope (三（五）), and a branch filed locally is
// published as the organisation's branch (within the organisation's scope).
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { EffectContext } from '../workflow/procedure-module.js';
import { publishDirectoryEntry } from '../directory/publish-directory-entry.js';
import type { DeptPilotData, ScopeEntry } from '../../workflows/dept-pilot/data.js';
import type { BranchFilingData } from '../../workflows/dept-pilot/branch-machine.js';
import { DETERMINE, LOCAL_FILING, PILOT_SCOPE, PUBLICATION } from '../../workflows/dept-pilot/citations.js';

const scopesOf = (scope: readonly ScopeEntry[]) =>
  scope.flatMap((s) => s.levels.map((level) => ({ occupationCode: s.code, level })));

export async function deptPilotEffects(
  trx: Transaction<DB>,
  ctx: EffectContext<DeptPilotData>,
): Promise<void> {
  if (ctx.event !== 'approve') return;
  const d = ctx.data.decision;
  if (!d || d.outcome !== 'approved' || !d.code || !d.validFrom)
    throw new Error('dept-pilot: approve without a decision');
  await publishDirectoryEntry(trx, ctx, {
    institutionId: ctx.after.institutionId,
    caseId: ctx.after.id,
    procedure: ctx.after.procedure,
    regime: 'dept-pilot',
    filingCode: d.code,
    validFrom: d.validFrom,
    validTo: d.validTo,
    scopes: scopesOf(d.scope),
    authorityId: ctx.after.authorityId,
    citations: [ctx.data.track === 'department' ? DETERMINE : PILOT_SCOPE, PUBLICATION],
    publishedOn: ctx.today,
  });
}

export async function branchFilingEffects(
  trx: Transaction<DB>,
  ctx: EffectContext<BranchFilingData>,
): Promise<void> {
  if (ctx.event !== 'file') return;
  const d = ctx.data.decision;
  if (!d || d.outcome !== 'filed' || !d.code || !d.validFrom)
    throw new Error('dept-pilot-branch: file without a decision');
  await publishDirectoryEntry(trx, ctx, {
    institutionId: ctx.after.institutionId,
    branchId: ctx.after.branchId,
    caseId: ctx.after.id,
    procedure: ctx.after.procedure,
    regime: 'dept-pilot',
    filingCode: d.code,
    validFrom: d.validFrom,
    validTo: d.validTo,
    scopes: scopesOf(d.scope),
    authorityId: ctx.after.authorityId,
    citations: [LOCAL_FILING, PUBLICATION],
    publishedOn: ctx.today,
  });
}
