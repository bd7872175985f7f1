// The publicly checkable draw (双随机、一公开, 1x-selection §25; the entry procedures' expert panels,
// mohrss-filing 一(十)3, 1x-selection §15): one pure function of published inputs, so that anyone holding
// them — on the public page (Web Crypto), with `npm run cli -- redraw`, or with any SHA-256 tool — gets the
// same targets and experts. The seed is committed to before the draw (commitment = SHA-256 hex of the seed
// as text) and revealed at the draw; the inputs are the ordered candidate lists, sorted by id so that the
// re-run never depends on the order rows come out of a database. No I/O here (docs/decisions/0038).
import { createHash } from 'node:crypto';

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The two published algorithms. Both rank candidates by a SHA-256 key in hex (ties, never seen, by id)
 * and take the first `size`:
 * - `skillreg-panel/1` (an entry procedure's review panel, one applicant): key = SHA-256(seed ":" expertId)
 *   — the key review panels have used since issue 4 (src/workflows/review/draw.ts), kept so old panels
 *   re-run unchanged;
 * - `skillreg-inspection/1` (an inspection round): targets by SHA-256(seed ":" institutionId), then for
 *   each target drawn its experts by SHA-256(seed ":" institutionId ":" expertId) — a key per target, so
 *   that the same first experts are not drawn for every target.
 */
export const ALGORITHMS = ['skillreg-panel/1', 'skillreg-inspection/1'] as const;
export type DrawAlgorithm = (typeof ALGORITHMS)[number];

/** Why an expert of the pool may not be drawn for a target (listed with the inputs, never drawn). */
export type ExclusionCode = 'inactive' | 'employee' | 'declared_conflict' | 'entry_panel';

export interface ExpertGroupInput {
  /** The target (an institution) these experts are screened against. */
  targetId: string;
  /** The eligible experts, sorted by id. */
  candidates: string[];
  /** Experts of the pool left out for this target, with the reasons (sorted by id). */
  excluded: { id: string; reasons: ExclusionCode[] }[];
}

/** Everything the draw is a function of, besides the seed. */
export interface DrawInputs {
  algorithm: DrawAlgorithm;
  /** Inspection rounds: the institutions in scope (sorted by id) and how many to draw. Panels: null. */
  targets: { candidates: string[]; size: number } | null;
  /** Experts per target and, per target drawn (a panel: its applicant), the screened pool. */
  experts: { perTarget: number; groups: ExpertGroupInput[] } | null;
}

export interface DrawResult {
  targets: string[];
  experts: { targetId: string; expertIds: string[] }[];
}

/** The commitment published before the draw: SHA-256 of the seed's text, lower-case hex. */
export const commitmentOf = (seed: string): string => sha256Hex(seed);

/** Canonical order of a candidate list: distinct ids, sorted by code unit (the same in every language). */
export const canonicalIds = (ids: readonly string[]): string[] =>
  [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export interface RankedCandidate {
  id: string;
  key: string;
  rank: number;
}

/** Candidates ranked by their key: `keyText(id)` hashed. */
export function rankBy(ids: readonly string[], keyText: (id: string) => string): RankedCandidate[] {
  return canonicalIds(ids)
    .map((id) => ({ id, key: sha256Hex(keyText(id)) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1))
    .map((c, i) => ({ ...c, rank: i + 1 }));
}

/** The key text of a target, and of an expert for a target, under an algorithm. */
export const targetKeyText = (seed: string, targetId: string): string => `${seed}:${targetId}`;
export const expertKeyText = (
  algorithm: DrawAlgorithm,
  seed: string,
  targetId: string,
  expertId: string,
): string => (algorithm === 'skillreg-panel/1' ? `${seed}:${expertId}` : `${seed}:${targetId}:${expertId}`);

/** Draws targets (if any) and experts; a group whose target was not drawn is ignored. */
export function runDraw(seed: string, inputs: DrawInputs): DrawResult {
  const targets = inputs.targets
    ? rankBy(inputs.targets.candidates, (id) => targetKeyText(seed, id))
        .slice(0, inputs.targets.size)
        .map((c) => c.id)
    : (inputs.experts?.groups.map((g) => g.targetId) ?? []);
  const groups = new Map((inputs.experts?.groups ?? []).map((g) => [g.targetId, g]));
  const experts = inputs.experts
    ? targets.map((targetId) => ({
        targetId,
        expertIds: rankBy(groups.get(targetId)?.candidates ?? [], (id) =>
          expertKeyText(inputs.algorithm, seed, targetId, id),
        )
          .slice(0, inputs.experts?.perTarget ?? 0)
          .map((c) => c.id),
      }))
    : [];
  return { targets, experts };
}

export interface DrawCheck {
  /** SHA-256(seed) equals the commitment published before the draw. */
  commitmentMatches: boolean;
  /** Each candidate list is in canonical order (sorted, distinct). */
  inputsCanonical: boolean;
  /** The re-run's targets and experts equal the published result, in order. */
  resultMatches: boolean;
  rerun: DrawResult;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Re-runs a published draw from its inputs and says whether everything agrees. */
export function verifyDraw(published: {
  commitment: string;
  seed: string;
  inputs: DrawInputs;
  result: DrawResult;
}): DrawCheck {
  const { inputs, result } = published;
  const lists = [
    ...(inputs.targets ? [inputs.targets.candidates] : []),
    ...(inputs.experts?.groups.map((g) => g.candidates) ?? []),
  ];
  const rerun = runDraw(published.seed, inputs);
  const resultMatches =
    sameList(rerun.targets, result.targets) &&
    rerun.experts.length === result.experts.length &&
    rerun.experts.every(
      (g, i) =>
        g.targetId === result.experts[i]?.targetId && sameList(g.expertIds, result.experts[i].expertIds),
    );
  return {
    commitmentMatches: commitmentOf(published.seed) === published.commitment.toLowerCase(),
    inputsCanonical: lists.every((l) => sameList(l, canonicalIds(l))),
    resultMatches,
    rerun,
  };
}
