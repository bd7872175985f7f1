// problem+json (RFC 9457) rendering: a stable `code`, a Chinese `title`/`detail` (with the English
// twins `title_en`/`detail_en` where known), the request id.
// Never a stack trace (security.md "Input").
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError, type FieldProblem } from '../domain/errors.js';
import {
  fieldLabelAt,
  fieldLabelEnAt,
  inputIssueMessage,
  inputIssueMessageEn,
  type InputIssue,
} from '../domain/input-messages.js';
import { FORM_DESCRIPTIONS_EN } from '../use-cases/cases/form-descriptions-en.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance: string;
  requestId: string;
  errors?: FieldProblem[];
  [key: string]: unknown;
}

interface ZodIssueLike extends InputIssue {
  code?: string;
  path?: PropertyKey[];
  message?: string;
  keys?: string[];
  expected?: string;
}

// Chinese messages for zod's issue codes; field problems keep the path so a form can mark the field.
function issueMessage(issue: ZodIssueLike): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `不允许的字段：${(issue.keys ?? []).join('、')}`;
    case 'invalid_type':
      return inputIssueMessage(issue) ?? '类型错误或缺少必填项';
    case 'too_small':
    case 'too_big':
      // With the bound, in words: 不能为负数, 不能大于 100, 至少 2 个字 (issue 10 point 4).
      return inputIssueMessage(issue) ?? (issue.code === 'too_small' ? '值过小或过短' : '值过大或过长');
    case 'invalid_format':
      return '格式不正确';
    case 'invalid_value':
      return '取值不在允许范围内';
    case 'custom':
      return issue.message ?? '不符合要求';
    default:
      return issue.message ?? '不符合要求';
  }
}

/** The English twin of issueMessage; undefined where only the issue's own words are left. */
function issueMessageEn(issue: ZodIssueLike): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return inputIssueMessageEn(issue) ?? 'Wrong type or missing';
    case 'too_small':
    case 'too_big':
      return (
        inputIssueMessageEn(issue) ??
        (issue.code === 'too_small' ? 'Too small or too short' : 'Too large or too long')
      );
    case 'unrecognized_keys':
    case 'invalid_format':
    case 'invalid_value':
      return inputIssueMessageEn(issue);
    default:
      return undefined;
  }
}

/** The route's zod schema of the request part (body, querystring, params) that failed, if it has one. */
function schemaOf(request: FastifyRequest, part: string): z.ZodType | undefined {
  const schemas = request.routeOptions?.schema as Record<string, unknown> | undefined;
  const s = schemas?.[part];
  return s && typeof s === 'object' && '_zod' in s ? (s as z.ZodType) : undefined;
}

function fieldProblems(prefix: string, issues: ZodIssueLike[], schema?: z.ZodType): FieldProblem[] {
  return issues.map((i) => {
    const path = i.path ?? [];
    // The field by its name where the route's schema describes it (the same labels as the forms').
    const label = schema ? fieldLabelAt(schema, path) : undefined;
    const label_en = schema && label ? fieldLabelEnAt(schema, path, FORM_DESCRIPTIONS_EN) : undefined;
    const message_en = issueMessageEn(i);
    return {
      path: [prefix, ...path.map(String)].filter(Boolean).join('.'),
      message: issueMessage(i),
      ...(label ? { label } : {}),
      ...(label_en ? { label_en } : {}),
      ...(message_en ? { message_en } : {}),
    };
  });
}

/**
 * The request's path without its query string: a query may carry personal data (a searched name or
 * number), and neither an error body nor a log line repeats it (security.md "Personal data").
 */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

export function toProblem(err: unknown, request: FastifyRequest): Problem {
  const base = { type: 'about:blank', instance: pathOf(request.url), requestId: String(request.id) };
  if (err instanceof AppError) {
    return {
      ...base,
      status: err.status,
      code: err.code,
      title: err.title,
      detail: err.detail,
      ...(err.errors ? { errors: err.errors } : {}),
      ...(err.extra ?? {}),
    };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const part = err.validationContext ?? '';
    const errors = fieldProblems(
      part,
      err.validation.map((v) => ({
        ...(v.params as Record<string, unknown>),
        code: v.keyword,
        path: v.instancePath
          .split('/')
          .filter(Boolean)
          .map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
        message: v.message ?? '',
      })),
      schemaOf(request, part),
    );
    return {
      ...base,
      status: 400,
      code: 'VALIDATION_FAILED',
      title: '请求数据不符合要求',
      detail: errors.map((e) => `${e.label ?? e.path}：${e.message}`).join('；'),
      errors,
      title_en: 'The request data does not meet the requirements',
      detail_en: errors
        .map((e) => `${e.label_en ?? e.label ?? e.path}: ${e.message_en ?? e.message}`)
        .join('; '),
    };
  }
  if (isResponseSerializationError(err)) {
    request.log.error({ err: err.cause.issues }, 'response serialization failed');
    return {
      ...base,
      status: 500,
      code: 'INTERNAL',
      title: '服务器内部错误',
      detail: '服务器内部错误，请稍后再试',
    };
  }
  const fe = err as Partial<FastifyError>;
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status === 413)
    return {
      ...base,
      status,
      code: 'PAYLOAD_TOO_LARGE',
      title: '请求体过大',
      detail: '请求体超过允许的大小',
    };
  if (status === 415)
    return {
      ...base,
      status,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      title: '不支持的内容类型',
      detail: '请使用 application/json 提交数据',
    };
  if (fe.code === 'FST_ERR_BAD_URL')
    return {
      ...base,
      status: 400,
      code: 'BAD_URL',
      title: '请求地址格式错误',
      detail: '请求地址含有无法解码的字符',
    };
  if (fe.code === 'FST_ERR_MAX_PARAM_LENGTH' || status === 414)
    return {
      ...base,
      status: 414,
      code: 'URI_TOO_LONG',
      title: '请求地址过长',
      detail: '请求地址中的参数超过允许的长度',
    };
  if (
    fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    (status === 400 && err instanceof SyntaxError)
  )
    return {
      ...base,
      status: 400,
      code: 'BAD_REQUEST',
      title: '请求格式错误',
      detail: '请求体不是有效的 JSON',
    };
  if (status === 400)
    return { ...base, status, code: 'BAD_REQUEST', title: '请求格式错误', detail: '请求格式错误，无法处理' };
  if (status === 429)
    return {
      ...base,
      status,
      code: 'RATE_LIMITED',
      title: '请求过于频繁',
      detail: '请求过于频繁，请稍后再试',
    };
  if (status < 500) return { ...base, status, code: 'BAD_REQUEST', title: '请求无效', detail: '请求无效' };
  request.log.error({ err }, 'unhandled error');
  return {
    ...base,
    status: 500,
    code: 'INTERNAL',
    title: '服务器内部错误',
    detail: '服务器内部错误，请稍后再试',
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}
