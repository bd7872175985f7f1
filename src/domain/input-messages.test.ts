import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldLabelAt, inputIssueMessage, type InputIssue } from './input-messages.js';

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value, { error: (i) => inputIssueMessage(i as InputIssue) });
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('input messages in plain Chinese (issue 10 point 4)', () => {
  it('refuses negative counts, areas and fractions of persons with the bound in words', () => {
    expect(messages(z.number().int().min(0), -5)).toEqual(['不能为负数']);
    expect(messages(z.number().min(0), -0.5)).toEqual(['不能为负数']);
    expect(messages(z.number().int().min(0), 2.5)).toEqual(['应为整数']);
    expect(messages(z.number().int().min(3).max(15), 2)).toEqual(['不能小于 3']);
    expect(messages(z.number().int().min(3).max(15), 16)).toEqual(['不能大于 15']);
    expect(messages(z.number().positive(), 0)).toEqual(['须大于 0']);
  });

  it('names types, lengths and missing fields without identifiers', () => {
    expect(messages(z.object({ n: z.number() }), {})).toEqual(['此项必填']);
    expect(messages(z.number(), 'x')).toEqual(['应为数字']);
    expect(messages(z.string().min(2), 'a')).toEqual(['至少 2 个字']);
    expect(messages(z.string().max(3), 'abcd')).toEqual(['不能超过 3 个字']);
    expect(messages(z.array(z.string()).min(1), [])).toEqual(['至少填写一项']);
    for (const m of [...messages(z.number(), 'x'), ...messages(z.number().min(0), -1)])
      expect(m).not.toMatch(/number|int|>=|expected/);
  });

  it('reads fastify’s copy of an issue (no input, English message) the same way', () => {
    expect(
      inputIssueMessage({
        code: 'invalid_type',
        expected: 'number',
        message: 'expected number, received undefined',
      }),
    ).toBe('此项必填');
    expect(inputIssueMessage({ code: 'too_small', origin: 'number', minimum: 0, inclusive: true })).toBe(
      '不能为负数',
    );
  });

  it('names the field by its description, with its place in a list', () => {
    const schema = z.object({
      scopes: z
        .array(
          z.object({ trainingVolume: z.number().int().min(0).describe('该职业（工种）培训规模（人次）') }),
        )
        .describe('申报的职业（工种）'),
      note: z.string().optional().describe('备注：不超过 200 字'),
      bare: z.number(),
    });
    expect(fieldLabelAt(schema, ['scopes', 0, 'trainingVolume'])).toBe(
      '申报的职业（工种） · 第 1 项 · 该职业（工种）培训规模（人次）',
    );
    expect(fieldLabelAt(schema, ['note'])).toBe('备注');
    expect(fieldLabelAt(schema, ['bare'])).toBeUndefined();
    expect(fieldLabelAt(schema, ['nope'])).toBeUndefined();
  });
});
