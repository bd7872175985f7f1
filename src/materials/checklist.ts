// The materials a procedure requires (mohrss-filing 一(八) lists 14 for a national employer, 二(八) six
// for a social organisation …): one item per material, with the file kinds it accepts, whether it is
// required, and the article that asks for it. Completeness is computed, never typed in.
import type { Citation } from '../domain/citation.js';
import type { AcceptGroup } from './media-types.js';

export interface ChecklistItem {
  /** Stable id within the checklist, e.g. 'business_licence'. */
  id: string;
  title_zh: string;
  title_en: string;
  required: boolean;
  accepts: readonly AcceptGroup[];
  citation: Citation;
  /** Files the item may hold at once (e.g. several lease contracts); default 1. */
  maxFiles?: number;
  /** Institution kinds the item applies to; absent = all. */
  appliesTo?: readonly string[];
  note_zh?: string;
  /** The note in English; without it the English page shows no note rather than the Chinese one. */
  note_en?: string;
}

export interface Checklist {
  procedure: string;
  items: readonly ChecklistItem[];
}

/** The items that apply to an institution of this kind. */
export function checklistFor(checklist: Checklist, institutionKind: string): Checklist {
  return {
    procedure: checklist.procedure,
    items: checklist.items.filter((i) => !i.appliesTo || i.appliesTo.includes(institutionKind)),
  };
}

export interface MaterialRef {
  checklistItem: string;
  /** Set once a later version replaced this file. */
  supersededBy?: string | null;
}

export type ItemStatus = 'provided' | 'missing' | 'optional';

export interface ItemCompleteness {
  id: string;
  title_zh: string;
  required: boolean;
  /** Current (not superseded) files. */
  files: number;
  status: ItemStatus;
  citation: Citation;
}

export interface Completeness {
  complete: boolean;
  /** Required items provided / required items. */
  provided: number;
  required: number;
  missing: string[];
  items: ItemCompleteness[];
  /** Files filed under an id the checklist does not know (e.g. after the checklist changed). */
  unexpected: string[];
}

export function checklistCompleteness(checklist: Checklist, materials: readonly MaterialRef[]): Completeness {
  const current = materials.filter((m) => !m.supersededBy);
  const count = (id: string) => current.filter((m) => m.checklistItem === id).length;
  const items = checklist.items.map<ItemCompleteness>((i) => {
    const files = count(i.id);
    return {
      id: i.id,
      title_zh: i.title_zh,
      required: i.required,
      files,
      status: files > 0 ? 'provided' : i.required ? 'missing' : 'optional',
      citation: i.citation,
    };
  });
  const required = items.filter((i) => i.required);
  const missing = required.filter((i) => i.status === 'missing').map((i) => i.id);
  const known = new Set(checklist.items.map((i) => i.id));
  return {
    complete: missing.length === 0,
    provided: required.length - missing.length,
    required: required.length,
    missing,
    items,
    unexpected: [...new Set(current.map((m) => m.checklistItem).filter((id) => !known.has(id)))],
  };
}
