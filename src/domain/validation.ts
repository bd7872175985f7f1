// The result of validating a value from outside (a USCC, an ID number, an occupation code): either
// the normalised value, or a stable error code with a message in Chinese and English.
export type Validation<T> =
  { ok: true; value: T } | { ok: false; code: string; message_zh: string; message_en: string };

export const valid = <T>(value: T): Validation<T> => ({ ok: true, value });
export const rejected = <T = never>(code: string, message_zh: string, message_en: string): Validation<T> => ({
  ok: false,
  code,
  message_zh,
  message_en,
});
