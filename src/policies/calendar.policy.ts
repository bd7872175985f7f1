// The working-day calendar (holidays and swapped working days) is public reference data: anyone may
// read it and compute deadlines with it. Replacing a year changes every deadline computed after, so
// only a system administrator may do it (docs/decisions/0005-working-day-calendar.md).
import type { Caller } from './actor.js';

export interface CalendarAbilities {
  read: boolean;
  replace: boolean;
}

export const calendarPolicy = {
  canReplace(caller: Caller): boolean {
    return caller?.role === 'sysadmin';
  },

  abilities(caller: Caller): CalendarAbilities {
    return { read: true, replace: calendarPolicy.canReplace(caller) };
  },
};
