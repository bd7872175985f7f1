// Errors with a stable code and a Chinese title/detail, thrown by use-cases and rendered by the
// HTTP layer as problem+json (docs/api.md). No stack trace ever reaches a response.

export interface FieldProblem {
  path: string;
  message: string;
  /** The field's name on the form, in Chinese, where the server knows it (never the identifier). */
  label?: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string = title,
    readonly errors?: FieldProblem[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(`${code}: ${detail}`);
  }
}

export const notFound = (what = '记录'): AppError =>
  new AppError(404, 'NOT_FOUND', '未找到', `${what}不存在或无权访问`);
export const versionConflict = (): AppError =>
  new AppError(409, 'VERSION_CONFLICT', '数据已被他人修改', '该记录已被其他人修改，请刷新后重试');
export const duplicate = (detail: string): AppError => new AppError(409, 'DUPLICATE', '记录重复', detail);
export const forbidden = (detail = '当前账号无权执行此操作'): AppError =>
  new AppError(403, 'FORBIDDEN', '无权操作', detail);
export const invalid = (code: string, detail: string, errors?: FieldProblem[]): AppError =>
  new AppError(422, code, '数据不符合要求', detail, errors);
