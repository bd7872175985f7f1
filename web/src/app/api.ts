// The one way the web app talks to the server: JSON over /api/v1 (docs/api.md). Sends the session's
// CSRF token on every state-changing request, turns problem+json answers into ApiError, and tells the
// auth context when the session has ended (401 AUTH_REQUIRED) so the user is sent back to the login page.

export interface FieldProblem {
  path: string;
  message: string;
  /** The field's name (Chinese) where the server knows it; the path is for marking the field only. */
  label?: string;
  /** The same name in English, and the message in English, where the server has them. */
  label_en?: string;
  message_en?: string;
}

/** An RFC 9457 problem as the server renders it (src/http/problem.ts); title and detail are Chinese. */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  errors?: FieldProblem[];
  requestId?: string;
  /** Any further members the server added to this problem (e.g. the findings a refused step rests on). */
  extra?: Record<string, unknown>;
}

const STANDARD_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'detail',
  'code',
  'instance',
  'requestId',
  'errors',
]);

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.code}: ${problem.detail}`);
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string {
    return this.problem.code;
  }
}

/** Paged list answer of every list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

let csrfToken: string | null = null;
let sessionEndedListener: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The auth context registers here; called when an API call answers 401 AUTH_REQUIRED. */
export function onSessionEnded(listener: (() => void) | null): void {
  sessionEndedListener = listener;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Do not treat a 401 as the end of the session (the initial "who am I" and the login itself). */
  quietUnauthorized?: boolean;
}

/** Paths are relative to /api/v1 unless they start with /api/ (e.g. /api/health). */
function url(path: string): string {
  return path.startsWith('/api/') ? path : `/api/v1${path}`;
}

function asProblem(status: number, body: unknown, statusText: string): Problem {
  if (body && typeof body === 'object' && 'code' in body && 'title' in body) {
    const p = body as Partial<Problem>;
    const extra = Object.fromEntries(Object.entries(body).filter(([k]) => !STANDARD_MEMBERS.has(k)));
    return {
      status,
      code: String(p.code),
      title: String(p.title),
      detail: String(p.detail ?? p.title),
      ...(Array.isArray(p.errors) ? { errors: p.errors } : {}),
      ...(p.requestId ? { requestId: String(p.requestId) } : {}),
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
    };
  }
  return { status, code: `HTTP_${status}`, title: '请求失败', detail: `服务器返回 ${status} ${statusText}` };
}

async function request<T>(
  method: string,
  path: string,
  body: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  // FormData (file uploads) goes as multipart with the boundary the browser sets; anything else as JSON.
  const multipart = typeof FormData !== 'undefined' && body instanceof FormData;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined && !multipart) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url(path), {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: multipart ? (body as FormData) : JSON.stringify(body) } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    throw new ApiError({
      status: 0,
      code: 'NETWORK',
      title: '网络错误',
      detail: '无法连接服务器，请检查网络后重试',
    });
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!res.ok) {
    const problem = asProblem(res.status, parsed, res.statusText);
    if (res.status === 401 && problem.code === 'AUTH_REQUIRED' && !opts.quietUnauthorized) {
      sessionEndedListener?.();
    }
    throw new ApiError(problem);
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body: unknown = {}, opts?: RequestOptions) => request<T>('POST', path, body, opts),
  patch: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>('PATCH', path, body, opts),
  put: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>('PUT', path, body, opts),
  delete: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, undefined, opts),
};

/** Query string from the defined, non-empty values: `?a=1&b=x`, or '' when there are none. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError({
    status: 0,
    code: 'CLIENT',
    title: '出错了',
    detail: err instanceof Error ? err.message : String(err),
  });
}
