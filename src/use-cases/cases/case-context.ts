// What every generic case use case is given: the database, the file store, the caller, the request id
// (for the audit rows), the procedures it may run (procedure-registry.ts, or a test's own list), the
// working-day calendar as stored, and — for tests — the current time.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../persistence/schema.js';
import type { FileStore } from '../../persistence/file-store.js';
import type { Actor, Caller } from '../../policies/actor.js';
import type { WorkingDayCalendar } from '../../calendar/calendar-data.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import type { UploadQuota } from '../../materials/quota.js';
import { AppError, english, notFound, type FieldProblem } from '../../domain/errors.js';
import {
  fieldLabelAt,
  fieldLabelEnAt,
  hasChinese,
  inputIssueMessage,
  inputIssueMessageEn,
  type InputIssue,
} from '../../domain/input-messages.js';
import { allParameters } from '../../rules/catalogue.js';
import { parameterLookupOf, type ParameterLookup } from '../../workflows/deadline.js';
import type { AnyProcedureModule } from '../workflow/procedure-module.js';
import { FORM_DESCRIPTIONS_EN } from './form-descriptions-en.js';
import { CUSTOM_MESSAGES_EN } from '../../rules/custom-messages-en.js';

export interface CaseContext {
  db: Kysely<DB>;
  store: FileStore;
  caller: Caller;
  requestId?: string | undefined;
  procedures: readonly AnyProcedureModule[];
  calendar: WorkingDayCalendar;
  /** Versions per checklist item and bytes per case (config uploadQuota); default DEFAULT_UPLOAD_QUOTA. */
  uploadQuota?: UploadQuota | undefined;
  /** Decrypts personal data for the deciding authority (objectors on the case's notice). */
  personalData?: PersonalDataProtector | undefined;
  now?: Date;
}

export function requireActor(ctx: CaseContext): Actor {
  if (!ctx.caller) throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先登录');
  return ctx.caller;
}

export function procedureOf(ctx: CaseContext, id: string): AnyProcedureModule {
  const m = ctx.procedures.find((p) => p.id === id);
  if (!m) throw notFound('申请事项');
  return m;
}

const catalogueParameters = parameterLookupOf(allParameters);
export const parametersOf = (m: AnyProcedureModule): ParameterLookup => m.parameters ?? catalogueParameters;

/**
 * The JSON schema of a form (z.toJSONSchema), as the web form renderer reads it: each Chinese
 * description with its English twin beside it (`description_en`, form-descriptions-en.ts).
 */
export function formSchema(schema: z.ZodType): Record<string, unknown> {
  return withEnglish(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) as Record<
    string,
    unknown
  >;
}

function withEnglish(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withEnglish);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = withEnglish(v);
  const en = typeof out.description === 'string' ? FORM_DESCRIPTIONS_EN[out.description] : undefined;
  if (en) out.description_en = en;
  return out;
}

/** Validates a form against its zod schema; 422 with the field problems (paths under `prefix`). */
const zhCN = z.locales.zhCN().localeError;
/** Plain Chinese for bounds and types ("不能为负数", "应为整数"); zod's own Chinese for the rest. */
const zhMessage: z.core.$ZodErrorMap = (issue) => inputIssueMessage(issue as InputIssue) ?? zhCN(issue);
/** The English twin; undefined (no twin) where only zod's own words, with their type names, are left. */
const enMessage: z.core.$ZodErrorMap = (issue) => inputIssueMessageEn(issue as InputIssue) ?? '';

export function parseForm<T>(schema: z.ZodType<T>, value: unknown, prefix: string, code: string): T {
  const r = schema.safeParse(value, { error: zhMessage });
  if (r.success) return r.data;
  // The same parse in English gives the same issues in the same order (a failed form is rare, so the
  // second pass costs nothing that matters).
  const en = schema.safeParse(value, { error: enMessage });
  const enIssues = en.success ? [] : en.error.issues;
  // Each problem names its field by the form's label in both languages (issue 10 points 2 and 3), the
  // path stays for the form to mark the field.
  const errors: FieldProblem[] = r.error.issues.map((i, n) => {
    const label = fieldLabelAt(schema, i.path);
    const label_en = label ? fieldLabelEnAt(schema, i.path, FORM_DESCRIPTIONS_EN) : undefined;
    const twin = enIssues[n];
    const message_en =
      twin && twin.message && !hasChinese(twin.message) && samePath(twin.path, i.path)
        ? twin.message
        : CUSTOM_MESSAGES_EN[i.message];
    return {
      path: [prefix, ...i.path.map(String)].join('.'),
      message: i.message,
      ...(label ? { label } : {}),
      ...(label_en ? { label_en } : {}),
      ...(message_en ? { message_en } : {}),
    };
  });
  throw new AppError(
    422,
    code,
    '数据不符合要求',
    `填写的内容不符合要求：${errors.map((e) => (e.label ? `${e.label}：${e.message}` : e.message)).join('；')}`,
    errors,
    english(
      'The data does not meet the requirements',
      `The form does not meet the requirements: ${errors.map(fieldProblemEn).join('; ')}`,
    ),
  );
}

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
  a.length === b.length && a.every((k, i) => String(k) === String(b[i]));

/** A field problem in English words, or its Chinese where the server has no English for a part. */
export function fieldProblemEn(e: FieldProblem): string {
  const message = e.message_en ?? e.message;
  return e.label_en ? `${e.label_en}: ${message}` : e.label ? `${e.label}：${message}` : message;
}
