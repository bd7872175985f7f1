// Declares a mohrss-violations rule: in force from the issue of the text (2021-12-23, §24), cited by
// article, paragraph (款) and item as the text numbers them.
import { formatCitationZh, type Citation } from '../../domain/citation.js';
import { MOHRSS_VIOLATIONS_FROM } from '../../parameters/mohrss-violations.js';
import { defineRule, type RuleDefinition } from '../rule.js';

export const mv = (article: number, item?: number, paragraph?: number): Citation => ({
  source: 'mohrss-violations',
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(item === undefined ? {} : { item }),
});

export const violationRule = (
  id: string,
  citation: Citation,
  title_zh: string,
  title_en: string,
  parameters: readonly string[] = [],
): RuleDefinition =>
  defineRule({
    id: `mohrss-violations/${id}`,
    citation,
    title_zh,
    title_en,
    inForce: { from: MOHRSS_VIOLATIONS_FROM },
    parameters,
  });

/** '7(3)' → 第七条第（三）项, as the decision letter cites it. */
export const chargeZh = (code: string): string =>
  formatCitationZh({ source: 'mohrss-violations', ...parseCharge(code) });

/** '7(3)' → { article: 7, item: 3 }; '11' → { article: 11 }. */
export function parseCharge(code: string): { article: number; item?: number } {
  const m = /^(\d+)(?:\((\d+)\))?$/.exec(code);
  if (!m) throw new RangeError(`not a charge code: ${code}`);
  return m[2] === undefined ? { article: Number(m[1]) } : { article: Number(m[1]), item: Number(m[2]) };
}

/** 情节 where the text distinguishes it; absent = not yet determined by the authority. */
export const SEVERITY_ZH = { minor: '情节轻微', serious: '情节严重' } as const;
export type Severity = keyof typeof SEVERITY_ZH;

/** The charge codes of a facts enum (z.enum needs a non-empty tuple). */
export function codeList(codes: string[]): [string, ...string[]] {
  const [first, ...rest] = codes;
  if (first === undefined) throw new Error('empty charge list');
  return [first, ...rest];
}
