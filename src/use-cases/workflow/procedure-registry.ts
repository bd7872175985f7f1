// Every procedure the generic case API and web pages run. Each procedure adds ONE import line and
// ONE entry to the array (and nothing else here).
import type { AnyProcedureModule } from './procedure-module.js';

export const procedures: readonly AnyProcedureModule[] = [];

export function findProcedure(
  id: string,
  list: readonly AnyProcedureModule[] = procedures,
): AnyProcedureModule | undefined {
  return list.find((p) => p.id === id);
}
