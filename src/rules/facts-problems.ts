// Field problems for facts that fail their check's schema: the path (facts.occupations.0.code), the
// field's own label (from its .describe()) and what is wrong, in Chinese with the English twins beside
// them (label_en from facts-descriptions-en.ts, message_en) — so a form marks the field and names it in
// the reader's language.
import { z } from 'zod';
import type { FieldProblem } from '../domain/errors.js';
import { FACTS_DESCRIPTIONS_EN } from './facts-descriptions-en.js';
import { CUSTOM_MESSAGES_EN } from './custom-messages-en.js';

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

function nodeAt(schema: JsonSchema, path: PropertyKey[]): JsonSchema | undefined {
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
  return node;
}

function descriptionAt(schema: JsonSchema, path: PropertyKey[]): string | undefined {
  const node = nodeAt(schema, path);
  return (
    node?.description ??
    [...(node?.anyOf ?? []), ...(node?.oneOf ?? [])].find((b) => b.description)?.description
  );
}

/** A label is the description up to its first full-width colon (enum descriptions list their values after it). */
const labelOf = (description: string): string => description.split('：')[0]!;

/** The English label: the English description up to its first colon outside brackets. */
function labelEnOf(description: string): string | undefined {
  const en = FACTS_DESCRIPTIONS_EN[description];
  if (en === undefined) return undefined;
  let depth = 0;
  for (let i = 0; i < en.length; i++) {
    if (en[i] === '(') depth++;
    else if (en[i] === ')') depth = Math.max(0, depth - 1);
    else if (en[i] === ':' && depth === 0 && i > 0) return en.slice(0, i).trim();
  }
  return en.trim();
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

const TYPE_EN: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/** The English twin of message(); undefined where only the check's own (Chinese) words are left. */
function messageEn(issue: IssueLike): string | undefined {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Fields not allowed: ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_type':
      return issue.expected
        ? `Missing or of the wrong type: should be ${TYPE_EN[issue.expected] ?? issue.expected}`
        : 'Missing or of the wrong type';
    case 'too_small':
      return issue.minimum !== undefined
        ? `Must not be less than ${issue.minimum}`
        : 'Too small or too short';
    case 'too_big':
      return issue.maximum !== undefined
        ? `Must not be greater than ${issue.maximum}`
        : 'Too large or too long';
    case 'invalid_format':
      return 'Not in the expected format (dates as YYYY-MM-DD)';
    case 'invalid_value':
      return issue.values
        ? `Should be one of: ${issue.values.map(String).join(', ')}`
        : 'Not one of the allowed values';
    default:
      // A refinement's own words (superRefine / refine): their English from the one map.
      return CUSTOM_MESSAGES_EN[issue.message];
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
    const description = descriptionAt(json, issue.path);
    const label = description ? labelOf(description) : undefined;
    const label_en = description ? labelEnOf(description) : undefined;
    const message_en = messageEn(issue);
    return {
      path: ['facts', ...issue.path.map(String)].join('.'),
      message: message(issue),
      ...(label ? { label } : {}),
      ...(label_en ? { label_en } : {}),
      ...(message_en ? { message_en } : {}),
    };
  });
}
