// Showing the server's problems: title and detail as the server wrote them (Chinese), field problems
// on the form fields they name. The server is authoritative; the client only hints.
import { Alert, App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { toApiError, type ApiError, type Problem } from './api';

type NamePath = (string | number)[];

/** 'body.roles.0.level' → ['roles', 0, 'level'] (the request part is not a form field). */
export function fieldPath(path: string): NamePath {
  const parts = path.split('.').filter(Boolean);
  if (parts[0] === 'body' || parts[0] === 'querystring' || parts[0] === 'params') parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Marks the form's fields named by the problem. Returns the problems that matched no field, so the
 * caller can still show them (a field the form does not have must not vanish silently).
 */
export function markFields(form: FormInstance, problem: Problem, knownFields?: readonly string[]): string[] {
  const unmatched: string[] = [];
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const e of problem.errors ?? []) {
    const name = fieldPath(e.path);
    const top = name[0];
    if (name.length === 0 || (knownFields && typeof top === 'string' && !knownFields.includes(top))) {
      unmatched.push(e.path ? `${e.path}：${e.message}` : e.message);
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

export function ProblemAlert({ problem, extra }: { problem: Problem; extra?: string[] }) {
  const lines = [problem.detail, ...(extra ?? [])].filter((l, i, all) => l && all.indexOf(l) === i);
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
