// Numbers are checked where they are typed (issue 10 point 4): a count of −5 or an area of −1 is
// refused with a message under the field, never clamped to the nearest allowed value and never
// rounded. That is why the number inputs carry no min/max/precision of their own (Ant Design's
// InputNumber silently turns −5 into 0 when it has min={0}): these rules say what is wrong instead.
// The server checks the same bounds (zod) and answers in Chinese either way. Pure, so it is unit-tested.

export interface NumberBounds {
  /** Smallest allowed value (inclusive). */
  min?: number | undefined;
  /** Largest allowed value (inclusive). */
  max?: number | undefined;
  /** Whole numbers only (counts of persons, rooms, seats). */
  integer?: boolean | undefined;
}

type Tx = (zh: string, en: string) => string;

/** What is wrong with a typed number, in the reader's language, or null when it is within bounds. */
export function numberProblem(tx: Tx, value: unknown, bounds: NumberBounds): string | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return tx('请输入数字', 'Enter a number');
  if (bounds.integer && !Number.isInteger(n)) return tx('请输入整数', 'Enter a whole number');
  if (bounds.min !== undefined && n < bounds.min)
    return bounds.min === 0
      ? tx('不能为负数', 'Must not be negative')
      : tx(`不能小于 ${bounds.min}`, `Must be at least ${bounds.min}`);
  if (bounds.max !== undefined && n > bounds.max)
    return tx(`不能大于 ${bounds.max}`, `Must be at most ${bounds.max}`);
  return null;
}

/** An Ant Design form rule that refuses numbers out of bounds with numberProblem's message. */
export function numberRule(tx: Tx, bounds: NumberBounds) {
  return {
    validator: (_: unknown, value: unknown) => {
      const problem = numberProblem(tx, value, bounds);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}
