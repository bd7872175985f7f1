// Chinese field problems for facts that fail their check's schema: the path (facts.occupations.0.code),
// the field's own Chinese label (from its .describe()), and what is wrong — so a form marks the field.
import { z } from 'zod';
import type { FieldProblem } from '../domain/errors.js';

type JsonSchema = {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
}

function labelAt(schema: JsonSchema, path: PropertyKey[]): string | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of path) {
    if (!node) return undefined;
    const branches: JsonSchema[] = [node, ...(node.anyOf ?? []), ...(node.oneOf ?? [])];
    node = undefined;
    for (const b of branches) {
      const next = typeof key === 'number' ? b.items : b.properties?.[String(key)];
      if (next) {
        node = next;
        break;
      }
    }
  }
  const description =
    node?.description ??
    [...(node?.anyOf ?? []), ...(node?.oneOf ?? [])].find((b) => b.description)?.description;
  // A label is the description up to its first full-width colon (enum descriptions list their values after it).
  return description?.split('：')[0];
}

const TYPE_ZH: Record<string, string> = {
  number: '数字',
  string: '文本',
  boolean: '布尔值（true/false）',
  object: '对象',
  array: '数组',
};

function message(issue: IssueLike): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `不允许的字段：${(issue.keys ?? []).join('、')}`;
    case 'invalid_type':
      return issue.expected
        ? `缺少或类型错误，应为${TYPE_ZH[issue.expected] ?? issue.expected}`
        : '缺少或类型错误';
    case 'too_small':
      return issue.minimum !== undefined ? `不得小于 ${issue.minimum}` : '值过小或过短';
    case 'too_big':
      return issue.maximum !== undefined ? `不得大于 ${issue.maximum}` : '值过大或过长';
    case 'invalid_format':
      return '格式不正确（日期应为 YYYY-MM-DD）';
    case 'invalid_value':
      return issue.values ? `取值应为：${issue.values.map(String).join('、')}` : '取值不在允许范围内';
    default:
      return issue.message || '不符合要求';
  }
}

export function factsProblems(schema: z.ZodType, issues: readonly IssueLike[]): FieldProblem[] {
  let json: JsonSchema = {};
  try {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    json = {};
  }
  return issues.map((issue) => {
    const label = labelAt(json, issue.path);
    return {
      path: ['facts', ...issue.path.map(String)].join('.'),
      message: label ? `${label}：${message(issue)}` : message(issue),
    };
  });
}
