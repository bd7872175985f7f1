// Showing the server's problems: title and detail as the server wrote them (Chinese), field problems
// on the form fields they name. The server is authoritative; the client only hints. In English a
// problem's Chinese title and detail are the server's words, not data: the server's English twins
// (title_en/detail_en, a field's label_en/message_en) where it sends them, else known problem codes in
// English (PROBLEMS_EN), any other by an English title for its status beside the server's detail.
import { Alert, App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { toApiError, type ApiError, type FieldProblem, type Problem } from './api';
import { useI18n, type Lang } from './i18n';

/** English title and detail of the problem codes a page meets when it loads or acts. */
const PROBLEMS_EN: Record<string, { title: string; detail: string }> = {
  NOT_FOUND: {
    title: 'Not found',
    detail: 'The record does not exist, or this account may not open it.',
  },
  GUIDE_NOT_FOUND: { title: 'Not found', detail: 'There is no guide for this procedure.' },
  FORBIDDEN: { title: 'Not allowed', detail: 'This account may not do this.' },
  AUTH_REQUIRED: { title: 'Please log in', detail: 'Your session has ended or you are not logged in.' },
  CSRF_FAILED: { title: 'Please try again', detail: 'The page was out of date; reload it and try again.' },
  VERSION_CONFLICT: {
    title: 'Changed by someone else',
    detail: 'Someone else has changed this record; reload the page and try again.',
  },
  DUPLICATE: { title: 'Already recorded', detail: 'The same record already exists.' },
  ALREADY_PUBLISHED: { title: 'Already published', detail: 'This has already been published.' },
  ALREADY_WITHDRAWN: { title: 'Already withdrawn', detail: 'This has already been withdrawn.' },
  CALL_NOT_OPEN: {
    title: 'The recruitment call is not open',
    detail: 'Applications to this recruitment call are not being accepted now.',
  },
  REVIEW_CLOSED: { title: 'Review closed', detail: 'The panel’s review of this case has ended.' },
  CHALLENGE_REQUIRED: {
    title: 'Verification required',
    detail: 'Please wait for the verification to finish and send the form again.',
  },
  CHALLENGE_FAILED: {
    title: 'Verification failed',
    detail: 'The verification did not succeed; please send the form again.',
  },
  RATE_LIMITED: { title: 'Too many requests', detail: 'Please wait a moment and try again.' },
};

const STATUS_EN: Record<number, string> = {
  400: 'The request could not be processed',
  401: 'Please log in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large',
  422: 'The data does not meet the requirements',
  429: 'Too many requests',
};

/**
 * The problem's title and detail in the page's language: as the server wrote them in Chinese; in
 * English by its code where known, else an English title for its status and the server's detail.
 */
export function problemText(p: Problem, lang: Lang): { title: string; detail: string } {
  if (lang !== 'en') return { title: p.title, detail: p.detail };
  const titleEn = p.extra?.title_en;
  const detailEn = p.extra?.detail_en;
  if (typeof titleEn === 'string' && titleEn)
    return { title: titleEn, detail: typeof detailEn === 'string' && detailEn ? detailEn : titleEn };
  const known = PROBLEMS_EN[p.code];
  if (known) return known;
  return { title: STATUS_EN[p.status] ?? 'Something went wrong', detail: p.detail };
}

type NamePath = (string | number)[];

/**
 * 'body.roles.0.level' → ['roles', 0, 'level']: the request part (body, querystring, params) and any
 * `strip` prefix (e.g. 'facts' for the rule evaluation form) are not form fields.
 */
export function fieldPath(path: string, strip: readonly string[] = []): NamePath {
  const parts = path.split('.').filter(Boolean);
  if (parts[0] === 'body' || parts[0] === 'querystring' || parts[0] === 'params') parts.shift();
  for (const p of strip) if (parts[0] === p) parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * The language the page is shown in, for code that runs outside a component (markFields in a submit
 * handler): the choice I18nProvider remembers (its storage key, web/src/app/i18n.tsx), Chinese
 * by default. Components pass useI18n's `lang` instead.
 */
function pageLang(): Lang {
  try {
    return localStorage.getItem('skillreg.lang') === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** A field problem's message in the page's language (the Chinese where the server has no English). */
export function fieldMessage(e: FieldProblem, lang: Lang = pageLang()): string {
  return lang === 'en' && e.message_en ? e.message_en : e.message;
}

/**
 * A field problem in words: the field's name as the server gives it and the message — never the
 * field's path, which is an identifier (issue 10 point 2); in English by the English name and message
 * (label_en, message_en) where the server sends them (issue 10 point 3).
 */
export function fieldProblemText(e: FieldProblem, lang: Lang = pageLang()): string {
  const message = fieldMessage(e, lang);
  if (lang === 'en' && e.label_en) return `${e.label_en}: ${message}`;
  return e.label ? `${e.label}${lang === 'en' ? ': ' : '：'}${message}` : message;
}

/**
 * Marks the form's fields named by the problem: the longest prefix of each path that is a field of
 * the form ('enterpriseCategories.0' marks the enterpriseCategories select). Returns the problems that
 * matched no field, so the caller can still show them (a problem must never vanish silently).
 */
export function markFields(
  form: FormInstance,
  problem: Problem,
  strip: readonly string[] = [],
  lang: Lang = pageLang(),
): string[] {
  const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const unmatched: string[] = [];
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const e of problem.errors ?? []) {
    const full = fieldPath(e.path, strip);
    let name: NamePath | null = null;
    for (let n = full.length; n > 0 && !name; n--) {
      if (registered.has(JSON.stringify(full.slice(0, n)))) name = full.slice(0, n);
    }
    if (!name) {
      unmatched.push(fieldProblemText(e, lang));
      continue;
    }
    const k = JSON.stringify(name);
    const entry = byField.get(k) ?? { name, errors: [] };
    entry.errors.push(fieldMessage(e, lang));
    byField.set(k, entry);
  }
  form.setFields([...byField.values()]);
  return unmatched;
}

/** A toast with the problem's title and detail. */
export function useProblemToast(): (err: unknown) => ApiError {
  const { notification } = App.useApp();
  const { lang } = useI18n();
  return useCallback(
    (err: unknown) => {
      const e = toApiError(err);
      const text = problemText(e.problem, lang);
      notification.error({ title: text.title, description: text.detail, placement: 'topRight' });
      return e;
    },
    [notification, lang],
  );
}

/**
 * The server's problem: its title, and its detail — except when every field problem is already shown
 * on its field, where repeating them would only be noise.
 */
export function ProblemAlert({ problem, extra }: { problem: Problem; extra?: string[] }) {
  const { t, lang } = useI18n();
  const text = problemText(problem, lang);
  const fieldCount = problem.errors?.length ?? 0;
  const allOnFields = fieldCount > 0 && extra !== undefined && extra.length === 0;
  // With field problems the detail only repeats them (and may name fields by their paths): the
  // problems not shown on a field are listed by name instead.
  const rest = extra ?? (problem.errors ?? []).map((e) => fieldProblemText(e, lang));
  const lines = (
    allOnFields ? [t('common.fixMarked')] : fieldCount > 0 ? rest : [text.detail, ...rest]
  ).filter((l, i, all) => l && all.indexOf(l) === i);
  return (
    <Alert
      type="error"
      showIcon
      title={text.title}
      description={lines.length > 1 ? lines.map((l) => <div key={l}>{l}</div>) : lines[0]}
      style={{ marginBottom: 16 }}
    />
  );
}
