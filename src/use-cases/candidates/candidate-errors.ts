// The refusals of the candidate use cases, with stable codes and Chinese messages. A refusal never quotes
// the document number, and of a ban only its last day and article (not who imposed it).
import { AppError } from '../../domain/errors.js';
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
