// The starting values of an authority's assessment form (issue 10 point 7: "assessment dialogs start
// from what the registry already knows, not twenty switches at 否"): computed on the server from the
// same facts the procedure's guards and rules read (the registry, the application, the materials, an
// earlier assessment), each with the fact it comes from, so that the web app only fills the form and the
// authority sees why a field reads 是 or 否. A fact the system does not hold leaves its field unset.

/** Why one field starts with its value: the fact it was read from. */
export interface DefaultBasis {
  /** The field's path in the payload, dotted (conditions.adequateFullTimeStaff). */
  field: string;
  basis_zh: string;
  basis_en: string;
}

export interface EventDefaults {
  values: Record<string, unknown>;
  basis: DefaultBasis[];
}

export const emptyDefaults = (): EventDefaults => ({ values: {}, basis: [] });

/** Sets `value` at the dotted `field` of the defaults, with the fact it comes from. */
export function setDefault(
  d: EventDefaults,
  field: string,
  value: unknown,
  basis_zh: string,
  basis_en: string,
): void {
  const keys = field.split('.');
  let at = d.values;
  for (const k of keys.slice(0, -1)) {
    const next = at[k];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) at[k] = {};
    at = at[k] as Record<string, unknown>;
  }
  at[keys.at(-1)!] = value;
  d.basis.push({ field, basis_zh, basis_en });
}
