// OpenFisca-style date sweep: for every parameter of every regime, exactly one version applies on each day
// from 2019-01-01 to 2030-12-31, and from the day the regime applies that version has a value.
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/calendar/calendar-days.js';
import { allRegimes } from '../../src/rules/catalogue.js';
import { parameterAt, versionsCovering } from '../../src/parameters/parameter.js';

const FIRST = '2019-01-01';
const LAST = '2030-12-31';
const DAYS: string[] = [];
for (let d = FIRST; d <= LAST; d = addCalendarDays(d, 1)) DAYS.push(d);

describe('parameters: exactly one version per day, 2019-01-01..2030-12-31', () => {
  it('sweeps 4383 days', () => {
    expect(DAYS).toHaveLength(4383);
    expect(DAYS.at(-1)).toBe(LAST);
  });
  for (const regime of allRegimes)
    for (const p of regime.parameters)
      it(`${p.id}: one version every day; in force from ${regime.inForceFrom}`, () => {
        const bad: string[] = [];
        const unset: string[] = [];
        for (const day of DAYS) {
          const covering = versionsCovering(p, day);
          if (covering.length !== 1) bad.push(`${day}: ${covering.length}`);
          else if (day >= regime.inForceFrom && covering[0]!.value === null) unset.push(day);
        }
        expect(bad).toEqual([]);
        expect(unset).toEqual([]);
        // The accessor agrees with the sweep on the boundary days.
        const dayBefore = addCalendarDays(regime.inForceFrom, -1);
        if (dayBefore >= FIRST) expect(() => parameterAt(p, dayBefore)).toThrow(/not in force/);
        expect(parameterAt(p, regime.inForceFrom)).not.toBeNull();
      });
});
