// Reference data (jurisdictions, skill levels, the occupation catalogue, occupation standards) is
// public to read. Which occupations have a national skill standard or a filed evaluation norm is a
// filing condition (mohrss-filing 二(六)); it is kept by the national and provincial authorities.
import type { Caller } from './actor.js';

const STANDARD_KEEPERS = new Set(['national_centre', 'mohrss', 'provincial_hrss']);

export interface OccupationStandardAbilities {
  read: boolean;
  update: boolean;
}

export const referencePolicy = {
  canWriteOccupationStandards(caller: Caller): boolean {
    if (caller?.role === 'sysadmin') return true;
    return caller?.role === 'authority_staff' && STANDARD_KEEPERS.has(caller.authorityKind ?? '');
  },

  occupationStandardAbilities(caller: Caller): OccupationStandardAbilities {
    return { read: true, update: referencePolicy.canWriteOccupationStandards(caller) };
  },
};
