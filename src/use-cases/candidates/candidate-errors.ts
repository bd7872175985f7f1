// The refusals of the candidate use cases, with stable codes and Chinese messages. A refusal never quotes
// the document number, and of a ban only its last day and article (not who imposed it).
import { AppError, english } from '../../domain/errors.js';
import { formatCitationZh } from '../../domain/citation.js';
import { allRegimes } from '../../rules/catalogue.js';
import { findingView } from '../../rules/catalogue-view.js';
import type { Finding } from '../../rules/finding.js';

const regimeTitle = (source: string) => allRegimes.find((r) => r.source === source)?.title_zh ?? source;

export const refusalLines = (failed: readonly Finding[]): string =>
  failed
    .map(
      (f, i) =>
        `${failed.length > 1 ? `${i + 1}. ` : ''}${f.message_zh}（《${regimeTitle(f.citation.source)}》${formatCitationZh(f.citation)}）`,
    )
    .join('；');

export function candidateRefused(asOf: string, failed: readonly Finding[]): AppError {
  return new AppError(
    422,
    'CANDIDATE_REFUSED',
    '不能登记该考生',
    `不能登记该考生：${refusalLines(failed)}`,
    undefined,
    { check: 'candidate.registration', asOf, findings: failed.map(findingView) },
  );
}

export const sessionNotOpenForCandidates = (): AppError =>
  new AppError(
    409,
    'SESSION_NOT_PLANNED',
    '评价批次已结束',
    '该评价批次已关闭或已取消，不能再登记或撤回考生',
  );

export const alreadyRegistered = (withdrawn: boolean): AppError =>
  new AppError(
    409,
    'CANDIDATE_DUPLICATE',
    '考生已登记',
    withdrawn ? '该证件号码的考生已在本批次登记后撤回，不能再次登记' : '该证件号码的考生已在本批次登记',
  );

export const candidateNotRegistered = (): AppError =>
  new AppError(409, 'CANDIDATE_WITHDRAWN', '考生已撤回', '该考生已撤回');

export const refundExceedsCollected = (collectedFen: number, refundedFen: number): AppError =>
  new AppError(
    422,
    'REFUND_EXCEEDS_COLLECTED',
    '退费超过已收费用',
    `退费合计不得超过已收费用：已收 ${(collectedFen / 100).toFixed(2)} 元，已退 ${(refundedFen / 100).toFixed(2)} 元`,
    [{ path: 'body.amountFen', message: '退费合计不得超过已收费用' }],
  );

export const notASchool = (): AppError =>
  new AppError(
    403,
    'NOT_A_SCHOOL',
    '仅院校维护学籍名册',
    '学籍名册（贵州省遴选细则第五条第（一）项）仅由院校类评价机构维护',
  );

/**
 * 1x-exit §11 退出后不得参与…职业技能等级证书的相关活动; mohrss-violations §13 暂停评价活动 and §14 终止备案: a
 * session planned before its institution was suspended or exited takes no more candidates.
 */
export const institutionNotInStanding = (status: 'suspended' | 'exited', name: string): AppError =>
  new AppError(
    422,
    'CANDIDATE_REGISTRATION_REFUSED',
    '不得登记考生',
    status === 'suspended'
      ? `${name}正处于限期整改、暂停评价活动期间，不得登记考生（《技能人才评价违纪违规行为处理工作指引（试行）》第十三条）`
      : `${name}已终止备案或已退出，不得再登记考生（《技能人才评价违纪违规行为处理工作指引（试行）》第十四条；《职业教育培训评价组织及职业技能等级证书退出目录实施细则》第十一条）`,
    undefined,
    english(
      'Candidates may not be registered',
      status === 'suspended'
        ? 'The institution’s evaluations are suspended during its rectification (mohrss-violations §13).'
        : 'The institution has exited or its filing is terminated (mohrss-violations §14; 1x-exit §11).',
    ),
  );
