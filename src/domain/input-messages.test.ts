import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  fieldLabelAt,
  fieldLabelEnAt,
  inputIssueMessage,
  inputIssueMessageEn,
  type InputIssue,
} from './input-messages.js';

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

  it('has the English twin of every message and of a field’s name (issue 10 point 3)', () => {
    const en = (schema: z.ZodType, value: unknown) => {
      const r = schema.safeParse(value, { error: (i) => inputIssueMessageEn(i as InputIssue) });
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(en(z.number().int().min(0), -5)).toEqual(['Must not be negative']);
    expect(en(z.number().int().min(0), 2.5)).toEqual(['Must be a whole number']);
    expect(en(z.object({ n: z.number() }), {})).toEqual(['Required']);
    expect(en(z.string().min(2), 'a')).toEqual(['At least 2 characters']);
    // Every issue that has Chinese words has English ones.
    for (const issue of [
      { code: 'too_small', origin: 'number', minimum: 3 },
      { code: 'too_big', origin: 'string', maximum: 3 },
      { code: 'invalid_type', expected: 'boolean', input: 1 },
      { code: 'invalid_format', format: 'date' },
      { code: 'invalid_value' },
      { code: 'unrecognized_keys', keys: ['x'] },
      { code: 'not_multiple_of' },
    ] as InputIssue[]) {
      expect(inputIssueMessage(issue)).toBeTruthy();
      expect(inputIssueMessageEn(issue)).toMatch(/^[\x20-\x7e]+$/);
    }
    const schema = z.object({
      scopes: z
        .array(z.object({ trainingVolume: z.number().describe('该职业（工种）培训规模（人次）') }))
        .describe('申报的职业（工种）'),
      note: z.string().describe('备注'),
    });
    const english = {
      '该职业（工种）培训规模（人次）': 'Training volume (left blank: none): person-times',
      '申报的职业（工种）': 'Occupations applied for',
    };
    // The English name is cut at a colon outside brackets only.
    expect(fieldLabelEnAt(schema, ['scopes', 1, 'trainingVolume'], english)).toBe(
      'Occupations applied for · item 2 · Training volume (left blank: none)',
    );
    // Never half Chinese: a part without English leaves the whole name without English.
    expect(fieldLabelEnAt(schema, ['note'], english)).toBeUndefined();
  });
});
