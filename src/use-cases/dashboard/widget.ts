// The shape every dashboard widget returns (issue 14 point 8): a titled set of buckets, each a number
// with the web route (path + query) of the list behind it, so a chart click opens exactly that list.
// One widget per file in this folder; dashboard.ts runs them for the caller's scope.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import type { InstitutionScope } from '../../policies/scope.js';

export interface Bucket {
  key: string;
  label_zh: string;
  label_en: string;
  value: number;
  /** Web route + query of the list behind the number. */
  link: string;
}

export interface Widget {
  id: string;
  title_zh: string;
  title_en: string;
  chart: 'bar' | 'line';
  buckets: Bucket[];
  /** The list behind the whole widget. */
  link: string;
  /** Said on screen when the list behind cannot take the bucket's filter yet (it opens unfiltered). */
  note_zh: string | null;
  note_en: string | null;
}

export interface DashboardContext {
  db: Kysely<DB>;
  actor: Actor;
  scope: InstitutionScope;
  /** China's date today (the demo clock moves it). */
  today: string;
}

export type WidgetLoader = (ctx: DashboardContext) => Promise<Widget | null>;

/** `/path?k=v&…` with the undefined values left out, in the order given. */
export function route(path: string, params: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export const count = (v: unknown): number => Number(v ?? 0);
