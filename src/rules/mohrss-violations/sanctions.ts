// The consequences the text prescribes, with one identifier each (design/glossary.md where it names
// them: score_cancellation, evaluation_ban, assessor_revocation, interview, warning, suspension,
// credit_blacklist, filing_termination). A sanction finding lists them in values.sanctions.
export const SANCTION_ZH = {
  score_cancellation: '取消评价成绩',
  evaluation_ban: '一定期限内不得参加评价',
  referral: '依据有关法律法规移送有关部门',
  result_invalidation: '宣布评价成绩无效',
  certificate_data_handling: '对已发放证书及已上网证书数据作出相应处理',
  work_ban: '取消当年参加评价工作的资格',
  assessor_revocation: '吊销考评人员证书',
  institution_handling: '由评价机构按有关规定作出相应处理',
  handling_per_regulations: '按有关规定作出相应处理',
  interview: '约谈主要负责人，听取陈述或承诺，提醒规范操作',
  warning: '警告',
  rectification: '限期整改',
  suspension: '限期整改期间暂停评价活动',
  credit_blacklist: '列入诚信不良档案并向社会公布',
  filing_termination: '终止备案',
  data_revocation: '撤销违规上传的证书数据',
  data_access_revocation: '取消证书数据读取权限',
  data_deletion_order: '责令删除已读取的证书数据',
  penalty_per_regulations: '依据相关规定进行处罚',
} as const;
export type Sanction = keyof typeof SANCTION_ZH;

/** The same consequences in English words (an English screen never shows the identifiers). */
export const SANCTION_EN: Record<Sanction, string> = {
  score_cancellation: 'results cancelled',
  evaluation_ban: 'barred from evaluations for a period',
  referral: 'referred to the competent authorities under the law',
  result_invalidation: 'results declared void',
  certificate_data_handling: 'issued certificates and their uploaded data dealt with',
  work_ban: 'barred from evaluation work for the year',
  assessor_revocation: 'assessor card revoked',
  institution_handling: 'handled by the institution under its rules',
  handling_per_regulations: 'handled under the relevant rules',
  interview: 'interview of the head: statement or commitment heard, reminded to comply',
  warning: 'warning',
  rectification: 'rectification within a deadline',
  suspension: 'evaluations suspended during the rectification',
  credit_blacklist: 'entered in the bad-credit register and published',
  filing_termination: 'filing terminated',
  data_revocation: 'wrongly uploaded certificate data withdrawn',
  data_access_revocation: 'certificate-data read rights withdrawn',
  data_deletion_order: 'ordered to delete the certificate data read',
  penalty_per_regulations: 'penalised under the relevant rules',
};

/** 'warning、限期整改 …' for messages. */
export const sanctionsZh = (s: readonly Sanction[]): string => s.map((x) => SANCTION_ZH[x]).join('，');
export const sanctionsEn = (s: readonly Sanction[]): string => s.map((x) => SANCTION_EN[x]).join(', ');
