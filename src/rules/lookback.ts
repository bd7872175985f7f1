// Look-backs of the prohibitions ("近3年内", "在…名单内"), measured from the legally relevant date
// (the decision date, `asOf`), never from today.
import { addYears } from '../calendar/calendar-days.js';
import type { IsoDate } from '../parameters/parameter.js';

/** A period on a list or register: from `from` (inclusive) until `to` (exclusive; absent = still on it). */
export interface Listing {
  from: IsoDate;
  to?: IsoDate | null | undefined;
}

/** First day of the look-back window of `years` ending on `asOf` (inclusive): asOf − years. */
export const lookbackStart = (asOf: IsoDate, years: number): IsoDate => addYears(asOf, -years);

/** The listing was in effect on `day`. */
export const listedOn = (l: Listing, day: IsoDate): boolean => l.from <= day && (!l.to || day < l.to);

/** The listing overlaps the window [asOf − years, asOf]. */
export const listedWithin = (l: Listing, asOf: IsoDate, years: number): boolean =>
  l.from <= asOf && (!l.to || l.to > lookbackStart(asOf, years));

/** An event dated `on` happened within [asOf − years, asOf]. */
export const happenedWithin = (on: IsoDate, asOf: IsoDate, years: number): boolean =>
  on <= asOf && on >= lookbackStart(asOf, years);
