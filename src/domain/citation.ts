// A citation of the law: which text (short id from shared/seeds/README.md), which article, which item.
// Printed `gz-rules §6(5)` in English and 第六条第（五）项 in Chinese. Texts numbered by sections
// (mohrss-filing 一、二、, dept-pilot 一、…五、) cite the section numeral as the article: `mohrss-filing 二(七).2(4)`.

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
  /** Paragraph (款) of the article, where an article has several: mohrss-violations §15 ¶2 → 2. */
  paragraph?: number;
  /** Item within the article: （五） → 5, or a section's sub-numeral such as '六'. */
  item?: number | string;
  /** A numbered point inside an item (1. 2. 3.), where the text has one. */
  point?: number;
  /** A numbered sub-point inside a point ((1) (2) …), e.g. mohrss-filing 二(七).2(4). */
  subpoint?: number;
}

export function formatCitation(c: Citation): string {
  const paragraph = c.paragraph === undefined ? '' : ` ¶${c.paragraph}`;
  const item = c.item === undefined ? '' : `(${c.item})`;
  const point = c.point === undefined ? '' : `.${c.point}`;
  const subpoint = c.subpoint === undefined ? '' : `(${c.subpoint})`;
  return typeof c.article === 'number'
    ? `${c.source} §${c.article}${paragraph}${item}${point}${subpoint}`
    : `${c.source} ${c.article}${paragraph}${item}${point}${subpoint}`;
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

/** 一..九十九 → 1..99; undefined when the string is not a Chinese numeral. */
export function fromChineseNumeral(s: string): number | undefined {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return undefined;
  const [, a = '', ten = '', b = ''] = m;
  if (!ten) return a && !b ? DIGITS.indexOf(a) : undefined;
  return (a ? DIGITS.indexOf(a) : 1) * 10 + (b ? DIGITS.indexOf(b) : 0);
}

export function formatCitationZh(c: Citation): string {
  const isSection = typeof c.article === 'string';
  const article = typeof c.article === 'number' ? `第${chineseNumeral(c.article)}条` : c.article;
  // A section numeral is followed by 、 as the text writes it (二、); a named part (附件…) is not.
  const articleText =
    isSection && fromChineseNumeral(c.article as string) !== undefined ? `${article}、` : article;
  const paragraph = c.paragraph === undefined ? '' : `第${chineseNumeral(c.paragraph)}款`;
  const itemText =
    c.item === undefined ? '' : `第（${typeof c.item === 'number' ? chineseNumeral(c.item) : c.item}）项`;
  const point = c.point === undefined ? '' : `第${c.point}点`;
  const subpoint = c.subpoint === undefined ? '' : `第（${c.subpoint}）目`;
  return `${articleText}${paragraph}${itemText}${point}${subpoint}`;
}

/**
 * Stable ASCII rule id from a citation: gz-rules/6/5, mohrss-filing/2/7/2/4 (二(七).2(4)),
 * mohrss-violations/15/p2 (§15 ¶2). Chinese numerals become digits so ids are safe in URLs and files.
 */
export function citationId(c: Citation): string {
  const part = (p: number | string | undefined): string | undefined => {
    if (p === undefined || typeof p === 'number') return p === undefined ? undefined : String(p);
    const n = fromChineseNumeral(p);
    return n === undefined ? p : String(n);
  };
  return [
    c.source,
    part(c.article),
    c.paragraph === undefined ? undefined : `p${c.paragraph}`,
    part(c.item),
    part(c.point),
    part(c.subpoint),
  ]
    .filter((p) => p !== undefined)
    .join('/');
}

/** Two citations name the same provision. */
export function sameCitation(a: Citation, b: Citation): boolean {
  return citationId(a) === citationId(b);
}
