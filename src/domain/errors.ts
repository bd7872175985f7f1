// Errors with a stable code and a Chinese title/detail, thrown by use-cases and rendered by the
// HTTP layer as problem+json (docs/api.md); where a use case has the words, an English twin
// (title_en/detail_en, a field's label_en/message_en) travels beside them. No stack trace ever reaches
// a response.

export interface FieldProblem {
  path: string;
  message: string;
  /** The field's name on the form, in Chinese, where the server knows it (never the identifier). */
  label?: string;
  /** The same name in English, where the English of the field's description is known. */
  label_en?: string;
  /** `message` in English, where the server has the words (a custom check may have only Chinese). */
  message_en?: string;
}

/**
 * The English twin of a problem's Chinese title and detail, for the reader of the English interface:
 * added to the problem+json beside `title` and `detail` (AppError's `extra`), never instead of them.
 */
export const english = (title_en: string, detail_en: string = title_en): Record<string, string> => ({
  title_en,
  detail_en,
});

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
