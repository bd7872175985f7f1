// The ledger's words in Chinese, for problem texts (the web has its own zh + en in features/leads/texts.ts).
import type { LeadOutcome, LeadSource, LeadStatus } from '../../persistence/schema.js';

export const STATUS_ZH: Record<LeadStatus, string> = {
  received: '已接收',
  triaged: '已分办',
  routed: '已转办',
  investigating: '核查中',
  answered: '已答复',
  closed: '已办结',
};
export const SOURCE_ZH: Record<LeadSource, string> = {
  complaint: '投诉举报',
  hotline: '监督咨询电话',
  letter: '信访件',
  certificate_platform: '证书信息管理服务平台',
  biweekly_report: '双周报',
  inspection: '监督检查',
  violation_detection: '系统发现的违规',
  data_access: '证书数据读取异常',
};
export const OUTCOME_ZH: Record<LeadOutcome, string> = {
  substantiated: '属实',
  not_substantiated: '不属实',
  duplicate: '重复线索（已合并）',
};
