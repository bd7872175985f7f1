// The shapes of the rectification API (src/use-cases/rectifications/rectification-lists.ts).
import type { CitationObj } from './texts';

export interface RectificationListItem {
  id: string;
  subject: string;
  source: string;
  sourceId: string;
  status: string;
  openedOn: string;
  deadline: string;
  reportedOn: string | null;
  verifiedOn: string | null;
  institutionName: string;
  authorityName: string;
  overdue: boolean;
  daysOverdue: number;
}

export interface EvidenceFile {
  sha256: string;
  name: string;
  mediaType: string;
  size: number;
}

export interface RectificationReport {
  id: string;
  seq: number;
  reportedOn: string;
  text: string;
  files: EvidenceFile[];
  verdict: string | null;
  verifiedOn: string | null;
  reason: string | null;
  newDeadline: string | null;
}

export interface RectificationDetail {
  id: string;
  as: 'authority' | 'institution';
  subject: string;
  source: string;
  sourceId: string;
  programmeSeq: number | null;
  status: string;
  openedOn: string;
  deadline: string;
  reportedOn: string | null;
  verifiedOn: string | null;
  outcome: string | null;
  institutionId: string;
  institutionName: string;
  authorityName: string;
  citations: CitationObj[];
  overdue: boolean;
  daysOverdue: number;
  asOf: string;
  reports: RectificationReport[];
}
