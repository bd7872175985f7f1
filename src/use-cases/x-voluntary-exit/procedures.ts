// The voluntary exits (issue 15 point 3): 1+X on application (1x-exit §4, §6) and Guizhou (gz-rules §13).
import { gzVoluntaryExitProcedure } from '../gz-voluntary-exit/procedure.js';
import { xVoluntaryExitProcedure } from './procedure.js';

export const voluntaryExitProcedures = [xVoluntaryExitProcedure, gzVoluntaryExitProcedure] as const;
