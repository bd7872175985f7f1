// What /api/v1/public-notices answers (src/use-cases/public-notice/notice-view.ts).
export type NoticeStanding = 'open' | 'ended' | 'closed';

export interface NoticeSummary {
  id: string;
  procedure: string;
  title: string;
  subjectName: string;
  authorityName: string;
  jurisdictionCode: string;
  publishedOn: string;
  startsOn: string;
  endsOn: string;
  periodDays: number;
  periodUnit: 'calendar_days' | 'working_days';
  standing: NoticeStanding;
  acceptsObjections: boolean;
  closedOn: string | null;
  outcome: string | null;
  objectionCount: number;
  answeredCount: number;
}

export interface ObjectionItem {
  id: string;
  seq: number;
  state: 'open' | 'answered';
  submittedOn: string;
  submitter: string;
  contact?: string;
  text: string;
  answer: string | null;
  finding: 'founded' | 'unfounded' | null;
  answeredAt: string | null;
}

export interface NoticeDetail extends NoticeSummary {
  body: string;
  basis: { kind: 'parameter' | 'authority'; parameterId: string | null; reason: string | null };
  explanation_zh: string;
  foundedCount: number;
  viewer: 'public' | 'applicant' | 'reader' | 'authority';
  caseId?: string;
  mayAnswer: boolean;
  objections?: ObjectionItem[];
}
