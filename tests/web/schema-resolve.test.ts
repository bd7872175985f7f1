// The case forms resolve a field's schema before drawing it (web/src/features/cases/schema-resolve.ts):
// a nullable field keeps the widget its procedure asked for.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { resolve } from '../../web/src/features/cases/schema-resolve';
import type { JsonSchema } from '../../web/src/features/cases/types';

const fieldOf = (shape: z.ZodRawShape, key: string) => {
  const root = z.toJSONSchema(z.strictObject(shape), { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return resolve(root.properties![key]!, root);
};

describe('resolving a form field', () => {
  it('keeps widget, source and label field of z.x().nullable().meta() (a remote select, not a text box)', () => {
    const s = fieldOf(
      {
        siteId: z.uuid().nullable().meta({
          description: '用于认定的场地',
          widget: 'remote',
          source: '/gz-selection/sites',
          labelField: 'label',
        }),
      },
      'siteId',
    );
    expect(s).toMatchObject({
      type: 'string',
      description: '用于认定的场地',
      widget: 'remote',
      source: '/gz-selection/sites',
      labelField: 'label',
    });
  });

  it('unwraps a nullable enum to its values, the description kept', () => {
    const s = fieldOf({ kind: z.enum(['a', 'b']).nullable().describe('类型') }, 'kind');
    expect(s).toMatchObject({ type: 'string', enum: ['a', 'b'], description: '类型' });
  });

  it('follows a local $ref and keeps the referring description', () => {
    const root: JsonSchema = { $defs: { Code: { type: 'string', pattern: '^x' } } } as JsonSchema;
    expect(resolve({ $ref: '#/$defs/Code', description: '代码' }, root)).toEqual({
      type: 'string',
      pattern: '^x',
      description: '代码',
    });
  });

  it('leaves a plain field as it is', () => {
    expect(resolve({ type: 'integer', minimum: 1 }, {})).toEqual({ type: 'integer', minimum: 1 });
  });
});
