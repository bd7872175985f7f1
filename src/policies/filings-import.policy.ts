// The import of existing filings writes the public directory and the registry for every authority at
// once, from an operator's sheet: a system administrator's task (docs/decisions/0022-filings-import.md).
// The operator's CLI acts as the system and needs no account.
import type { Caller } from './actor.js';

export const filingsImportPolicy = {
  canImport(caller: Caller): boolean {
    return caller?.role === 'sysadmin';
  },
};
