// Showing the server's problems: title and detail as the server wrote them (Chinese), field problems
// on the form fields they name. The server is authoritative; the client only hints.
import { Alert, App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { toApiError, type ApiError, type FieldProblem, type Problem } from './api';
import { useI18n } from './i18n';

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
 * A field problem in words: the field's name as the server gives it and the message — never the
 * field's path, which is an identifier (issue 10 point 2).
 */
export function fieldProblemText(e: FieldProblem): string {
  return e.label ? `${e.label}：${e.message}` : e.message;
}

/**
 * Marks the form's fields named by the problem: the longest prefix of each path that is a field of
 * the form ('enterpriseCategories.0' marks the enterpriseCategories select). Returns the problems that
 * matched no field, so the caller can still show them (a problem must never vanish silently).
 */
export function markFields(form: FormInstance, problem: Problem, strip: readonly string[] = []): string[] {
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
      unmatched.push(fieldProblemText(e));
      continue;
    }
    const k = JSON.stringify(name);
    const entry = byField.get(k) ?? { name, errors: [] };
    entry.errors.push(e.message);
    byField.set(k, entry);
  }
  form.setFields([...byField.values()]);
  return unmatched;
}

/** A toast with the problem's title and detail. */
export function useProblemToast(): (err: unknown) => ApiError {
  const { notification } = App.useApp();
  return useCallback(
    (err: unknown) => {
      const e = toApiError(err);
      notification.error({ title: e.problem.title, description: e.problem.detail, placement: 'topRight' });
      return e;
    },
    [notification],
  );
}

/**
 * The server's problem: its title, and its detail — except when every field problem is already shown
 * on its field, where repeating them would only be noise.
 */
export function ProblemAlert({ problem, extra }: { problem: Problem; extra?: string[] }) {
  const { t } = useI18n();
  const fieldCount = problem.errors?.length ?? 0;
  const allOnFields = fieldCount > 0 && extra !== undefined && extra.length === 0;
  // With field problems the detail only repeats them (and may name fields by their paths): the
  // problems not shown on a field are listed by name instead.
  const rest = extra ?? (problem.errors ?? []).map(fieldProblemText);
  const lines = (
    allOnFields ? [t('common.fixMarked')] : fieldCount > 0 ? rest : [problem.detail, ...rest]
  ).filter((l, i, all) => l && all.indexOf(l) === i);
  return (
    <Alert
      type="error"
      showIcon
      title={problem.title}
      description={lines.length > 1 ? lines.map((l) => <div key={l}>{l}</div>) : lines[0]}
      style={{ marginBottom: 16 }}
    />
  );
}
