// The two procedures of mohrss-filing 一, registered together (procedure-registry.ts): the ministry
// filing of a national employer and the provincial filing of each of its branches.
import type { AnyProcedureModule } from '../workflow/procedure-module.js';
import { employerFilingProcedure } from './procedure.js';
import { branchFilingProcedure } from './branch-procedure.js';

export const employerFilingProcedures: readonly AnyProcedureModule[] = [
  employerFilingProcedure,
  branchFilingProcedure,
];
