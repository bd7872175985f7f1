// One-time seed steps: a step runs in one transaction that first claims its name in seed_runs
// (0002). If the name is already there the step is skipped, so demo records that users have since
// edited or deleted are never brought back. Two servers starting together cannot both run a step:
// the second insert waits for the first transaction and then finds the name taken.
import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { DB } from '../schema.js';
import { writeAudit } from '../../audit/write-audit.js';

export async function runOnce(
  db: Database,
  name: string,
  step: (trx: Transaction<DB>) => Promise<Record<string, number>>,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('seed_runs')
      .values({ name })
      .onConflict((oc) => oc.column('name').doNothing())
      .returning('name')
      .executeTakeFirst();
    if (!claimed) return false;
    const counts = await step(trx);
    await writeAudit(
      trx,
      { caller: null, system: true },
      { entity: 'seed_run', entityId: name, action: 'load', after: counts },
    );
    return true;
  });
}
