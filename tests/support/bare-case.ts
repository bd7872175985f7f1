// A case row written straight into the database, for tests that need a case to hang a directory entry
// or a document on without running its procedure (the procedures' own tests run them).
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/persistence/database.js';

export interface BareCase {
  procedure: string;
  referenceNo: string;
  institutionId: string;
  branchId?: string | null;
  authorityId: string;
  jurisdictionCode: string;
  /** Default 'filed'. */
  state?: string;
}

/** Inserts a submitted case in its final state and returns its id. */
export async function insertBareCase(db: Database, c: BareCase): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('cases')
    .values({
      id,
      procedure: c.procedure,
      reference_no: c.referenceNo,
      institution_id: c.institutionId,
      branch_id: c.branchId ?? null,
      authority_id: c.authorityId,
      jurisdiction_code: c.jurisdictionCode,
      parent_case_id: null,
      state: c.state ?? 'filed',
      awaiting: null,
      snapshot: '{}',
      submitted_at: new Date(),
      closed_at: null,
      valid_from: null,
      valid_to: null,
      created_by: null,
    })
    .execute();
  return id;
}
