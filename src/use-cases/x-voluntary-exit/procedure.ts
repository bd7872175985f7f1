// 1+X voluntary exit (1x-exit §2–4, §6, §9–10) as the generic case API runs it: the staff of a selected
// training-evaluation organisation apply (its live 1+X directory entry, the whole organisation or some
// of its certificate programmes); the case goes to the office that published the entry (部际联席会议办公室,
// whose delegated unit processes it). On receipt §4 is checked (refused before the first anniversary of
// the approval) and §6(1) says which intake will process it.
import type { Transaction } from 'kysely';
import { AppError, forbidden } from '../../domain/errors.js';
import { checklistCompleteness, checklistFor } from '../../materials/checklist.js';
import { listCurrentMaterials } from '../../persistence/materials.repository.js';
import type { CaseRecord } from '../../persistence/cases.repository.js';
import type { DB } from '../../persistence/schema.js';
import type { Finding } from '../../rules/finding.js';
import { required } from '../../rules/assessment.js';
import { intakeFinding, workCompleted, yearFindings } from '../../rules/1x-exit/voluntary.js';
import { chinaDate } from '../../workflows/deadline.js';
import {
  approvePayload,
  consultationPayload,
  drawPayload,
  openForm,
  panelPayload,
  publishPayload,
  refusePayload,
  type XExitData,
} from '../../workflows/x-voluntary-exit/data.js';
import {
  REFERENCE_PREFIX,
  xVoluntaryExitMachine,
  type XExitCtx,
} from '../../workflows/x-voluntary-exit/machine.js';
import { waiverPayload } from '../../workflows/exit-wrap-up/wrap-up-guard.js';
import { defineProcedure } from '../workflow/procedure-module.js';
import { loadPanelDraw } from '../review/draw-review-panel.js';
import { loadPanelOpinions } from '../review/decide-panel.js';
import { wrapUpChecklist } from '../exits/wrap-up.js';
import { X_EXIT_CHECKLIST } from './checklist.js';
import { xExitDocuments } from './documents.js';
import { xExitEffects } from './effects.js';
import { liveEntriesOf, openExitCaseOf } from './entries.js';

/** §3–4 of 1x-selection: a national catalogue, the case belongs to the whole country. */
const NATIONAL = '000000';
const REGIMES = ['1x-selection'];

const refused = (code: string, title: string, findings: Finding[]) =>
  new AppError(
    422,
    code,
    title,
    findings
      .filter((f) => f.passed === false)
      .map((f) => f.message_zh)
      .join('；'),
    undefined,
    { findings },
  );

async function materialsOf(trx: Transaction<DB>, c: CaseRecord): Promise<XExitCtx['materials']> {
  const inst = await trx
    .selectFrom('institutions')
    .select('kind')
    .where('id', '=', c.institutionId)
    .executeTakeFirst();
  const list = checklistFor(X_EXIT_CHECKLIST, inst?.kind ?? '');
  const done = checklistCompleteness(list, await listCurrentMaterials(trx, c.id));
  const titles = new Map(list.items.map((i) => [i.id, i.title_zh]));
  return { ...done, missingTitles: done.missing.map((id) => titles.get(id) ?? id) };
}

