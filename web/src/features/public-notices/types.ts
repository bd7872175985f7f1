// What /api/v1/public-notices answers (src/use-cases/public-notice/notice-view.ts).
/** A notice's title, outcome … in the reader's language (the Chinese where no English was written). */
export const inLang = (tx: (zh: string, en: string) => string, zh: string, en: string | null): string =>
  tx(zh, en ?? zh);

export type NoticeStanding = 'open' | 'ended' | 'closed';

export interface NoticeSummary {
  id: string;
  procedure: string;
  title: string;
  /** The title in English (null on notices published before titles were translated). */
  title_en: string | null;
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
  outcome_en: string | null;
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
  /** The official text as published, in Chinese; summary_en says what it says in English. */
  body: string;
  summary_en: string | null;
  basis: {
    kind: 'parameter' | 'authority';
    parameterId: string | null;
    parameterName_zh: string | null;
    parameterName_en: string | null;
    reason: string | null;
  };
  explanation_zh: string;
  explanation_en: string | null;
  foundedCount: number;
  viewer: 'public' | 'applicant' | 'reader' | 'authority';
  caseId?: string;
  mayAnswer: boolean;
  objections?: ObjectionItem[];
}
