// The refusals of the certificate use cases (issue 11 points 5, 7), with stable codes and Chinese messages.
import { AppError } from '../../domain/errors.js';
import { MAX_SERIAL } from '../../domain/certificate-number.js';

export const institutionCodeInvalid = (ministryFiled: boolean): AppError =>
  new AppError(
    422,
    'INSTITUTION_CODE_INVALID',
    '评价机构代码不正确',
    ministryFiled
      ? '该机构由人力资源社会保障部备案（遴选），证书编号第 2–5 位应为人力资源社会保障部赋予的 4 位评价机构代码（0001–9999）'
      : '该机构由省级部门备案（遴选），证书编号第 2–5 位评价机构代码为 0000',
  );

export const issuerCodeTaken = (issuerPrefix: string): AppError =>
  new AppError(
    409,
    'ISSUER_CODE_TAKEN',
    '机构序列码已被使用',
    `证书编号前 13 位 ${issuerPrefix} 已登记给另一评价机构（分支机构），同一省内机构序列码不得重复`,
  );

export const issuerCodeInUse = (): AppError =>
  new AppError(
    409,
    'ISSUER_CODE_IN_USE',
    '机构代码已用于编号',
    '已有证书按该机构代码编号，不能再更改（已颁发证书的编号不变）',
  );

export const serialsExhausted = (prefix: string, last: number, wanted: number): AppError =>
  new AppError(
    422,
    'CERTIFICATE_SERIALS_EXHAUSTED',
    '证书序列码已用尽',
    `证书编号前缀 ${prefix}（机构、年份、等级）已用到序列码 ${String(last).padStart(6, '0')}，` +
      `再颁发 ${wanted} 本将超过 ${MAX_SERIAL}；序列码不循环使用，请联系省级人力资源社会保障部门为该机构（站点）另行赋予机构序列码`,
  );

export const issuerCodeMissing = (detail: string): AppError =>
  new AppError(422, 'ISSUER_CODE_MISSING', '尚未登记证书编号的机构代码', detail);

export const sessionNotClosed = (status: string): AppError =>
  new AppError(
    409,
    'SESSION_NOT_CLOSED',
    '评价批次尚未关闭',
    status === 'cancelled'
      ? '该评价批次已取消，不颁发证书'
      : '评价批次关闭（成绩确定）后才能颁发证书，请先关闭评价批次',
  );

export const certificateStatusUnchanged = (status: string): AppError =>
  new AppError(
    409,
    'CERTIFICATE_STATUS_FINAL',
    '证书状态不能变更',
    status === 'invalidated'
      ? '该证书已被宣布无效'
      : status === 'withdrawn'
        ? '该证书已被撤销'
        : '证书状态未变化',
  );
