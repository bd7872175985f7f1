// The violation pages' words, Chinese first with English beside them (the feature's own): the states of
// the procedure, whom a case concerns, how it came about, the documents the party receives, the outcomes
// of a data-access lead — never an identifier on screen.
type Pair = [zh: string, en: string];

/** The states of the procedure 'violation-case' (src/workflows/violation-case/machine.ts), in order. */
export const VIOLATION_STATES: [state: string, zh: string, en: string][] = [
  ['opened', '立案（现场记录签字确认）', 'Opened (on-site record: signatures and confirmation)'],
  ['investigating', '调查认定', 'Investigation and determination'],
  ['notice_served', '已告知，听取陈述申辩', 'Notice served: statement and defence'],
  ['decided', '已作出处理决定，待送达', 'Decided: to be served'],
  ['in_force', '处理决定已送达', 'Decision served'],
  ['review_requested', '复核中', 'Under review'],
  ['closed', '已归档', 'Archived'],
  ['dropped', '不予处理', 'Dropped without sanction'],
];
export const FINAL_STATES = new Set(['closed', 'dropped']);

export const SUBJECT: Record<string, Pair> = {
  candidate: ['参评人员', 'Candidate'],
  staff: ['工作人员', 'Staff member'],
  institution: ['评价机构', 'Institution'],
};

export const ORIGIN: Record<string, Pair> = {
  on_site: ['考场现场记录', 'On-site record'],
  after_event: ['评价活动结束后发现', 'Found after the evaluation'],
  inspection: ['监督检查', 'Inspection'],
  lead: ['问题线索', 'Lead'],
  complaint: ['投诉举报', 'Complaint'],
  other_authority: ['其他机关的处理结论', 'Another body’s decision'],
  data_access: ['证书数据读取异常', 'Abnormal data reading'],
  ground: ['监管依据', 'Ground raised from the data'],
};

export const DOCUMENT_KIND: Record<string, Pair> = {
  violation_notice: ['处理告知书', 'Notice of the proposed decision'],
  violation_decision: ['处理决定书', 'Decision'],
  review_decision: ['复核决定书', 'Review decision'],
};

export const STATEMENT_STAGE: Record<string, Pair> = {
  notice: ['陈述和申辩', 'Statement and defence'],
  review: ['申请复核', 'Request for review'],
};
export const STATEMENT_FORM: Record<string, Pair> = {
  online: ['在线提交', 'online'],
  paper: ['书面材料', 'on paper'],
};

export const REVIEW_OUTCOME: Record<string, Pair> = {
  upheld: ['维持原处理决定', 'Decision upheld'],
  varied: ['变更（减轻）原处理决定', 'Decision varied (lightened)'],
  revoked: ['撤销原处理决定', 'Decision revoked'],
};

export const ALERT_OUTCOME: Record<string, Pair> = {
  revoked: ['已取消读取权限并责令删除', 'Read rights revoked, deletion ordered'],
  case_opened: ['已立案处理', 'Case opened'],
  no_breach: ['经查无违规', 'No breach found'],
};

const ZH_DIGITS = '零一二三四五六七八九';

/** 十五 → 15, 二 → 2, 二十一 → 21 (the numbers of articles, items and paragraphs). */
function zhNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && ZH_DIGITS.includes(s) ? ZH_DIGITS.indexOf(s) : null;
  const tens = ten === 0 ? 1 : ZH_DIGITS.indexOf(s.slice(0, ten));
  const ones = s.slice(ten + 1) ? ZH_DIGITS.indexOf(s.slice(ten + 1)) : 0;
  return tens < 0 || ones < 0 ? null : tens * 10 + ones;
}

/**
 * An article cited in Chinese, in English: 第六条第（一）项 → §6(1), 第十五条第二款 → §15 ¶2, 第十一条 →
 * §11. A text that is not such a citation is given back as it is.
 */
export function citationEn(zh: string): string {
  const m =
    /^第([零一二三四五六七八九十\d]+)条(?:第（([零一二三四五六七八九十\d]+)）项)?(?:第([零一二三四五六七八九十\d]+)款)?$/.exec(
      zh.trim(),
    );
  if (!m) return zh;
  const article = zhNumber(m[1]!);
  const item = m[2] ? zhNumber(m[2]) : null;
  const paragraph = m[3] ? zhNumber(m[3]) : null;
  if (article === null) return zh;
  return `§${article}${item ? `(${item})` : ''}${paragraph ? ` ¶${paragraph}` : ''}`;
}

/** A charge's article code in English: 6(1) → §6(1), 15p2 → §15 ¶2, 11 → §11. */
export function chargeCodeEn(code: string): string {
  const m = /^(\d+)(?:\((\d+)\)|p(\d))?$/.exec(code);
  if (!m) return code;
  return `§${m[1]}${m[2] ? `(${m[2]})` : ''}${m[3] ? ` ¶${m[3]}` : ''}`;
}

/** The regulation the charges are articles of, in both languages (short). */
export const REGULATION: Pair = ['《技能人才评价违纪违规行为处理工作指引（试行）》', 'mohrss-violations'];

/** The sanctions of mohrss-violations in English (glossary names; src/rules/mohrss-violations/sanctions.ts). */
const SANCTION_EN: Record<string, string> = {
  score_cancellation: 'score cancellation',
  evaluation_ban: 'evaluation ban for a period',
  referral: 'referral to the competent authorities',
  result_invalidation: 'results declared invalid',
  certificate_data_handling: 'certificates and certificate data dealt with',
  work_ban: 'barred from evaluation work for the year',
  assessor_revocation: 'revocation of assessor card',
  institution_handling: 'dealt with by the institution under its rules',
  handling_per_regulations: 'dealt with under the relevant rules',
  interview: 'interview of the head',
  warning: 'warning',
  rectification: 'rectification order',
  suspension: 'suspension of evaluation during rectification',
  credit_blacklist: 'entry in the bad-credit register, made public',
  filing_termination: 'termination of filing',
  data_revocation: 'certificate data uploaded in breach withdrawn',
  data_access_revocation: 'certificate-data read rights revoked',
  data_deletion_order: 'order to delete the certificate data read',
  penalty_per_regulations: 'penalty under the relevant rules',
  circular: 'public criticism',
  scale_limit: 'scale restriction',
  funding_cut: 'funding deduction',
};

/**
 * Sanctions in English. The server's English may be the sanctions' identifiers joined by commas
 * ('score_cancellation, evaluation_ban'): they are named, never shown as codes.
 */
export function sanctionsEnglish(en: string | null | undefined): string | null {
  if (!en) return null;
  const codes = en.split(/,\s*/);
  if (!codes.every((c) => /^[a-z_]+$/.test(c))) return en;
  const words = codes.map((c) => SANCTION_EN[c] ?? c.replaceAll('_', ' '));
  const text = words.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
