// What is wrong with an input value, in plain Chinese (issue 10 points 2 and 4): "不能为负数",
// "应为整数", "至少 2 个字" — never zod's "期望 number >=0" with its type names. Used for the forms of
// the procedures (parseForm) and for the API's request validation (src/http/problem.ts), so a bad
// number reads the same wherever it is refused. Each message has its English twin
// (inputIssueMessageEn), and a field's name its English from the caller's map of descriptions
// (fieldLabelEnAt), so an English reader sees neither Chinese nor identifiers. Pure: no I/O.
import type { z } from 'zod';

/** The parts of a zod issue (or of fastify-type-provider-zod's copy of it) the message depends on. */
export interface InputIssue {
  code?: string | undefined;
  origin?: string | undefined;
  expected?: string | undefined;
  minimum?: number | bigint | string | undefined;
  maximum?: number | bigint | string | undefined;
  inclusive?: boolean | undefined;
  input?: unknown;
  keys?: string[] | undefined;
  format?: string | undefined;
  message?: string | undefined;
}

function bound(v: number | bigint | string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** The words of the messages in one language; the cases and the bounds are the same in both. */
interface Words {
  tooSmall: string;
  tooBig: string;
  notEmpty: string;
  minChars: (n: number) => string;
  maxChars: (n: number) => string;
  oneItem: string;
  minItems: (n: number) => string;
  maxItems: (n: number) => string;
  notNegative: string;
  aboveZero: string;
  notBelow: (n: number) => string;
  above: (n: number) => string;
  notAbove: (n: number) => string;
  below: (n: number) => string;
  required: string;
  integer: string;
  finite: string;
  typeNames: Record<string, string>;
  shouldBe: (typeName: string) => string;
  wrongType: string;
  precision: string;
  date: string;
  format: string;
  value: string;
  keys: (keys: string[]) => string;
}

const ZH: Words = {
  tooSmall: '值过小',
  tooBig: '值过大',
  notEmpty: '不能为空',
  minChars: (n) => `至少 ${n} 个字`,
  maxChars: (n) => `不能超过 ${n} 个字`,
  oneItem: '至少填写一项',
  minItems: (n) => `至少填写 ${n} 项`,
  maxItems: (n) => `最多填写 ${n} 项`,
  notNegative: '不能为负数',
  aboveZero: '须大于 0',
  notBelow: (n) => `不能小于 ${n}`,
  above: (n) => `须大于 ${n}`,
  notAbove: (n) => `不能大于 ${n}`,
  below: (n) => `须小于 ${n}`,
  required: '此项必填',
  integer: '应为整数',
  finite: '应为有限的数字',
  typeNames: {
    number: '数字',
    int: '整数',
    string: '文字',
    boolean: '是或否',
    array: '列表',
    object: '一组字段',
    date: '日期',
  },
  shouldBe: (name) => `应为${name}`,
  wrongType: '类型不正确',
  precision: '数值不符合要求的精度',
  date: '日期格式不正确（应为 YYYY-MM-DD）',
  format: '格式不正确',
  value: '取值不在允许范围内',
  keys: (keys) => `不允许的字段：${keys.join('、')}`,
};

const EN: Words = {
  tooSmall: 'Too small',
  tooBig: 'Too large',
  notEmpty: 'Must not be empty',
  minChars: (n) => `At least ${n} characters`,
  maxChars: (n) => `At most ${n} characters`,
  oneItem: 'Fill in at least one item',
  minItems: (n) => `Fill in at least ${n} items`,
  maxItems: (n) => `At most ${n} items`,
  notNegative: 'Must not be negative',
  aboveZero: 'Must be greater than 0',
  notBelow: (n) => `Must not be less than ${n}`,
  above: (n) => `Must be greater than ${n}`,
  notAbove: (n) => `Must not be greater than ${n}`,
  below: (n) => `Must be less than ${n}`,
  required: 'Required',
  integer: 'Must be a whole number',
  finite: 'Must be a finite number',
  typeNames: {
    number: 'a number',
    int: 'a whole number',
    string: 'text',
    boolean: 'yes or no',
    array: 'a list',
    object: 'a group of fields',
    date: 'a date',
  },
  shouldBe: (name) => `Must be ${name}`,
  wrongType: 'Wrong type',
  precision: 'Too many decimal places',
  date: 'Not a valid date (YYYY-MM-DD)',
  format: 'Not in the expected format',
  value: 'Not one of the allowed values',
  keys: (keys) => `Fields not allowed: ${keys.join(', ')}`,
};

function issueMessageIn(w: Words, issue: InputIssue): string | undefined {
  const min = bound(issue.minimum);
  const max = bound(issue.maximum);
  const inclusive = issue.inclusive !== false;
  const list = issue.origin === 'array' || issue.origin === 'set';
  switch (issue.code) {
    case 'too_small':
      if (min === undefined) return w.tooSmall;
      if (issue.origin === 'string') return min <= 1 ? w.notEmpty : w.minChars(min);
      if (list) return min <= 1 ? w.oneItem : w.minItems(min);
      if (min === 0) return inclusive ? w.notNegative : w.aboveZero;
      return inclusive ? w.notBelow(min) : w.above(min);
    case 'too_big':
      if (max === undefined) return w.tooBig;
      if (issue.origin === 'string') return w.maxChars(max);
      if (list) return w.maxItems(max);
      return inclusive ? w.notAbove(max) : w.below(max);
    case 'invalid_type': {
      // zod's error customizer sees the input; a missing field is "required", not "wrong type".
      // Elsewhere (fastify's copy of the issue) only zod's English message tells.
      if (
        'input' in issue
          ? issue.input === undefined || issue.input === null
          : /received undefined/.test(issue.message ?? '')
      )
        return w.required;
      if (issue.expected === 'int') return w.integer;
      if (issue.expected === 'number' && typeof issue.input === 'number') return w.finite;
      const name = issue.expected ? w.typeNames[issue.expected] : undefined;
      return name ? w.shouldBe(name) : w.wrongType;
    }
    case 'not_multiple_of':
      return w.precision;
    case 'invalid_format':
      return issue.format === 'date' ? w.date : w.format;
    case 'invalid_value':
      return w.value;
    case 'unrecognized_keys':
      return w.keys(issue.keys ?? []);
    default:
      return undefined;
  }
}

/** The Chinese message of an issue, or undefined when it has no better words than its own message. */
export const inputIssueMessage = (issue: InputIssue): string | undefined => issueMessageIn(ZH, issue);

/** The English twin of inputIssueMessage: the same cases, the same bounds, in words. */
export const inputIssueMessageEn = (issue: InputIssue): string | undefined => issueMessageIn(EN, issue);

/** Chinese characters: a message that has them is no English twin (a custom refinement's own words). */
export const hasChinese = (s: string): boolean => /[\u3400-\u9fff]/.test(s);

interface Def {
  type?: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}
const defOf = (s: z.ZodType | undefined): Def | undefined =>
  (s as unknown as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The field's own name from its description: the part before a colon or semicolon. */
function shortLabel(description: string): string {
  const cut = description.search(/[：:；;]/);
  return (cut > 0 ? description.slice(0, cut) : description).trim();
}

/** The field's own name from its English description: the part before a colon or semicolon outside brackets. */
function shortLabelEn(description: string): string {
  let depth = 0;
  for (let i = 0; i < description.length; i++) {
    const c = description[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if ((c === ':' || c === ';') && depth === 0 && i > 0) return description.slice(0, i).trim();
  }
  return description.trim();
}

/**
 * The names along `path` of a form schema (one per described field, 第 N 项 for a list position), in
 * the language `name` gives for a description; undefined when the field itself is not named.
 */
function labelParts(
  schema: z.ZodType,
  path: readonly PropertyKey[],
  name: (description: string) => string | undefined,
  position: (index: number) => string,
): string | undefined {
  const parts: string[] = [];
  let s: z.ZodType | undefined = schema;
  const unwrap = () => {
    for (let i = 0; i < 8 && s; i++) {
      const d = defOf(s);
      if (d?.innerType) s = d.innerType;
      else if (d?.type === 'pipe' && d.in) s = d.in;
      else break;
    }
  };
  for (const p of path) {
    unwrap();
    const d = defOf(s);
    if (d?.type === 'object' && typeof p === 'string') {
      s = d.shape?.[p];
      const described = s?.description;
      if (described) {
        const named = name(described);
        if (named === undefined) return undefined;
        parts.push(named);
      } else if (s) parts.push('');
    } else if (d?.type === 'array' && typeof p === 'number') {
      if (parts.length > 0) parts.push(position(p));
      s = d.element;
    } else return undefined;
    if (!s) return undefined;
  }
  const last = parts.at(-1);
  if (!last) return undefined;
  return parts.filter(Boolean).join(' · ');
}

/**
 * The Chinese name of the field at `path` of a form schema, from its description (`.describe()`), with
 * the position in a list as 第 N 项: ['scopes', 0, 'trainingVolume'] → "申报的职业（工种） 第 1 项 ·
 * 该职业（工种）培训规模（人次）". Undefined when the schema does not name it. A refusal names the
 * field this way, never by its identifier (issue 10 point 2).
 */
export function fieldLabelAt(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  return labelParts(schema, path, shortLabel, (i) => `第 ${i + 1} 项`);
}

/**
 * The same name in English, each description looked up in `english` (the Chinese description → its
 * English twin, e.g. FORM_DESCRIPTIONS_EN): "Occupations applied for · item 1 · Training volume".
 * Undefined unless every named part has its English — never half Chinese.
 */
export function fieldLabelEnAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
  english: Readonly<Record<string, string>>,
): string | undefined {
  return labelParts(
    schema,
    path,
    (d) => {
      const en = english[d];
      return en === undefined ? undefined : shortLabelEn(en);
    },
    (i) => `item ${i + 1}`,
  );
}
