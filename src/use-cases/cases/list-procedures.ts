// The procedures the caller may open (「申请」): each with its opening form as a JSON schema, so that
// the browser renders the form without knowing the procedure.
import { formSchema, requireActor, type CaseContext } from './case-context.js';

export interface ProcedureView {
  id: string;
  title_zh: string;
  title_en: string;
  procedure_zh: string;
  procedure_en: string;
  regimes: string[];
  openSchema: Record<string, unknown>;
}

export async function listProcedures(ctx: CaseContext): Promise<{ items: ProcedureView[] }> {
  const actor = requireActor(ctx);
  const items: ProcedureView[] = [];
  for (const m of ctx.procedures) {
    if (!(await m.mayOpen(ctx.db, actor))) continue;
    items.push({
      id: m.id,
      title_zh: m.title_zh,
      title_en: m.title_en,
      procedure_zh: m.machine.procedure_zh,
      procedure_en: m.machine.procedure_en,
      regimes: [...m.regimes],
      openSchema: formSchema(m.openSchema),
    });
  }
  return { items };
}
