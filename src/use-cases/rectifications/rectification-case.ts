// mohrss-violations §13(5): an institution that does not rectify within the period — an overdue order
// opens a violation case in one action (origin 'inspection' when it came from one, 'lead' otherwise),
// through the 'violation-case' procedure; the case names the order in its summary.
import type { Actor } from '../../policies/actor.js';
import type { CaseContext } from '../cases/case-context.js';
import { openProcedureCase } from '../cases/open-procedure-case.js';
import { todayInChina } from '../registry/registry-context.js';
import { rectificationState } from './rectification-errors.js';
import { isOverdue, loadRectification } from './rectification-steps.js';
import { forbidden } from '../../domain/errors.js';

export async function openCaseFromRectification(ctx: CaseContext & { caller: Actor }, id: string) {
  const { r, as } = await loadRectification(ctx.db, ctx.caller, id);
  if (as !== 'authority') throw forbidden('由责令整改的部门立案');
  const today = todayInChina();
  if (!isOverdue(r, today))
    throw rectificationState(
      `整改期限（${r.deadline}）未过或已整改，不能以逾期未整改立案`,
      'The order is not overdue',
    );
  const opened = await openProcedureCase(ctx, {
    procedure: 'violation-case',
    input: {
      subject: 'institution', origin: r.source === 'inspection' ? 'inspection' : 'lead', institutionId: r.institution_id,
      summary: `责令限期整改（期限 ${r.deadline}）逾期未整改（第十三条第（五）项）：${r.subject}`.slice(0, 2000),
    },
  }); // prettier-ignore
  return { caseId: opened.id, referenceNo: opened.referenceNo };
}
