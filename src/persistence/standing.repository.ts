// Where an institution — or one of its branches — stands in the registry: registered, active, suspended
// or exited (terminated or withdrawn). Read from one place, institutions.status and branches.status,
// which the violation procedures (mohrss-violations §13 suspension, §14 termination) and the exit
// procedures (1x-exit, gz-rules §13–16) set; every capability that must stop when an institution is
// suspended or gone (opening evaluation sessions, registering candidates, issuing certificates) reads
// its standing here, so a sanction imposed later takes effect there with no change to that code.
import type { Kysely } from 'kysely';
import type { DB, RegistryStatus } from './schema.js';

export interface Standing {
  institutionId: string;
  branchId: string | null;
  /**
   * The standing that governs: the branch's own status where a branch acts, but never better than its
   * institution's — a branch of a suspended or exited institution stands suspended or exited too
   * (the sanction falls on the institution, and a branch is part of it).
   */
  status: RegistryStatus;
  institutionStatus: RegistryStatus;
  branchStatus: RegistryStatus | null;
  /** GB/T 2260 code of where it is filed: the branch's jurisdiction where a branch acts, else the institution's. */
  jurisdictionCode: string;
  institutionName: string;
  branchName: string | null;
}

/** Worst first: exited outranks suspended, which outranks registered and active. */
const SEVERITY: Record<RegistryStatus, number> = { exited: 3, suspended: 2, registered: 1, active: 0 };
const worse = (a: RegistryStatus, b: RegistryStatus): RegistryStatus => (SEVERITY[a] >= SEVERITY[b] ? a : b);

/**
 * The standing of an institution, or of its branch `branchId` (undefined when the institution does not
 * exist or the branch is not one of its branches). Callers check scope before they read.
 */
export async function readStanding(
  db: Kysely<DB>,
  institutionId: string,
  branchId: string | null,
): Promise<Standing | undefined> {
  const inst = await db
    .selectFrom('institutions')
    .select(['id', 'name', 'status', 'jurisdiction_code'])
    .where('id', '=', institutionId)
    .executeTakeFirst();
  if (!inst) return undefined;
  if (branchId === null)
    return {
      institutionId,
      branchId: null,
      status: inst.status,
      institutionStatus: inst.status,
      branchStatus: null,
      jurisdictionCode: inst.jurisdiction_code,
      institutionName: inst.name,
      branchName: null,
    };
  const branch = await db
    .selectFrom('branches')
    .select(['id', 'name', 'status', 'jurisdiction_code'])
    .where('id', '=', branchId)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
  if (!branch) return undefined;
  return {
    institutionId,
    branchId,
    status: worse(branch.status, inst.status),
    institutionStatus: inst.status,
    branchStatus: branch.status,
    jurisdictionCode: branch.jurisdiction_code,
    institutionName: inst.name,
    branchName: branch.name,
  };
}
