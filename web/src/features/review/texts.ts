// The words of the review pages (Chinese first, English beside).
import type { Recommendation } from './types';

export const RECOMMENDATION: Record<Recommendation, { zh: string; en: string; color: string }> = {
  approve: { zh: '通过', en: 'Approve', color: 'green' },
  reject: { zh: '不通过', en: 'Reject', color: 'red' },
  revise: { zh: '修改后再审', en: 'Revise', color: 'orange' },
};

export const MEMBER_STATUS: Record<string, { zh: string; en: string; color: string }> = {
  drawn: { zh: '抽中', en: 'Drawn', color: 'blue' },
  reserve: { zh: '备选', en: 'Reserve', color: 'default' },
  excluded: { zh: '回避', en: 'Excluded', color: 'red' },
};

export const REASON: Record<string, { zh: string; en: string }> = {
  employee: { zh: '申请单位职工', en: 'Employee of the applicant' },
  declared_conflict: { zh: '申报利益冲突', en: 'Declared conflict' },
  inactive: { zh: '已停用', en: 'Inactive' },
};
