// The points the authority asked to correct, as both sides read them (issue 10 point 4): on each event of
// the history that lists them (a correction at acceptance, a return at the review step), and — while the
// case waits on the applicant's correction — the open request at the top of the case page. Procedures
// list the points in their own shape (a checklist item id, an item with its reason, or free text); they
// are read here into one: the checklist item's title (both languages) and the authority's text.
import type { CaseEventRecord } from '../../persistence/cases.repository.js';
import type { Awaiting } from '../../workflows/machine.js';
import { citationsView, iso, type CitationView } from './case-views.js';

export interface CorrectionPoint {
  /** The checklist item the point is about (its title), or null for a point in the authority's words. */
  item: string | null;
  title_zh: string | null;
  title_en: string | null;
  /** The authority's words (data: shown as entered). */
  text: string | null;
}

export interface OpenCorrectionView {
  seq: number;
  event: string;
  requestedAt: string;
  points: CorrectionPoint[];
  /** The reason or note the request gave. */
  reason: string | null;
  citations: CitationView[];
}

export type ItemTitles = (id: string) => { title_zh: string; title_en: string } | undefined;

/** The application form itself, named as employer filings name it in a correction. */
const APPLICATION = { title_zh: '申请信息', title_en: 'Application' };

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function point(raw: unknown, titles: ItemTitles): CorrectionPoint | null {
  const titled = (id: string) => titles(id) ?? (id === 'application' ? APPLICATION : undefined);
  if (typeof raw === 'string') {
    const t = titled(raw.trim());
    return t
      ? { item: raw.trim(), ...t, text: null }
      : { item: null, title_zh: null, title_en: null, text: raw };
  }
  if (raw && typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    const id = str(o.item);
    const text = str(o.reason) ?? str(o.text) ?? str(o.note);
    const t = id ? titled(id) : undefined;
    if (!id && !text) return null;
    return {
      item: id,
      title_zh: t?.title_zh ?? null,
      title_en: t?.title_en ?? null,
      text: t ? text : [id, text].filter(Boolean).join('：'),
    };
  }
  return null;
}

/** The points an event's payload lists (`items`), or none. */
export function correctionPoints(payload: unknown, titles: ItemTitles): CorrectionPoint[] {
  const items = (payload as { items?: unknown } | null | undefined)?.items;
  if (!Array.isArray(items)) return [];
  return items.map((i) => point(i, titles)).filter((p): p is CorrectionPoint => p !== null);
}

/**
 * The correction the case now waits on: the case waits on the applicant, and the event that brought it
 * into its current state listed points to correct. Null otherwise (a draft, or once resubmitted).
 */
export function openCorrection(
  events: readonly CaseEventRecord[],
  state: string,
  awaiting: Awaiting | null,
  titles: ItemTitles,
): OpenCorrectionView | null {
  if (awaiting !== 'applicant') return null;
  const entered = [...events].reverse().find((e) => e.toState === state && e.fromState !== state);
  if (!entered) return null;
  const points = correctionPoints(entered.payload, titles);
  if (points.length === 0) return null;
  const p = (entered.payload ?? {}) as Record<string, unknown>;
  return {
    seq: entered.seq,
    event: entered.event,
    requestedAt: iso(entered.occurredAt)!,
    points,
    reason: str(p.reason) ?? str(p.note),
    citations: citationsView(entered.citations),
  };
}
