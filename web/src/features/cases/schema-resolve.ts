// Resolving a field's JSON schema for the schema form. Pure, so it is unit-tested.
import type { JsonSchema } from './types';

/**
 * What the outer schema says about the field and must survive unwrapping: zod puts `.meta()` and
 * `.describe()` of `z.x().nullable().meta({...})` beside the anyOf, not inside its branches — lost,
 * a remote select would be drawn as a text box.
 */
const CARRIED = ['description', 'title', 'widget', 'source', 'labelField'] as const;

function carry(outer: JsonSchema, inner: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...inner };
  for (const k of CARRIED) if (outer[k] !== undefined) out[k] = outer[k];
  return out;
}

/** Follows a local $ref and unwraps "X or null" to X, keeping the outer description and widget. */
export function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let s = schema;
  for (let i = 0; i < 8; i++) {
    if (s.$ref?.startsWith('#/')) {
      let target: unknown = root;
      for (const p of s.$ref.slice(2).split('/'))
        target = (target as Record<string, unknown> | undefined)?.[p];
      if (!target) break;
      s = carry(s, target as JsonSchema);
      continue;
    }
    const alts = s.anyOf ?? s.oneOf;
    if (alts) {
      const nonNull = alts.filter((a) => a.type !== 'null');
      if (nonNull.length === 1) {
        s = carry(s, nonNull[0]!);
        continue;
      }
    }
    if (Array.isArray(s.type)) {
      const types = s.type.filter((t) => t !== 'null');
      if (types.length === 1) {
        s = { ...s, type: types[0] };
        continue;
      }
    }
    break;
  }
  return s;
}
