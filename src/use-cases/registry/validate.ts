// Validation of registry input beyond its JSON shape: codes with check characters (USCC, document
// numbers), references to reference data, and date order. Failures are 422 with a stable code and
// a Chinese message naming the field; a document number never appears in a message.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { invalid } from '../../domain/errors.js';
import { parseUscc } from '../../domain/uscc.js';
import { parseDocumentNumber, type DocumentNumber } from '../../domain/document-number.js';
import { findJurisdiction, missingOccupationCodes } from '../../persistence/reference.repository.js';

const fail = (code: string, path: string, message: string) =>
  invalid(code, `${path}：${message}`, [{ path, message }]);

export function checkUscc(input: string, path: string): string {
  const r = parseUscc(input);
  if (!r.ok) throw fail(r.code, path, r.message_zh);
  return r.value.code;
}

export function checkDocumentNumber(type: string, input: string, path: string, asOf: string): DocumentNumber {
  const r = parseDocumentNumber(type, input, { asOf });
  if (!r.ok) {
    // The validators' messages quote at most parts of a number (a region code, a birth date); the
    // whole number is never echoed back (security.md).
    const message =
      input.trim().length >= 5 ? r.message_zh.split(input.trim()).join('（号码略）') : r.message_zh;
    throw fail(r.code, path, message);
  }
  return r.value;
}

export async function checkJurisdiction(db: Kysely<DB>, code: string, path: string): Promise<string> {
  const j = await findJurisdiction(db, code);
  if (!j) throw fail('UNKNOWN_JURISDICTION', path, `行政区划代码“${code}”不存在`);
  return j.code;
}

export async function checkOccupations(db: Kysely<DB>, codes: string[], path: string): Promise<void> {
  const missing = await missingOccupationCodes(db, codes);
  if (missing.length > 0) {
    throw fail('UNKNOWN_OCCUPATION', path, `职业编码不在职业分类大典中：${missing.slice(0, 10).join('、')}`);
  }
}

/** `from` on or before `to` when both are given. */
export function checkDateOrder(from: string | null, to: string | null, path: string, what: string): void {
  if (from && to && from > to)
    throw fail('INVALID_DATE_RANGE', path, `${what}的开始日期 ${from} 晚于结束日期 ${to}`);
}

export { fail as invalidField };
