// What a branch's provincial filing case carries (mohrss-filing 一(十)5): the branch, the employer's
// ministry filing it rests on, the scope the branch evaluates (within the employer's), the province's
// technical review, the branch's own code, and the publication.
import type { ScopeEntry } from '../employer-filing/data.js';
import type { ReviewCorrectionData } from '../review-correction.js';

export interface BranchFilingData extends ReviewCorrectionData, Record<string, unknown> {
  /** The employer's ministry filing case. */
  parentCaseId: string;
  branch: { id: string; name: string; jurisdictionCode: string };
  /** Occupations × levels the branch evaluates: within the employer's filed scope. */
  scopes: ScopeEntry[];
  openedBy: 'applicant' | 'authority';
  submittedOn?: string;
  review?: { opinion: string; reviewedOn: string };
  filing?: { code: string; filedOn: string; parentFilingCode: string; parentReceiptNumber: string };
  refusal?: { reason: string; on: string };
  publication?: { publishedOn: string };
  withdrawal?: { on: string; reason: string | null };
}

/** The employer's ministry filing, as the branch's guards see it. */
export interface ParentFiling {
  caseId: string;
  state: string;
  institutionId: string;
  /** Assigned with the receipt (一(十)4); null before. */
  filingCode: string | null;
  /** The ministry filing receipt (备案回执), once issued. */
  receipt: { number: string; issuedOn: string } | null;
  scopes: ScopeEntry[];
}

export interface BranchFilingCtx {
  today: string;
  parent: ParentFiling | null;
  /** Catalogue names of the occupations a payload names (update_application). */
  occupations: Record<string, string>;
  /** file: the branch code allocated in the transaction. */
  filingCode?: string;
}
