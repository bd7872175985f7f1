// The branches a caller may open a provincial filing for (mohrss-filing 一(十)5), for the branch filing
// form's picker: an employer's staff see their own branches; a provincial department sees the branches
// of employers seated in its province — each with whether its employer already holds the ministry
// receipt the branch files against. Everyone else has none.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { listFilingBranches } from '../../persistence/employer-filing.repository.js';
import { employerFilingMachine } from '../../workflows/employer-filing/machine.js';

export interface FilingBranchOption {
  id: string;
  /** 分支机构名称（用人单位名称）· 已取得部级备案回执 / 尚无部级备案回执 */
  label: string;
  name: string;
  institutionId: string;
  institutionName: string;
  jurisdictionCode: string;
  parentReceipt: string | null;
}

export async function listBranchesForFiling(db: Kysely<DB>, caller: Caller): Promise<FilingBranchOption[]> {
  const of =
    caller?.role === 'institution_staff' && caller.institutionId
      ? { institutionId: caller.institutionId }
      : caller?.role === 'authority_staff' &&
          caller.authorityKind === 'provincial_hrss' &&
          caller.jurisdictionCode
        ? { jurisdictionPrefix: caller.jurisdictionCode.slice(0, 2) }
        : null;
  if (!of) return [];
  const rows = await listFilingBranches(db, employerFilingMachine.id, of);
  return rows.map((b) => ({
    ...b,
    label: `${b.name}（${b.institutionName}）· ${b.parentReceipt ? `部级备案回执 ${b.parentReceipt}` : '尚无部级备案回执'}`,
  }));
}
