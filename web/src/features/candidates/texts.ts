// The candidate pages' words, Chinese first with English beside them (the feature's own): statuses,
// document types, fee kinds and the columns the server names in its reports, never an identifier.
export const CANDIDATE_STATUS: Record<string, [zh: string, en: string]> = {
  registered: ['已登记', 'Registered'],
  withdrawn: ['已撤回', 'Withdrawn'],
};
export const STUDENT_STATUS: Record<string, [zh: string, en: string]> = {
  graduation_year: ['毕业年度', 'Graduation year'],
  all_courses_completed: ['全课程已结课', 'All courses completed'],
};
export const DOC_TYPES: Record<string, [zh: string, en: string]> = {
  resident_id: ['居民身份证', 'Resident identity card'],
  hk_macao_permit: ['港澳居民来往内地通行证', 'Mainland travel permit (Hong Kong, Macao)'],
  taiwan_permit: ['台湾居民来往大陆通行证', 'Mainland travel permit (Taiwan)'],
  passport: ['护照', 'Passport'],
  foreign_permanent_residence: ['外国人永久居留身份证', "Foreigner's permanent residence ID card"],
  hmt_residence_permit: ['港澳台居民居住证', 'Residence permit (Hong Kong, Macao, Taiwan)'],
};
export const FEE_KIND: Record<string, [zh: string, en: string]> = {
  collected: ['收费', 'Collected'],
  refunded: ['退费', 'Refunded'],
};
export const OUTCOME: Record<string, [zh: string, en: string]> = {
  registered: ['已登记', 'Registered'],
  already_registered: ['此前已登记', 'Already registered'],
  refused: ['未登记', 'Not registered'],
};
/** The report's column names (the server writes the template's Chinese headers). */
export const COLUMN_EN: Record<string, string> = {
  姓名: 'Name',
  证件类型: 'Document type',
  证件号码: 'Document number',
  全日制: 'Full-time',
  预计毕业年度: 'Graduation year',
  全课程已结课: 'All courses completed',
};
/** '7(4)' → 第七条第（四）项 / §7(4). */
export function banArticle(code: string, lang: string): string {
  const m = /^(\d)(?:\((\d)\))?$/.exec(code);
  if (!m) return code;
  const zh = ['', '一', '二', '三', '四', '五', '六', '七'];
  if (lang === 'en') return `§${code}`;
  return `第${zh[Number(m[1])]}条${m[2] ? `第（${zh[Number(m[2])]}）项` : ''}`;
}
export const yuan = (fen: number) => (fen / 100).toFixed(2);

/** English title and detail of this feature's own problem codes (the server writes them in Chinese). */
export const PROBLEMS_EN: Record<string, { title: string; detail: string }> = {
  CANDIDATE_REFUSED: {
    title: 'The candidate cannot be registered',
    detail: 'The conditions below are not met; each names its article.',
  },
  CANDIDATE_DUPLICATE: {
    title: 'Already registered',
    detail: 'A candidate with this document is already on this session (or was withdrawn from it).',
  },
  CANDIDATE_WITHDRAWN: { title: 'Already withdrawn', detail: 'This candidate has been withdrawn.' },
  SESSION_NOT_PLANNED: {
    title: 'The session has ended',
    detail: 'The session is closed or cancelled; candidates can no longer be registered or withdrawn.',
  },
  REFUND_EXCEEDS_COLLECTED: {
    title: 'Refund exceeds what was collected',
    detail: 'Refunds of a candidate together may not exceed the fees collected from them.',
  },
  NOT_A_SCHOOL: {
    title: 'Only schools keep a student register',
    detail: 'The student register (Guizhou selection rules §5(1)) is kept by schools only.',
  },
  UPLOAD_INVALID: {
    title: 'The file cannot be used',
    detail: 'Use the downloaded Excel template (.xlsx) with its header row unchanged.',
  },
};
