// The problems a rectification's steps answer with (problem+json, Chinese first with its English twin).
import { AppError, english } from '../../domain/errors.js';

/** Bad input: 422 with the field named, nothing changed. */
export const rectificationInputProblem = (path: string, message: string, messageEn: string): AppError =>
  new AppError(
    422,
    'RECTIFICATION_INVALID',
    '数据不符合要求',
    message,
    [{ path, message, message_en: messageEn }],
    english('Invalid data', messageEn),
  );

/** The order is not in a state that allows the step (409). */
export const rectificationState = (detail: string, detailEn: string): AppError =>
  new AppError(
    409,
    'RECTIFICATION_STATE',
    '整改状态不允许此操作',
    detail,
    undefined,
    english('The rectification order does not allow this now', detailEn),
  );
