// Numbers checked where they are typed (issue 10 point 4): refused with a message, never clamped.
import { describe, expect, it } from 'vitest';
import { numberProblem, numberRule } from '../../web/src/features/common/number-rules';

const zh = (z: string) => z;
const en = (_: string, e: string) => e;

describe('number rules of the forms', () => {
  it('refuses negative counts and areas, fractions of persons and values above the bound', () => {
    expect(numberProblem(zh, -5, { min: 0, integer: true })).toBe('不能为负数');
    expect(numberProblem(zh, -0.5, { min: 0 })).toBe('不能为负数');
    expect(numberProblem(zh, 2.5, { min: 0, integer: true })).toBe('请输入整数');
    expect(numberProblem(zh, 2, { min: 3, max: 15 })).toBe('不能小于 3');
    expect(numberProblem(zh, 16, { min: 3, max: 15 })).toBe('不能大于 15');
    expect(numberProblem(en, -5, { min: 0 })).toBe('Must not be negative');
  });

  it('accepts values in bounds and leaves an empty field to the required rule', () => {
    expect(numberProblem(zh, 0, { min: 0, integer: true })).toBeNull();
    expect(numberProblem(zh, 12.5, { min: 0 })).toBeNull();
    expect(numberProblem(zh, null, { min: 0 })).toBeNull();
    expect(numberProblem(zh, undefined, { min: 0 })).toBeNull();
  });

  it('is a form rule that rejects with the message (the value is not changed)', async () => {
    const rule = numberRule(zh, { min: 0, integer: true });
    await expect(rule.validator(null, -5)).rejects.toThrow('不能为负数');
    await expect(rule.validator(null, 5)).resolves.toBeUndefined();
  });
});
