// One-time demo steps of the living demo world (issue 10 point 1): the provincial departments that
// decided the world's filings, then the register itself, imported through the same use case an
// operator runs (src/use-cases/filings-import) — so the directory marks every entry as imported from
// DEMO_WORLD_FILE, the registry follows, and the audit log holds the batch.
import type { Transaction } from 'kysely';
import type { DB } from '../../schema.js';
import { demoId } from './ids.js';
import { DEMO_WORLD_FILE, DEMO_WORLD_SEED, generateDemoWorld, WORLD_PROVINCES, worldCsv } from './world.js';
import { importFilingsIn } from '../../../use-cases/filings-import/import-filings.js';

export const WORLD_AUTHORITIES_STEP = 'demo/world-authorities' as const;
export const WORLD_IMPORT_STEP = 'demo/world-import' as const;

export async function loadWorldAuthorities(trx: Transaction<DB>): Promise<Record<string, number>> {
  const rows = await trx
    .insertInto('authorities')
    .values(
      WORLD_PROVINCES.map((p) => ({
        id: demoId('authority', `world-${p.code}`),
        name: p.authority,
        kind: 'provincial_hrss' as const,
        jurisdiction_code: p.code,
        industry: null,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return { authorities: rows.length };
}

export async function loadWorldImport(trx: Transaction<DB>): Promise<Record<string, number>> {
  const bytes = new TextEncoder().encode(worldCsv(generateDemoWorld(DEMO_WORLD_SEED)));
  const report = await importFilingsIn(
    trx,
    { caller: null, system: true },
    { fileName: DEMO_WORLD_FILE, bytes },
  );
  return {
    rows: report.rowsTotal,
    inserted: report.inserted,
    updated: report.updated,
    unchanged: report.unchanged,
  };
}
