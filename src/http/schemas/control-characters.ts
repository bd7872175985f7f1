// Control characters are never data (issue 9 point 2): NUL makes PostgreSQL refuse the text (a 500 before
// this check), the other C0 controls and DEL hide text on screen and in logs, and an unpaired surrogate
// is not valid UTF-8. Free text in a body may keep tab, line feed and carriage return; query strings
// and path parameters are single lines and may not. Used by the edge hook (input-hygiene.ts) on every
// request and by the schema helpers of common.schema.ts, so that both give the same answer.
/* eslint-disable no-control-regex -- finding control characters is the point */

/** What free text may not contain: C0 controls other than tab/LF/CR, DEL, unpaired surrogates. */
export const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\p{Cs}]/u;
/** What a single line (query value, path parameter, object key) may not contain: every C0 control too. */
export const FORBIDDEN_IN_LINE = /[\u0000-\u001F\u007F\p{Cs}]/u;

/** Matches a whole string that is free of the characters free text may not hold. */
export const PRINTABLE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\p{Cs}]*$/u;
/** Matches a whole single line: no control character at all. */
export const SINGLE_LINE = /^[^\u0000-\u001F\u007F\p{Cs}]*$/u;
export const PRINTABLE_MESSAGE = '含有不允许的控制字符';

export type TextKind = 'text' | 'line';

/**
 * The path of the first string (value or key) in `value` holding a forbidden character, or null.
 * Walks arrays and plain objects to `maxDepth` (JSON bodies are limited in size, not in depth).
 */
export function findControlCharacter(value: unknown, kind: TextKind, maxDepth = 64): string[] | null {
  const forbidden = kind === 'line' ? FORBIDDEN_IN_LINE : FORBIDDEN_IN_TEXT;
  const walk = (v: unknown, path: string[], depth: number): string[] | null => {
    if (typeof v === 'string') return forbidden.test(v) ? path : null;
    if (v === null || typeof v !== 'object' || depth > maxDepth) return null;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const hit = walk(v[i], [...path, String(i)], depth + 1);
        if (hit) return hit;
      }
      return null;
    }
    for (const [key, child] of Object.entries(v)) {
      if (FORBIDDEN_IN_LINE.test(key)) return [...path, key.replace(FORBIDDEN_IN_LINE, '�')];
      const hit = walk(child, [...path, key], depth + 1);
      if (hit) return hit;
    }
    return null;
  };
  return walk(value, [], 0);
}
