// Reference data upserted on every start: jurisdictions and skill levels. Upserting (rather than
// loading once) lets a corrected name or source in a later release reach existing installations.
import type { Database } from '../database.js';
import type { JurisdictionsTable } from '../schema.js';
import { REFERENCE_JURISDICTIONS } from './jurisdictions.js';
import { SKILL_LEVELS } from './skill-levels.js';

export async function upsertJurisdictions(db: Database, rows: JurisdictionsTable[]): Promise<void> {
  await db
    .insertInto('jurisdictions')
    .values(rows)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        level: eb.ref('excluded.level'),
        parent_code: eb.ref('excluded.parent_code'),
        source: eb.ref('excluded.source'),
      })),
    )
    .execute();
}

export async function seedReference(db: Database): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Parents first: the national row, then provinces that point at it.
    await upsertJurisdictions(trx, REFERENCE_JURISDICTIONS.slice(0, 1));
    await upsertJurisdictions(trx, REFERENCE_JURISDICTIONS.slice(1));
    await trx
      .insertInto('skill_levels')
      .values(SKILL_LEVELS)
      .onConflict((oc) =>
        oc.column('level').doUpdateSet((eb) => ({
          name_zh: eb.ref('excluded.name_zh'),
          title_zh: eb.ref('excluded.title_zh'),
          name_en: eb.ref('excluded.name_en'),
        })),
      )
      .execute();
  });
}
