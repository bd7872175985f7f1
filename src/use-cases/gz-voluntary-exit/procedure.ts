// Guizhou voluntary exit (gz-rules §13, §16) as the generic case API runs it: the staff of a Guizhou
// evaluation institution apply to the department that holds its filing (所属人力资源社会保障部门) for the
// whole filing or some of its occupations; the 30 days' notice is checked on receipt; the termination
// applies the exit (applyExit, route 'voluntary') with the waivers the case kept.
import type { Transaction } from 'kysely';
import { AppError, forbidden } from '../../domain/errors.js';
import { checklistCompleteness, type Checklist } from '../../materials/checklist.js';
import { listCurrentMaterials } from '../../persistence/materials.repository.js';
import type { DB } from '../../persistence/schema.js';
import { chinaDate } from '../../workflows/deadline.js';
import {
  NOTICE,
  REFERENCE_PREFIX,
  VOLUNTARY,
  gzVoluntaryExitMachine,
  noticeFindings,
  openForm,
  refusePayload,
  terminatePayload,
  type GzExitCtx,
  type GzExitData,
} from '../../workflows/gz-voluntary-exit/machine.js';
import { waiverPayload } from '../../workflows/exit-wrap-up/wrap-up-guard.js';
import { defineProcedure, type EffectContext } from '../workflow/procedure-module.js';
import { applyExit } from '../exits/apply-exit.js';
import { wrapUpChecklist } from '../exits/wrap-up.js';
import { copyWaivers, liveEntriesOf, openExitCaseOf } from '../x-voluntary-exit/entries.js';
import { gzExitDocuments } from './documents.js';

const REGIMES = ['gz-rules', 'mohrss-filing'];
const inGuizhou = (code: string) => code.startsWith('52');

export const GZ_EXIT_CHECKLIST: Checklist = {
  procedure: 'gz-voluntary-exit',
  items: [
    {
      id: 'written_application',
      title_zh: '书面退出申请（加盖公章）',
      title_en: 'Written application to exit (sealed)',
      required: true,
      accepts: ['pdf', 'image'],
      citation: VOLUNTARY,
    },
  ],
};

async function guizhouEntry(db: Parameters<typeof liveEntriesOf>[0], institutionId: string) {
  return (await liveEntriesOf(db, institutionId, REGIMES)).find((e) => inGuizhou(e.jurisdictionCode));
}

async function effects(trx: Transaction<DB>, ctx: EffectContext<GzExitData>): Promise<void> {
  if (ctx.event !== 'terminate') return;
  const d = ctx.data;
  const applied = await applyExit(
    trx,
    { caller: ctx.caller, ...(ctx.requestId ? { requestId: ctx.requestId } : {}) },
    {
      institutionId: ctx.after.institutionId,
      entryId: d.entryId,
      regime: 'gz-rules',
      route: 'voluntary',
      scope:
        d.scope === 'institution'
          ? { kind: 'institution' }
          : { kind: 'occupations', occupations: d.occupations },
      terminatedOn: d.terminatedOn!,
      wrapUpDue: null,
      caseId: ctx.after.id,
      authorityId: ctx.after.authorityId,
      reason_zh: `自愿终止退出（${ctx.after.referenceNo}）：${d.reason}`,
      citations: [VOLUNTARY, NOTICE],
    },
  );
  await copyWaivers(trx, applied.exitId, d.waivers);
}

