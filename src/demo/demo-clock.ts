// The demonstration clock: in a demo deployment the whole server runs a whole number of days ahead of
// the real date, so that someone trying the system can watch a public-notice period, an acceptance
// deadline or a validity period end without waiting weeks (docs/decisions/0016-demo-clock.md).
//
// Why a global Date: every rule, deadline and state change asks `new Date()` for "today"; shifting
// that one source moves them all together and consistently, where threading a clock through each call
// would leave some path on the real date. Only `new Date()` and `Date.now()` move; a date given
// explicitly (a stored timestamp, a parsed string) is untouched. Never installed outside demo mode.

const DAY_MS = 86_400_000;
/** Ten years: beyond any period in the regulations. */
export const DEMO_CLOCK_MAX_DAYS = 3650;

export interface DemoClock {
  /** Days the server runs ahead of the real date. */
  offsetDays(): number;
  /** Moves the clock to `days` ahead of the real date (callers check it only moves forward). */
  setOffsetDays(days: number): void;
  /** Puts the real Date back (tests). */
  uninstall(): void;
}

let installed: DemoClock | null = null;

/** Replaces the global Date with one running `offsetDays` ahead. Installing twice returns the first. */
export function installDemoClock(offsetDays: number): DemoClock {
  if (installed) {
    installed.setOffsetDays(offsetDays);
    return installed;
  }
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  let offsetMs = offsetDays * DAY_MS;

  class DemoDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(realNow() + offsetMs);
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return realNow() + offsetMs;
    }
  }
  globalThis.Date = DemoDate as DateConstructor;

  installed = {
    offsetDays: () => offsetMs / DAY_MS,
    setOffsetDays(days: number) {
      if (!Number.isInteger(days) || days < 0 || days > DEMO_CLOCK_MAX_DAYS) {
        throw new RangeError(`demo clock offset out of range: ${days}`);
      }
      offsetMs = days * DAY_MS;
    },
    uninstall() {
      globalThis.Date = RealDate;
      installed = null;
    },
  };
  return installed;
}

/** The installed clock, if the server runs in demo mode. */
export function demoClock(): DemoClock | null {
  return installed;
}
