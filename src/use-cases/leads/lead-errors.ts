// The problems the ledger's steps answer with (problem+json, Chinese first with its English twin).
import { AppError, english } from '../../domain/errors.js';

/** Bad input: 422 with the field named, nothing changed. */
export const leadInputProblem = (path: string, message: string, messageEn: string): AppError =>
  new AppError(
    422,
    'LEAD_INVALID',
    '数据不符合要求',
    message,
    [{ path, message, message_en: messageEn }],
    english('Invalid data', messageEn),
  );

/** The lead is not in a state that allows the step (409). */
export const leadState = (detail: string, detailEn: string): AppError =>
  new AppError(
    409,
    'LEAD_STATE',
    '线索状态不允许此操作',
    detail,
    undefined,
    english('The lead does not allow this now', detailEn),
  );
