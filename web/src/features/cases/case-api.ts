// The two case requests the shared API client cannot make as they are: a multipart upload, and an
// event whose refusal carries the rules' findings (the shared client keeps only the problem's standard
// fields). Both send the session's CSRF token, asked from /auth/me just before.
import { ApiError, api, type Problem } from '../../app/api';
import type { FindingView } from './types';

export class CaseActionError extends ApiError {
  constructor(
    problem: Problem,
    readonly findings: FindingView[],
  ) {
    super(problem);
  }
}

async function csrf(): Promise<string> {
  const me = await api.get<{ csrfToken: string }>('/auth/me');
  return me.csrfToken;
}

async function send<T>(path: string, init: { body: BodyInit; json: boolean }): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-csrf-token': await csrf() };
  if (init.json) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method: 'POST',
      headers,
      body: init.body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'NETWORK',
      title: '网络错误',
      detail: '无法连接服务器，请检查网络后重试',
    });
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (res.ok) return body as T;
  const p = (body ?? {}) as Partial<Problem> & { findings?: FindingView[] };
  throw new CaseActionError(
    {
      status: res.status,
      code: String(p.code ?? `HTTP_${res.status}`),
      title: String(p.title ?? '请求失败'),
      detail: String(p.detail ?? p.title ?? `服务器返回 ${res.status}`),
      ...(Array.isArray(p.errors) ? { errors: p.errors } : {}),
    },
    Array.isArray(p.findings) ? p.findings : [],
  );
}

export const sendCaseEvent = (
  caseId: string,
  event: string,
  body: { version: number; payload?: unknown; comment?: string },
) =>
  send<{ case: { version: number } }>(`/cases/${caseId}/events/${encodeURIComponent(event)}`, {
    body: JSON.stringify(body),
    json: true,
  });

export function uploadCaseMaterial(caseId: string, checklistItem: string, file: File, replaces?: string) {
  const form = new FormData();
  form.append('checklistItem', checklistItem);
  if (replaces) form.append('replaces', replaces);
  form.append('file', file, file.name);
  return send<{ id: string; version: number }>(`/cases/${caseId}/materials`, { body: form, json: false });
}
