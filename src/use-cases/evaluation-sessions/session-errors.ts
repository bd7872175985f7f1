// The refusals of the evaluation-session use cases, with stable codes and Chinese messages.
import { AppError } from '../../domain/errors.js';
import { allRegimes } from '../../rules/catalogue.js';
import type { Finding } from '../../rules/finding.js';
import { formatCitationZh } from '../../domain/citation.js';
import { findingView } from '../../rules/catalogue-view.js';

const regimeTitle = (source: string) => allRegimes.find((r) => r.source === source)?.title_zh ?? source;

/**
 * The opening check found the session one the articles forbid: the message lists only the failed
 * findings, each with its article; the findings (values compared, citation) travel with the problem.
 */
export function sessionRefused(check: string, asOf: string, failed: readonly Finding[]): AppError {
  const lines = failed.map(
    (f, i) =>
      `${failed.length > 1 ? `${i + 1}. ` : ''}${f.message_zh}（《${regimeTitle(f.citation.source)}》${formatCitationZh(f.citation)}）`,
  );
  return new AppError(
    422,
    'SESSION_REFUSED',
    '不得开设该评价批次',
    `不得开设该评价批次：${lines.join('；')}`,
    undefined,
    { check, asOf, findings: failed.map(findingView) },
  );
}

const LEVEL_ZH = ['', '一级', '二级', '三级', '四级', '五级'];

/**
 * Missing reference data, not a legal judgement: the occupation's standard does not record which
 * subjects a session of the level consists of, and SkillReg does not invent them. The national and
 * provincial authorities keep the standards (reference.policy.ts); the message says so.
 */
export function subjectsNotRecorded(
  occupation: { code: string; name: string },
  level: number,
  standardTitle: string | null,
): AppError {
  const what = standardTitle
    ? `「${standardTitle}」尚未登记${LEVEL_ZH[level]}的评价科目`
    : '尚未登记国家职业技能标准（或评价规范）及其评价科目';
  return new AppError(
    422,
    'SUBJECTS_NOT_RECORDED',
    '职业标准未登记评价科目',
    `职业（工种）${occupation.code} ${occupation.name}${what}（理论知识考试、技能考核、综合评审），暂不能开设该等级的评价批次。` +
      '评价科目须由国家或省级人力资源社会保障部门（职业技能鉴定中心）在「职业标准」中按国家职业技能标准登记，登记后即可开设。',
  );
}

export const sessionNotPlanned = (status: string): AppError =>
  new AppError(
    409,
    'SESSION_NOT_PLANNED',
    '评价批次已结束',
    status === 'closed' ? '该评价批次已关闭，不能再关闭或取消' : '该评价批次已取消，不能再关闭或取消',
  );

export const sessionNotEnded = (endsOn: string, today: string): AppError =>
  new AppError(
    422,
    'SESSION_NOT_ENDED',
    '评价批次尚未结束',
    `评价批次的结束日期为 ${endsOn}，今天（${today}）尚未结束，不能关闭；如不再举行请取消`,
  );
