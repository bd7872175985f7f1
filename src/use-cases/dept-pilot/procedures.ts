// The dept-pilot procedures for the registry: the pilot itself and the local filing of its branches.
import { deptPilotProcedure } from './procedure.js';
import { deptPilotBranchProcedure } from './branch-procedure.js';

export const deptPilotProcedures = [deptPilotProcedure, deptPilotBranchProcedure] as const;
