// Reference data that rarely changes (jurisdictions, skill levels, authorities): fetched once per page
// load and shared by every component that needs it.
import { useEffect, useState } from 'react';
import { api, toApiError, type ApiError, type Page } from '../../app/api';
import type { Authority, Jurisdiction, SkillLevel } from '../institutions/types';

const cache = new Map<string, Promise<unknown>>();

function load<T>(path: string): Promise<T> {
  let p = cache.get(path) as Promise<T> | undefined;
  if (!p) {
    p = api.get<T>(path);
    cache.set(path, p);
    // A failed load is not remembered: the next component to ask tries again.
    p.catch(() => cache.delete(path));
  }
  return p;
}

/** Reference lists come either as a bare array or as a page; both give the items. */
export function itemsOf<T>(answer: T[] | Page<T> | { items: T[] }): T[] {
  return Array.isArray(answer) ? answer : answer.items;
}

function useReference<T>(path: string | null): { data: T[] | undefined; error: ApiError | undefined } {
  const [state, setState] = useState<{ path: string | null; data?: T[]; error?: ApiError }>({ path: null });
  useEffect(() => {
    if (!path) return;
    let active = true;
    load<T[] | Page<T>>(path).then(
      (answer) => active && setState({ path, data: itemsOf(answer) }),
      (err: unknown) => active && setState({ path, error: toApiError(err) }),
    );
    return () => {
      active = false;
    };
  }, [path]);
  return state.path === path
    ? { data: state.data, error: state.error }
    : { data: undefined, error: undefined };
}

export const useJurisdictions = () => useReference<Jurisdiction>('/jurisdictions');
export const useSkillLevels = () => useReference<SkillLevel>('/skill-levels');
/** Authorities the caller may see (scoped by the server): the first 100, the API's largest page. */
export const useAuthorities = (enabled = true) =>
  useReference<Authority>(enabled ? '/authorities?pageSize=100' : null);
