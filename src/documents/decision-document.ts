// Decision documents a procedure issues (受理通知书, 补正材料通知书, 备案回执, 公布记录 …): what each is
// called, how its number is written, and what a document says. Pure; rendering is render-decision-document.ts.
import type { Citation, SourceId } from '../domain/citation.js';

export const DOCUMENT_KINDS = [
  'acceptance_notice',
  'correction_request',
  'rejection_notice',
  'review_opinion',
  'panel_decision',
  'public_notice',
  'objection_reply',
  'filing_receipt',
  'branch_filing_receipt',
  'selection_result',
  'publication_record',
  'filing_cancellation',
  'violation_notice',
  'violation_decision',
  'review_decision',
  // issue 15: renewal and exit
  'renewal_decision',
  'exit_reply',
  'exit_opinion',
  'appeal_review_decision',
  'termination_notice',
  'ministry_report',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_ZH: Record<DocumentKind, string> = {
  acceptance_notice: '受理通知书',
  correction_request: '补正材料通知书',
  rejection_notice: '不予受理（不予备案）通知书',
  review_opinion: '专家评审意见',
  panel_decision: '评审组合议结论',
  public_notice: '公示',
  objection_reply: '异议答复',
  filing_receipt: '备案回执',
  branch_filing_receipt: '分支机构备案回执',
  selection_result: '遴选结果通知',
  publication_record: '公布记录',
  filing_cancellation: '取消备案决定书',
  violation_notice: '违纪违规行为处理告知书',
  violation_decision: '违纪违规行为处理决定书',
  review_decision: '复核决定书',
  renewal_decision: '续期决定书',
  exit_reply: '退出申请书面反馈',
  exit_opinion: '取消资格评议意见告知书',
  appeal_review_decision: '申诉复核决定书',
  termination_notice: '终止评价活动通知书',
  ministry_report: '机构退出情况备案报告',
};

/** The same names in English (the web app's English mode; the documents themselves are Chinese). */
export const DOCUMENT_KIND_EN: Record<DocumentKind, string> = {
  acceptance_notice: 'Notice of acceptance',
  correction_request: 'Request for correction',
  rejection_notice: 'Notice of non-acceptance (refusal)',
  review_opinion: 'Expert review opinion',
  panel_decision: 'Panel decision',
  public_notice: 'Public notice',
  objection_reply: 'Answer to an objection',
  filing_receipt: 'Filing receipt',
  branch_filing_receipt: 'Branch filing receipt',
  selection_result: 'Notice of the selection result',
  publication_record: 'Publication record',
  filing_cancellation: 'Decision cancelling the filing',
  violation_notice: 'Prior notice of a violation decision',
  violation_decision: 'Decision on a violation',
  review_decision: 'Review decision',
  renewal_decision: 'Renewal decision',
  exit_reply: 'Written answer to an exit application',
  exit_opinion: 'Notice of the review opinion on revocation',
  appeal_review_decision: 'Decision on the appeal review',
  termination_notice: 'Notice of termination of evaluation activities',
  ministry_report: 'Report of an exit to the ministry',
};

/** The texts' titles and 文号, for the 依据 line (shared/seeds/README.md). */
export const SOURCE_TITLES_ZH: Record<SourceId, string> = {
  'mohrss-filing': '《职业技能等级评价机构备案事项办理指南（试行）》（人社职司便函〔2021〕57号）',
  'mohrss-violations': '《技能人才评价违纪违规行为处理工作指引（试行）》（人社职司便函〔2021〕57号附件2）',
  '1x-selection': '《职业教育培训评价组织遴选与监督管理办法（试行）》',
  '1x-exit': '《职业教育培训评价组织及职业技能等级证书退出目录实施细则》',
  'dept-pilot': '《关于做好部门行业职业技能等级认定试点工作的通知》（中就培函〔2020〕41号）',
  'gz-rules': '《贵州省职业技能等级认定机构遴选及退出实施细则》',
};

export interface DecisionDocument {
  kind: DocumentKind;
  /** 发文字号, e.g. 黔人社评备受〔2026〕3号 (documentNumber()). */
  number: string;
  title: string;
  /** The issuing authority (发文机关), printed in red at the head and again above the date. */
  issuer: string;
  /** Date of issue, YYYY-MM-DD. */
  date: string;
  /** 主送: the applicant institution, printed once above the body; null for a 公示 or a 公布记录 (to all). */
  addressee: string | null;
  /** 正文, without the addressee line. */
  paragraphs: readonly string[];
  citations: readonly Citation[];
  /** An adverse decision's closing paragraph: the remedies, their periods and who hears them (remedies.ts). */
  remedies?: string;
  /** The case the document belongs to (printed as the 附注 below the date). */
  caseReference: string;
}

/**
 * 发文字号 under GB/T 9704-2012 §7.2.4: year in full inside 〔〕, sequence number without leading
 * zeros, followed by 号. Case reference numbers are padded to four digits (they sort and read as ids).
 */
export function documentNumber(prefix: string, year: number, seq: number, pad = 0): string {
  return `${prefix}〔${year}〕${String(seq).padStart(pad, '0')}号`;
}

/** 2026-03-02 → 2026年3月2日 (GB/T 9704-2012: Arabic numerals, no leading zeros). */
export function dateZh(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
