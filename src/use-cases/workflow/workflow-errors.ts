// The errors of the case workflow, with stable codes (docs/api.md) and Chinese messages.
import { AppError } from '../../domain/errors.js';
import type { Finding } from '../../rules/finding.js';

/** The event is not one the case's current state accepts (someone else moved it on, or it is closed). */
export const transitionNotAllowed = (detail: string): AppError =>
  new AppError(409, 'TRANSITION_NOT_ALLOWED', '当前状态不能办理该事项', detail);

/** A guard's rules found a condition unmet: the findings say which, citing their articles. */
export const guardFailed = (detail: string, findings: Finding[]): AppError =>
  new AppError(422, 'GUARD_FAILED', '不符合办理条件', detail, undefined, { findings });

export const materialsLocked = (stateLabel: string): AppError =>
  new AppError(
    409,
    'MATERIALS_LOCKED',
    '当前不能修改申请材料',
    `案件当前状态（${stateLabel}）不能上传或更换申请材料`,
  );

export const uploadRejected = (code: string, detail: string): AppError =>
  new AppError(422, code, '文件不符合要求', detail);
