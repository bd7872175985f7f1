// The verification page's words, Chinese first with English beside them: reason categories and the
// signature's problems by name, never the identifier.
import type { PayloadProblem, StatusReason } from './types';

export const REASON_TEXT: Record<StatusReason, [zh: string, en: string]> = {
  candidate_violation: ['持证人在评价中违纪违规', 'Misconduct by the holder in the evaluation'],
  staff_violation: ['评价工作人员违纪违规', 'Misconduct by evaluation staff'],
  institution_violation: ['评价机构违规', 'Violation by the evaluation institution'],
  data_error: ['超范围或错误上报的证书数据', 'Certificate data uploaded beyond scope or in error'],
  authority_decision: ['主管部门决定', 'Decision of the authority'],
};

export const PAYLOAD_PROBLEM_TEXT: Record<PayloadProblem, [zh: string, en: string]> = {
  malformed: ['二维码内容不是本平台的电子证书数据', 'The QR code does not hold a SkillReg e-certificate'],
  unknown_key: ['签名密钥不是本平台公布的密钥', 'Signed with a key the platform has not published'],
  key_not_valid_then: ['签名日期不在该密钥的有效期内', 'The key was not valid on the day it signed'],
  bad_signature: ['签名无效：内容已被改动或伪造', 'Invalid signature: the content was altered or forged'],
};
