// Every procedure the generic case API and web pages run. Each procedure adds ONE import line and
// ONE entry to the array (and nothing else here).
import type { AnyProcedureModule } from './procedure-module.js';
import { employerFilingProcedures } from '../employer-filing/procedures.js';
import { gzSelectionProcedure } from '../gz-selection/procedure.js';
import { deptPilotProcedures } from '../dept-pilot/procedures.js';
import { selection1xProcedure } from '../selection-1x/procedure.js';
import { socialOrgFilingProcedure } from '../social-org-filing/procedure.js';
import { violationCaseProcedure } from '../violation-case/procedure.js';
import { gzRenewalProcedure } from '../gz-renewal/procedure.js';
import { voluntaryExitProcedures } from '../x-voluntary-exit/procedures.js';
import { orderedExitProcedure } from '../ordered-exit/procedure.js';

export const procedures: readonly AnyProcedureModule[] = [
  ...employerFilingProcedures,
  gzSelectionProcedure,
  ...deptPilotProcedures,
  selection1xProcedure,
  socialOrgFilingProcedure,
  violationCaseProcedure,
  gzRenewalProcedure,
  ...voluntaryExitProcedures,
  orderedExitProcedure,
];

export function findProcedure(
  id: string,
  list: readonly AnyProcedureModule[] = procedures,
): AnyProcedureModule | undefined {
  return list.find((p) => p.id === id);
}
