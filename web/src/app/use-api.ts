// Loads one GET resource for a component: data, error, loading and reload(). The previous data stays
// visible while a new request (other filters, next page) is on its way, so tables do not flicker.
import { useCallback, useEffect, useState } from 'react';
import { api, toApiError, type ApiError } from './api';

interface Loaded<T> {
  key: string | null;
  data?: T;
  error?: ApiError;
}

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** `path` null means "nothing to load yet". */
export function useApi<T>(path: string | null): ApiState<T> {
  const [nonce, setNonce] = useState(0);
  const key = path === null ? null : `${nonce}:${path}`;
  const [state, setState] = useState<Loaded<T>>({ key: null });

  useEffect(() => {
    if (path === null || key === null) return;
    const ctrl = new AbortController();
    api.get<T>(path, { signal: ctrl.signal }).then(
      (data) => setState({ key, data }),
      (err: unknown) => {
        if (!ctrl.signal.aborted) setState((prev) => ({ key, data: prev.data, error: toApiError(err) }));
      },
    );
    return () => ctrl.abort();
  }, [path, key]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return {
    data: state.data,
    error: state.key === key ? state.error : undefined,
    loading: key !== null && state.key !== key,
    reload,
  };
}
