// The reproducible draw of a review panel (product.md "a draw that anyone can re-run from a seed
// committed before the draw"). The seed and the list of eligible experts are recorded first; each
// expert's draw key is SHA-256(seed ":" expert id) in hex, the experts are ordered by key (ties —
// impossible in practice — by id) and the first `size` sit on the panel. Anyone holding the recorded
// seed and the eligible list re-runs drawOrder() and gets the same panel: no hidden randomness, and
// the pool's order in the database does not matter.
import { createHash } from 'node:crypto';

export interface DrawnPosition {
  expertId: string;
  /** SHA-256(seed ":" expertId), hex. */
  key: string;
  /** 1-based position in the draw order. */
  rank: number;
}

export const drawKey = (seed: string, expertId: string): string =>
  createHash('sha256').update(`${seed}:${expertId}`, 'utf8').digest('hex');

/** Every eligible expert in draw order. */
export function drawOrder(seed: string, expertIds: readonly string[]): DrawnPosition[] {
  return [...new Set(expertIds)]
    .map((expertId) => ({ expertId, key: drawKey(seed, expertId) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.expertId < b.expertId ? -1 : 1))
    .map((p, i) => ({ ...p, rank: i + 1 }));
}

export interface PanelDraw {
  seed: string;
  size: number;
  order: DrawnPosition[];
  /** The first `size` of the order. */
  members: string[];
}

/** Draws `size` experts from the eligible ones; fewer eligible than `size` is the caller's guard to refuse. */
export function drawPanel(seed: string, eligibleIds: readonly string[], size: number): PanelDraw {
  const order = drawOrder(seed, eligibleIds);
  return { seed, size, order, members: order.slice(0, size).map((p) => p.expertId) };
}

/** Re-runs a recorded draw and says whether it gives the recorded members, in order. */
export function verifyDraw(recorded: {
  seed: string;
  size: number;
  eligibleIds: readonly string[];
  members: readonly string[];
}): boolean {
  const again = drawPanel(recorded.seed, recorded.eligibleIds, recorded.size).members;
  return again.length === recorded.members.length && again.every((id, i) => id === recorded.members[i]);
}
