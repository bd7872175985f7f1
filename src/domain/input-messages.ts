// What is wrong with an input value, in plain Chinese (issue 10 points 2 and 4): "不能为负数",
// "应为整数", "至少 2 个字" — never zod's "期望 number >=0" with its type names. Used for the forms of
// the procedures (parseForm) and for the API's request validation (src/http/problem.ts), so a bad
// number reads the same wherever it is refused. Pure: no I/O.
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

const TYPE_NAMES: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文字',
  boolean: '是或否',
  array: '列表',
  object: '一组字段',
  date: '日期',
};

function bound(v: number | bigint | string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** The Chinese message of an issue, or undefined when it has no better words than its own message. */
export function inputIssueMessage(issue: InputIssue): string | undefined {
  const min = bound(issue.minimum);
  const max = bound(issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.code) {
    case 'too_small':
      if (min === undefined) return '值过小';
      if (issue.origin === 'string') return min <= 1 ? '不能为空' : `至少 ${min} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return min <= 1 ? '至少填写一项' : `至少填写 ${min} 项`;
      if (min === 0) return inclusive ? '不能为负数' : '须大于 0';
      return inclusive ? `不能小于 ${min}` : `须大于 ${min}`;
    case 'too_big':
      if (max === undefined) return '值过大';
      if (issue.origin === 'string') return `不能超过 ${max} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多填写 ${max} 项`;
      return inclusive ? `不能大于 ${max}` : `须小于 ${max}`;
    case 'invalid_type': {
      // zod's error customizer sees the input; a missing field is "required", not "wrong type".
      // Elsewhere (fastify's copy of the issue) only zod's English message tells.
      if (
        'input' in issue
          ? issue.input === undefined || issue.input === null
          : /received undefined/.test(issue.message ?? '')
      )
        return '此项必填';
      if (issue.expected === 'int') return '应为整数';
      if (issue.expected === 'number' && typeof issue.input === 'number') return '应为有限的数字';
      const name = issue.expected ? TYPE_NAMES[issue.expected] : undefined;
      return name ? `应为${name}` : '类型不正确';
    }
    case 'not_multiple_of':
      return '数值不符合要求的精度';
    case 'invalid_format':
      return issue.format === 'date' ? '日期格式不正确（应为 YYYY-MM-DD）' : '格式不正确';
    case 'invalid_value':
      return '取值不在允许范围内';
    case 'unrecognized_keys':
      return `不允许的字段：${(issue.keys ?? []).join('、')}`;
    default:
      return undefined;
  }
}

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

/**
 * The Chinese name of the field at `path` of a form schema, from its description (`.describe()`), with
 * the position in a list as 第 N 项: ['scopes', 0, 'trainingVolume'] → "申报的职业（工种） 第 1 项 ·
 * 该职业（工种）培训规模（人次）". Undefined when the schema does not name it. A refusal names the
 * field this way, never by its identifier (issue 10 point 2).
 */
export function fieldLabelAt(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
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
      if (described) parts.push(shortLabel(described));
      else if (s) parts.push('');
    } else if (d?.type === 'array' && typeof p === 'number') {
      if (parts.length > 0) parts.push(`第 ${p + 1} 项`);
      s = d.element;
    } else return undefined;
    if (!s) return undefined;
  }
  const last = parts.at(-1);
  if (!last) return undefined;
  return parts.filter(Boolean).join(' · ');
}
