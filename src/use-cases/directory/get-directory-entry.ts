// One entry of the public directory, as its public page shows it: the entry (institution, kind, code,
// deciding authority, validity, scope, 1+X certificates, the import it came from), the procedure by
// name, the date of the decision, the days of validity left, the branches filed under it (or, for a
// branch, the institution's entry) and the published documents of the case that put it there (receipt,
// publication record — never the case's internal documents). An entry withdrawn by an exit stays
// readable with its ending (issue 15 point 7); any other withdrawn or unknown entry answers 404 like any
// other record out of reach.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { notFound } from '../../domain/errors.js';
import { findPublicEntry, type PublicEntry } from '../../persistence/directory.repository.js';
import {
  branchesOf,
  decidedOnOf,
  institutionEntryOf,
  entryKeysOf,
  publicDocumentsOf,
  type PublicBranch,
  type PublicDocument,
} from '../../persistence/directory-detail.repository.js';
import { DOCUMENT_KIND_EN, DOCUMENT_KIND_ZH } from '../../documents/decision-document.js';
import { toEpochDay } from '../../calendar/calendar-days.js';
import { chinaDate } from '../../workflows/deadline.js';
import { findProcedure } from '../workflow/procedure-registry.js';

export interface DirectoryEntryDetail extends PublicEntry {
  procedure_zh: string;
  procedure_en: string;
  /** Today in China, the day `current` and `daysLeft` are computed for. */
  asOf: string;
  /** Calendar days from today to the last day of validity (0: ends today; negative: ended); null: open-ended. */
  daysLeft: number | null;
  /** The decision's date: the receipt's date of issue, else the sheet's decision date or the publication's. */
  decidedOn: string;
  branches: PublicBranch[];
  /** For a branch's entry: the entry of the institution it belongs to. */
  institutionEntry: { entryId: string; institutionName: string; filingCode: string } | null;
  documents: (PublicDocument & { kind_zh: string; kind_en: string })[];
}

export async function getDirectoryEntry(
  db: Kysely<DB>,
  id: string,
  now: Date = new Date(),
): Promise<DirectoryEntryDetail> {
  const today = chinaDate(now);
  // A live entry, or one an exit withdrew (shown with how and when it ended: issue 15 point 7).
  const keys = await entryKeysOf(db, id);
  const e = keys && (await findPublicEntry(db, id, today));
  if (!keys || !e) throw notFound('目录条目');
  const [documents, branches, institutionEntry] = await Promise.all([
    publicDocumentsOf(db, keys),
    branchesOf(db, keys),
    institutionEntryOf(db, keys),
  ]);
  return {
    ...e,
    ...procedureName(e),
    asOf: today,
    daysLeft: e.validTo === null ? null : toEpochDay(e.validTo) - toEpochDay(today),
    decidedOn: decidedOnOf(documents) ?? e.publishedOn,
    branches,
    institutionEntry,
    documents: documents.map((d) => ({
      ...d,
      kind_zh: DOCUMENT_KIND_ZH[d.kind],
      kind_en: DOCUMENT_KIND_EN[d.kind],
    })),
  };
}

/** The procedure that decided the entry, by name; an imported filing was decided before SkillReg. */
function procedureName(e: PublicEntry): { procedure_zh: string; procedure_en: string } {
  if (e.imported)
    return {
      procedure_zh: '存量导入（本系统启用前作出）',
      procedure_en: 'Imported (decided before SkillReg)',
    };
  const m = findProcedure(e.procedure)?.machine;
  return m
    ? { procedure_zh: m.procedure_zh, procedure_en: m.procedure_en }
    : { procedure_zh: '备案/遴选', procedure_en: 'Filing or selection' };
}
