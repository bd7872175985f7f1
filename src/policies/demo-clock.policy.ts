// The demonstration clock moves every deadline of every case at once: a system administrator's
// decision, and only in a demo deployment (docs/decisions/0016-demo-clock.md).
import type { Caller } from './actor.js';

export const demoClockPolicy = {
  canAdvance(caller: Caller): boolean {
    return caller?.role === 'sysadmin';
  },
};
