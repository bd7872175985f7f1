// A Guizhou filing brought into the demo world for one story through the import of existing filings (the
// generated world leaves Guizhou out, and the named Guizhou institutions carry other stories): the exit
// demos (ordered and voluntary) each take their own, so that no story waits for another's institution.
import type { Database } from '../../database.js';
import { addCalendarDays } from '../../../calendar/calendar-days.js';
import { orgCodeCheckCharacter, usccCheckCharacter } from '../../../domain/uscc.js';
import { KIND_ZH } from '../../../use-cases/filings-import/columns.js';
import { importFilingsIn } from '../../../use-cases/filings-import/import-filings.js';
import { beijing } from './run-procedure.js';
import { worldCsv, type WorldRow } from './world.js';

export interface GuizhouDemoFiling {
  name: string;
  /** GB/T 2260 county code of the registration (the USCC's digits 3–8). */
  division: string;
  /** The USCC's organisation-code body (8 characters; its check character is computed). */
  body8: string;
  filingCode: string;
  /** Occupation code:levels, as the import sheet writes it. */
  scope: string;
  legalRepresentative: string;
  address: string;
  decisionDate: string;
  validFrom: string;
  validTo: string;
}

/** The import file the exit stories' Guizhou filings come from (named so the world's own counts leave them out). */
export const GUIZHOU_EXIT_DEMO_FILE = '贵州存量备案补录（演示数据）.csv';

/** Imports the filing (a social organisation filed with the provincial department) and returns it. */
export async function importGuizhouFiling(db: Database, today: string, org: GuizhouDemoFiling) {
  const first17 = `52${org.division}${org.body8}${orgCodeCheckCharacter(org.body8)}`;
  const row: WorldRow = {
    name: org.name, kind: KIND_ZH.social_org, uscc: first17 + usccCheckCharacter(first17), filingCode: org.filingCode,
    authority: '贵州省人力资源和社会保障厅', decisionDate: org.decisionDate, validFrom: org.validFrom, validTo: org.validTo,
    scope: org.scope, legalRepresentative: org.legalRepresentative, address: org.address,
  }; // prettier-ignore
  await db.transaction().execute((trx) =>
    importFilingsIn(trx, { caller: null, system: true, now: beijing(addCalendarDays(today, -30)) }, {
      fileName: GUIZHOU_EXIT_DEMO_FILE,
      bytes: new TextEncoder().encode(worldCsv([row])),
    }),
  ); // prettier-ignore
  return db.selectFrom('institutions').select(['id', 'name']).where('name', '=', org.name).executeTakeFirst();
}
