// Effective-dated parameters (style.md, OpenFisca): every number the regulations set — a threshold,
// a quota, a deadline, a ban period — is data with a unit, values keyed by the date they take
// effect, and for each value the article that set it. Logic reads a number only through
// `parameterAt(parameter, asOf)`, where asOf is the legally relevant date (the decision date, the
// submission date …). A `null` value means "not in force" (before the text applied, or repealed).
import type { Citation } from '../domain/citation.js';

/** ISO calendar date 'YYYY-MM-DD' (no time, no zone: a legal date never shifts). */
export type IsoDate = string;

export type ParameterUnit =
  | 'persons'
  | 'person_times'
  | 'organisations'
  | 'square_metres'
  | 'centimetres'
  | 'rooms'
  | 'seats'
  | 'working_days'
  | 'calendar_days'
  | 'months'
  | 'years'
  | 'months_of_year'
  | 'certificates'
  | 'count'
  /** A closed list the text enumerates (materials, required rooms, required regulations …). */
  | 'list'
  /** A calendar date the text fixes (dept-pilot 五: 9月底前 …). */
  | 'date';

export interface ParameterVersion<T> {
  /** First day this value applies (inclusive). It applies until the next version's `from`. */
  from: IsoDate;
  /** The value, or null when the parameter is not in force from this date. */
  value: T | null;
  /** The article that sets this value (null values cite the text whose start or repeal it marks). */
  reference: Citation;
  note?: string;
}

export interface Parameter<T = number> {
  /** Stable id, `<regime>.<name>`, e.g. 'gz-rules.social_org.min_full_time_staff'. */
  id: string;
  description_zh: string;
  description_en: string;
  unit: ParameterUnit;
  /** Sorted by `from`, strictly increasing. The first version should start at BEGINNING_OF_TIME. */
  versions: readonly ParameterVersion<T>[];
}

/** Start of every parameter's first version (a "not in force" null until the text applies). */
export const BEGINNING_OF_TIME: IsoDate = '1900-01-01';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ParameterNotInForceError extends Error {
  constructor(
    readonly parameterId: string,
    readonly asOf: IsoDate,
  ) {
    super(`parameter ${parameterId} is not in force on ${asOf}`);
  }
}

/** The version in force on `asOf` (exactly one, given a valid parameter), or undefined before the first. */
export function versionAt<T>(p: Parameter<T>, asOf: IsoDate): ParameterVersion<T> | undefined {
  if (!ISO_DATE.test(asOf)) throw new RangeError(`not an ISO date: ${asOf}`);
  let found: ParameterVersion<T> | undefined;
  for (const v of p.versions) {
    if (v.from <= asOf) found = v;
    else break;
  }
  return found;
}

/** The value in force on `asOf`; throws ParameterNotInForceError when none is. */
export function parameterAt<T>(p: Parameter<T>, asOf: IsoDate): T {
  const v = versionAt(p, asOf);
  if (!v || v.value === null) throw new ParameterNotInForceError(p.id, asOf);
  return v.value;
}

/** Whether the parameter has a value on `asOf`. */
export function inForce<T>(p: Parameter<T>, asOf: IsoDate): boolean {
  const v = versionAt(p, asOf);
  return v !== undefined && v.value !== null;
}

/** Load-time validation: ids, dates well-formed and strictly increasing, first version at the start. */
export function validateParameter<T>(p: Parameter<T>): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9-]+\.[a-z0-9_.]+$/.test(p.id)) problems.push(`${p.id}: id must be <regime>.<name>`);
  if (p.versions.length === 0) problems.push(`${p.id}: no versions`);
  if (p.versions[0] && p.versions[0].from !== BEGINNING_OF_TIME)
    problems.push(`${p.id}: first version must start at ${BEGINNING_OF_TIME}`);
  p.versions.forEach((v, i) => {
    if (!ISO_DATE.test(v.from)) problems.push(`${p.id}: bad date ${v.from}`);
    const prev = p.versions[i - 1];
    if (prev && prev.from >= v.from) problems.push(`${p.id}: versions not strictly increasing at ${v.from}`);
  });
  return problems;
}

/**
 * The version whose period [from, next.from) contains `day`, with the count of such versions — the date
 * sweep (tests/law/parameters-date-sweep.test.ts) proves the count is exactly one on every day.
 */
export function versionsCovering<T>(p: Parameter<T>, day: IsoDate): ParameterVersion<T>[] {
  return p.versions.filter((v, i) => {
    const next = p.versions[i + 1];
    return v.from <= day && (next === undefined || day < next.from);
  });
}

/** Helper for the common case: not in force until `from`, then `value` set by `reference`. */
export function dated<T>(from: IsoDate, value: T, reference: Citation, note?: string): ParameterVersion<T>[] {
  return [
    { from: BEGINNING_OF_TIME, value: null, reference, note: 'not in force before the text applied' },
    { from, value, reference, ...(note ? { note } : {}) },
  ];
}

/** One entry of an enumerated list the text sets (a material, a functional room, a regulation). */
export interface ListEntry {
  id: string;
  name_zh: string;
  /** Its name in English (issue 10 point 3): English messages name an entry by it, never by its id. */
  name_en?: string;
  /** Entries any one of which satisfies this one (材料 "…或相关承诺书"). */
  alternatives?: readonly { id: string; name_zh: string; name_en?: string }[];
}

/** An entry's English name; without one, its Chinese name (never its id, which is not for people). */
export const entryNameEn = (e: { name_zh: string; name_en?: string }): string => e.name_en ?? e.name_zh;

/** Every id a list parameter has named in any version (for the facts schema's enum). */
export function listEntryIds(p: Parameter<readonly ListEntry[]>): [string, ...string[]] {
  const ids = new Set<string>();
  for (const v of p.versions)
    for (const e of v.value ?? []) {
      ids.add(e.id);
      for (const a of e.alternatives ?? []) ids.add(a.id);
    }
  const list = [...ids];
  if (list.length === 0) throw new Error(`${p.id}: list parameter without entries`);
  return list as [string, ...string[]];
}
