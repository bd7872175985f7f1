// One 办事指南 (GET /api/v1/public/guides/{procedure}): generated from the procedure's machine, its
// checklist and the rule catalogue as of today; an unknown procedure answers 404 GUIDE_NOT_FOUND.
import { AppError } from '../../domain/errors.js';
import { findProcedure } from '../workflow/procedure-registry.js';
import { chinaDate } from '../../workflows/deadline.js';
import { buildGuide, type Guide } from './build-guide.js';
import { guideSpecOf } from './guide-specs.js';

export const guideNotFound = (procedure: string): AppError =>
  new AppError(404, 'GUIDE_NOT_FOUND', '办事指南不存在', `没有事项“${procedure}”的办事指南`);

export function getGuide(procedure: string, now: Date = new Date()): Guide {
  const m = findProcedure(procedure);
  const spec = guideSpecOf(procedure);
  if (!m || !spec) throw guideNotFound(procedure);
  return buildGuide(m, spec, chinaDate(now));
}