export const xVoluntaryExitProcedure = defineProcedure<XExitData, XExitCtx>({
  id: xVoluntaryExitMachine.id,
  title_zh: '培训评价组织依申请退出（1+X 证书）',
  title_en: '1+X training-evaluation organisation: exit on application',
  regimes: ['1x-exit'],
  machine: xVoluntaryExitMachine,

  // §3: the organisation applies "因自身原因": its staff, with a live 1+X entry.
  mayOpen: async (db, caller) =>
    caller.role === 'institution_staff' &&
    !!caller.institutionId &&
    (await liveEntriesOf(db, caller.institutionId, REGIMES)).length > 0,
  openSchema: openForm,
  resolveOpen: async (db, caller, raw, at = new Date()) => {
    const input = openForm.parse(raw);
    if (caller.role !== 'institution_staff' || !caller.institutionId)
      throw forbidden('退出申请须由培训评价组织的工作人员提出（第三条）');
    const [entry] = await liveEntriesOf(db, caller.institutionId, REGIMES);
    if (!entry) throw forbidden('本单位不在培训评价组织目录中，无需申请退出');
    const open = await openExitCaseOf(db, xVoluntaryExitMachine.id, caller.institutionId);
    if (open)
      throw new AppError(
        409,
        'CASE_ALREADY_OPEN',
        '已有办理中的退出申请',
        `本单位已提出退出申请：${open.referenceNo}`,
      );
    // §4 checked on the day of opening too, so that an application a year too early is refused at once;
    // the submission checks it again on its own day (the day the delegated unit receives it).
    const receivedOn = chinaDate(at);
    let leaving = entry.programmes;
    if (input.level === 'certificate') {
      const names = [...new Set(input.programmes ?? [])];
      const unknown = names.filter((n) => !entry.programmes.some((p) => p.name === n));
      if (names.length === 0 || unknown.length > 0)
        throw new AppError(
          422,
          'EXIT_PROGRAMMES',
          '证书有误',
          names.length === 0
            ? '证书实施资格退出须列明所涉证书'
            : `本单位目录中没有（或已退出）以下证书：${unknown.join('、')}（现有：${entry.programmes.map((p) => p.name).join('、')}）`,
        );
      leaving = entry.programmes.filter((p) => names.includes(p.name));
    }
    // §4: a programme's approval is the day the entry that lists it took effect.
    const programmes = leaving.map((p) => ({ ...p, approvedOn: entry.validFrom }));
    const admission = [
      ...yearFindings(
        {
          level: input.level,
          certificates: programmes.map((p) => ({ name: p.name, approvedOn: p.approvedOn })),
        },
        receivedOn,
      ),
      required(workCompleted, input.workCompleted, '相关工作内容已完成', 'Related work completed'),
      intakeFinding(receivedOn),
    ];
    if (admission.some((f) => f.passed === false))
      throw refused('EXIT_NOT_ADMISSIBLE', '不符合申请退出的条件', admission);
    return {
      institutionId: caller.institutionId,
      authorityId: entry.authorityId,
      jurisdictionCode: NATIONAL,
      referencePrefix: REFERENCE_PREFIX,
      data: {
        entryId: entry.id,
        filingCode: entry.filingCode,
        level: input.level,
        programmes,
        liveProgrammeCount: entry.programmes.length,
        reason: input.reason,
        workCompleted: input.workCompleted,
        admission,
        waivers: [],
        consultations: [],
      },
    };
  },

  eventSchemas: {
    draw_panel: drawPayload,
    record_panel_opinion: panelPayload,
    record_consultation: consultationPayload,
    waive_wrap_up: waiverPayload,
    approve: approvePayload,
    refuse: refusePayload,
    publish: publishPayload,
  },
  previewGuards: ['submit', 'start_processing', 'approve'],
  checklist: () => X_EXIT_CHECKLIST,

  loadGuardsCtx: async (trx, c, { caller, event, payload, today }) => {
    const preview = event === '';
    const data = c.data as XExitData;
    const ctx: XExitCtx = { today, userId: caller?.userId ?? null };
    if (event === 'submit' || (preview && c.state === 'draft')) ctx.materials = await materialsOf(trx, c);
    if (event === 'draw_panel' && payload) {
      const p = drawPayload.parse(payload);
      ctx.draw = await loadPanelDraw(trx, c, { caller, poolId: p.poolId, size: p.size, today });
    }
    if (event === 'record_panel_opinion' || (preview && c.state === 'expert_review'))
      ctx.opinions = await loadPanelOpinions(trx, c, today);
    if (event === 'approve' || (preview && c.state === 'consultation')) {
      ctx.wrapUp = await wrapUpChecklist(
        trx,
        {
          institutionId: c.institutionId,
          extraWaivers: data.waivers.map((w) => ({ item: w.item, reason: w.reason })),
          frames: [{ regime: '1x-exit', route: 'voluntary' }],
        },
        today,
      );
      const programmes = await trx
        .selectFrom('directory_entry_programmes')
        .select('seq')
        .where('entry_id', '=', data.entryId)
        .where('withdrawn_on', 'is', null)
        .execute();
      ctx.liveProgrammeSeqs = programmes.map((p) => p.seq);
    }
    return ctx;
  },
  documents: xExitDocuments,
  effects: xExitEffects,
  summary: (c) => {
    const d = c.data as XExitData;
    const q = d.intake ? `（${d.intake.year} 年 ${d.intake.month} 月集中受理）` : '';
    return d.level === 'organisation'
      ? `培训评价组织资质退出${q}`
      : `证书实施资格退出：${d.programmes.map((p) => p.name).join('、')}${q}`;
  },
  summary_en: (c) => {
    const d = c.data as XExitData;
    const q = d.intake ? ` (intake ${d.intake.year}-${String(d.intake.month).padStart(2, '0')})` : '';
    return d.level === 'organisation'
      ? `Exit of the organisation${q}`
      : `Exit of ${d.programmes.length} certificate programme(s)${q}`;
  },
  summaryData: (c) => ({ programmeName: (c.data as XExitData).programmes.map((p) => p.name) }),
});
