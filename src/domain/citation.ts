// A citation of the law: which text (short id from shared/seeds/README.md), which article, which item.
// Printed `gz-rules §6(5)` in English and 第六条第（五）项 in Chinese.

export const SOURCES = [
  'mohrss-filing',
  'mohrss-violations',
  '1x-selection',
  '1x-exit',
  'dept-pilot',
  'gz-rules',
] as const;
export type SourceId = (typeof SOURCES)[number];

export interface Citation {
  source: SourceId;
  /** Article number (第N条 → N), or the Chinese section numeral where the text numbers sections 一、二… */
  article: number | string;
  /** Item within the article: （五） → 5, or a section's sub-numeral such as '六'. */
  item?: number | string;
  /** A numbered point inside an item (1. 2. 3.), where the text has one. */
  point?: number;
}

export function formatCitation(c: Citation): string {
  const item = c.item === undefined ? '' : `(${c.item})`;
  const point = c.point === undefined ? '' : `.${c.point}`;
  return typeof c.article === 'number'
    ? `${c.source} §${c.article}${item}${point}`
    : `${c.source} ${c.article}${item}${point}`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1..99 → 一..九十九 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

export function formatCitationZh(c: Citation): string {
  const article = typeof c.article === 'number' ? `第${chineseNumeral(c.article)}条` : `${c.article}、`;
  const itemText =
    c.item === undefined ? '' : `第（${typeof c.item === 'number' ? chineseNumeral(c.item) : c.item}）项`;
  const point = c.point === undefined ? '' : `第${c.point}点`;
  return `${article}${itemText}${point}`;
}

/** Stable rule id from a citation: gz-rules/6/5 */
export function citationId(c: Citation): string {
  return [c.source, c.article, c.item, c.point].filter((p) => p !== undefined).join('/');
}
