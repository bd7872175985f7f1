// The wrap-up API's answers (src/use-cases/exits/wrap-up-actions.ts, wrap-up.ts): exits in scope, one exit
// with its checklist, the institution's current checklist.
import type { CitationObj } from '../rectifications/texts';

export type WrapUpItem =
  | 'fees_without_exam'
  | 'exams_without_certificates'
  | 'certificate_data_not_uploaded'
  | 'records_not_archived';

export interface WrapUpRecord {
  kind: string;
  id: string;
  label: string;
  label_en: string;
  date: string | null;
}

export interface WrapUpChecklistItem {
  item: WrapUpItem;
  title_zh: string;
  title_en: string;
  citations: CitationObj[];
  /** named: the article names the item; catch_all: under its "等…"; unwritten: the exit's text sets none. */
  basis: 'named' | 'catch_all' | 'unwritten';
  /** For catch_all: the article's closing words the item falls under. */
  openList: { zh: string; en: string }[];
  count: number;
  records: WrapUpRecord[];
  waiver: { reason: string; waivedBy: string | null; waivedAt: string } | null;
  cleared: boolean;
}

export interface WrapUpChecklist {
  clear: boolean;
  items: WrapUpChecklistItem[];
}

export interface ExitSummary {
  id: string;
  institutionId: string;
  institutionName: string;
  branchName: string | null;
  filingCode: string | null;
  regime: string;
  route: 'lapse' | 'voluntary' | 'ordered';
  scope: 'institution' | 'programmes' | 'occupations';
  programmeSeqs: number[];
  occupations: { occupationCode: string; level: number }[];
  institutionExited: boolean;
  authorityId: string;
  authorityName: string;
  terminatedOn: string;
  wrapUpDue: string | null;
  wrapUpCompletedOn: string | null;
  wrapUpStatus: 'open' | 'overdue' | 'completed';
  reason: string;
  citations: CitationObj[];
}

export interface ExitDetail extends ExitSummary {
  checklist: WrapUpChecklist;
  asOf: string;
  canDecide: boolean;
}

export interface ExitList {
  items: ExitSummary[];
  total: number;
  page: number;
  pageSize: number;
  asOf: string;
}

export type CurrentChecklist = WrapUpChecklist & {
  asOf: string;
  institutionId: string;
  institutionName: string;
};
