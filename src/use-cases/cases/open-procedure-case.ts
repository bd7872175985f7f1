// Opens a case of a procedure from the generic 「申请」 form: the form is validated against the
// procedure's opening schema, the procedure resolves where the case goes (institution, deciding
// authority, jurisdiction, reference prefix, initial data) and may refuse, and the engine's openCase
// writes the case, its first event, any clock and the audit row in one transaction.
import { forbidden } from '../../domain/errors.js';
import { openCase } from '../workflow/open-case.js';
import { withFindingTexts } from './send-case-event.js';
import { parametersOf, parseForm, procedureOf, requireActor, type CaseContext } from './case-context.js';

export interface OpenedCase {
  id: string;
  referenceNo: string;
  procedure: string;
  state: string;
  version: number;
}

export async function openProcedureCase(
  ctx: CaseContext,
  body: { procedure: string; input: unknown },
): Promise<OpenedCase> {
  const actor = requireActor(ctx);
  const m = procedureOf(ctx, body.procedure);
  if (!(await m.mayOpen(ctx.db, actor))) throw forbidden('当前账号不能提出此项申请');
  const input = parseForm(m.openSchema, body.input ?? {}, 'input', 'APPLICATION_INVALID');
  // A refusal at opening (branch before receipt, call not open) carries findings: print their articles.
  const plan = await m.resolveOpen(ctx.db, actor, input, ctx.now ?? new Date()).catch((err: unknown) => {
    throw withFindingTexts(err);
  });
  const created = await openCase(ctx.db, {
    machine: m.machine,
    caller: actor,
    institutionId: plan.institutionId,
    authorityId: plan.authorityId,
    jurisdictionCode: plan.jurisdictionCode,
    ...(plan.branchId ? { branchId: plan.branchId } : {}),
    ...(plan.parentCaseId ? { parentCaseId: plan.parentCaseId } : {}),
    ...(plan.deciderInstitutionId ? { deciderInstitutionId: plan.deciderInstitutionId } : {}),
    referencePrefix: plan.referencePrefix,
    data: plan.data,
    parameters: parametersOf(m),
    calendar: ctx.calendar,
    ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
    ...(ctx.now ? { now: ctx.now } : {}),
  });
  return {
    id: created.id,
    referenceNo: created.referenceNo,
    procedure: created.procedure,
    state: created.state,
    version: created.version,
  };
}