export const gzVoluntaryExitProcedure = defineProcedure<GzExitData, GzExitCtx>({
  id: gzVoluntaryExitMachine.id,
  title_zh: '评价机构自愿终止退出（贵州）',
  title_en: 'Guizhou evaluation institution: voluntary exit',
  regimes: ['gz-rules'],
  machine: gzVoluntaryExitMachine,

  mayOpen: async (db, caller) =>
    caller.role === 'institution_staff' &&
    !!caller.institutionId &&
    (await guizhouEntry(db, caller.institutionId)) !== undefined,
  openSchema: openForm,
  resolveOpen: async (db, caller, raw, at = new Date()) => {
    const input = openForm.parse(raw);
    if (caller.role !== 'institution_staff' || !caller.institutionId)
      throw forbidden('退出申请须由评价机构的工作人员提出（第十三条）');
    const entry = await guizhouEntry(db, caller.institutionId);
    if (!entry) throw forbidden('本单位在贵州省没有有效的评价机构备案（第二条）');
    const open = await openExitCaseOf(db, gzVoluntaryExitMachine.id, caller.institutionId);
    if (open)
      throw new AppError(
        409,
        'CASE_ALREADY_OPEN',
        '已有办理中的退出申请',
        `本单位已提出退出申请：${open.referenceNo}`,
      );
    const occupations = input.occupations ?? [];
    const unknown = occupations.filter(
      (o) => !entry.scopes.some((s) => s.occupationCode === o.occupationCode && s.level === o.level),
    );
    if (unknown.length > 0)
      throw new AppError(
        422,
        'EXIT_OCCUPATIONS',
        '职业（工种）有误',
        `备案范围中没有：${unknown.map((o) => `${o.occupationCode}（${o.level} 级）`).join('、')}`,
      );
    const submittedOn = chinaDate(at);
    // §13 checked on the day of opening, so that too short a notice is refused at once; the submission
    // checks it again on its own day (the day the written application reaches the department).
    const admission = noticeFindings(
      { intendedTerminationOn: input.intendedTerminationOn } as GzExitData,
      submittedOn,
    );
    if (admission.some((f) => f.passed === false))
      throw new AppError(
        422,
        'EXIT_NOTICE_TOO_SHORT',
        '不足30日',
        admission
          .filter((f) => f.passed === false)
          .map((f) => f.message_zh)
          .join('；'),
        undefined,
        { findings: admission },
      );
    const earliest = admission.find((f) => f.ruleId === 'gz-rules/13/notice')?.values.earliestTerminationOn;
    const whole =
      occupations.length === 0 ||
      entry.scopes.every((s) =>
        occupations.some((o) => o.occupationCode === s.occupationCode && o.level === s.level),
      );
    return {
      institutionId: caller.institutionId,
      authorityId: entry.authorityId,
      jurisdictionCode: entry.jurisdictionCode,
      referencePrefix: REFERENCE_PREFIX,
      data: {
        entryId: entry.id,
        filingCode: entry.filingCode,
        applicationSubmittedOn: submittedOn,
        intendedTerminationOn: input.intendedTerminationOn,
        earliestTerminationOn: typeof earliest === 'string' ? earliest : input.intendedTerminationOn,
        // gz-rules §13 read with 1x-exit §2 (issue 15 point 5): leaving every occupation ends the filing.
        scope: whole ? 'institution' : 'occupations',
        occupations,
        reason: input.reason,
        admission,
        waivers: [],
      },
    };
  },
  eventSchemas: { refuse: refusePayload, waive_wrap_up: waiverPayload, terminate: terminatePayload },
  previewGuards: ['submit', 'terminate'],
  checklist: () => GZ_EXIT_CHECKLIST,
  loadGuardsCtx: async (trx, c, { caller, event, today }) => {
    const preview = event === '';
    const ctx: GzExitCtx = { today, userId: caller?.userId ?? null };
    if (event === 'submit' || (preview && c.state === 'draft'))
      ctx.materialsComplete = checklistCompleteness(
        GZ_EXIT_CHECKLIST,
        await listCurrentMaterials(trx, c.id),
      ).complete;
    if (event === 'terminate' || (preview && c.state === 'wrap_up')) {
      const d = c.data as GzExitData;
      ctx.wrapUp = await wrapUpChecklist(
        trx,
        {
          institutionId: c.institutionId,
          extraWaivers: d.waivers.map((w) => ({ item: w.item, reason: w.reason })),
          frames: [{ regime: 'gz-rules', route: 'voluntary' }],
        },
        today,
      );
    }
    return ctx;
  },
  documents: gzExitDocuments,
  effects,
  summary: (c) => {
    const d = c.data as GzExitData;
    return `拟于 ${d.intendedTerminationOn} 终止${d.scope === 'institution' ? '全部评价活动' : `${d.occupations.length} 个职业（工种）等级`}`;
  },
  summary_en: (c) => {
    const d = c.data as GzExitData;
    return `Intended end ${d.intendedTerminationOn}${d.scope === 'institution' ? ' (all evaluation)' : ` (${d.occupations.length} occupation levels)`}`;
  },
});
