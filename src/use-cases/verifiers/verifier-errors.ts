// The problems of verifier organisations, keys and batch verification (issue 12 point 2): stable codes,
// Chinese title and detail, and their English twins for the English interface.
import { AppError, english } from '../../domain/errors.js';

export const problemOf = (
  status: number,
  code: string,
  zh: readonly [title: string, detail: string],
  en: readonly [title: string, detail: string],
  extra: Record<string, unknown> = {},
): AppError => new AppError(status, code, zh[0], zh[1], undefined, { ...english(en[0], en[1]), ...extra });

export const notFoundOf = (what: string, en: string): AppError =>
  problemOf(404, 'NOT_FOUND', ['未找到', `${what}不存在或无权访问`], ['Not found', en]);

export const verifierOnly = (): AppError =>
  problemOf(
    403,
    'VERIFIER_ONLY',
    ['仅限核验单位账号', '只有核验单位账号可以管理 API 密钥和批量核验'],
    ['Verifier accounts only', 'Only verifier accounts manage API keys and batch verification'],
  );

export const readRightsRevoked = (): AppError =>
  problemOf(
    403,
    'VERIFIER_READ_RIGHTS_REVOKED',
    [
      '证书数据读取权限已取消',
      '主管部门已取消本单位的证书数据读取权限（《职业技能等级认定违规行为处理办法》第十五条第二款）',
    ],
    [
      'Read rights revoked',
      'The authority revoked this organisation’s certificate-data read rights (§15 ¶2)',
    ],
  );

export const forbiddenTo = (zh: string, en: string): AppError =>
  problemOf(403, 'FORBIDDEN', ['无权操作', zh], ['Not allowed', en]);
