// Counts from list endpoints: each is the `total` of a one-row page with a filter, so the numbers are
// exactly what the caller's list would show (same scope, same filters).
import { useEffect, useState } from 'react';
import { api, query, toApiError, type ApiError, type Page } from '../../app/api';

export interface Totals<K extends string> {
  totals: Partial<Record<K, number>>;
  errors: Partial<Record<K, ApiError>>;
  loading: boolean;
}

export function useTotals<K extends string>(
  requests: Record<K, { path: string; params?: Record<string, string | undefined> }>,
): Totals<K> {
  const signature = JSON.stringify(requests);
  const [state, setState] = useState<{
    signature: string;
    totals: Partial<Record<K, number>>;
    errors: Partial<Record<K, ApiError>>;
  } | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    const entries = Object.entries(
      JSON.parse(signature) as Record<K, { path: string; params?: Record<string, string> }>,
    ) as [K, { path: string; params?: Record<string, string> }][];
    Promise.all(
      entries.map(([key, r]) =>
        api
          .get<Page<unknown>>(`${r.path}${query({ ...r.params, page: 1, pageSize: 1 })}`, {
            signal: ctrl.signal,
          })
          .then(
            (p) => ({ key, total: p.total }),
            (err: unknown) => ({ key, error: toApiError(err) }),
          ),
      ),
    ).then((results) => {
      if (ctrl.signal.aborted) return;
      const totals: Partial<Record<K, number>> = {};
      const errors: Partial<Record<K, ApiError>> = {};
      for (const r of results) {
        if ('total' in r) totals[r.key] = r.total;
        else errors[r.key] = r.error;
      }
      setState({ signature, totals, errors });
    });
    return () => ctrl.abort();
  }, [signature]);

  const current = state?.signature === signature ? state : null;
  return { totals: current?.totals ?? {}, errors: current?.errors ?? {}, loading: !current };
}
