// The public directory's answers (src/http/routes/directory.routes.ts): an entry as listed, and one
// entry as its public page shows it.
import type { DirectoryEntry } from '../cases/types';

/** Where an imported existing filing came from (存量导入): file, batch, date and row of the sheet. */
export interface ImportSource {
  batchId: string;
  fileName: string;
  importedOn: string;
  row: number | null;
}

export interface ListedEntry extends DirectoryEntry {
  /** null for an entry a case of this system published. */
  imported?: ImportSource | null;
  /** 暂停评价活动 (mohrss-violations §13): since when, and the rectification deadline. */
  suspension?: { startsOn: string; dueOn: string | null } | null;
}

export interface EntryBranch {
  entryId: string;
  name: string;
  filingCode: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  provinceName: string;
  validFrom: string;
  validTo: string | null;
}

export interface PublicDocument {
  id: string;
  kind: 'filing_receipt' | 'branch_filing_receipt' | 'publication_record';
  kind_zh: string;
  kind_en: string;
  number: string;
  title: string;
  issuedOn: string;
}

export interface DirectoryEntryDetail extends ListedEntry {
  procedure_zh: string;
  procedure_en: string;
  /** Today (China) as the server counts it: the demo clock may run ahead of the visitor's. */
  asOf: string;
  /** Days to the last day of validity: 0 ends today, negative ended; null open-ended. */
  daysLeft: number | null;
  decidedOn: string;
  branches: EntryBranch[];
  institutionEntry: { entryId: string; institutionName: string; filingCode: string } | null;
  documents: PublicDocument[];
}
