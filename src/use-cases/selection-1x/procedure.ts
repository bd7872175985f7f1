// The 1+X selection (1x-selection §12–16) as the generic case API runs it: an institution's staff open
// an application to a published recruitment call, decided by the office that issued the call; the
// guard facts are the call as it stands, the materials, the panel draw and the experts' opinions, the
// public notice and its objections; the effects record the panel, the credit checks, the notice and,
// on publication, the directory entry with the certificate programmes and the validity.
import { z } from 'zod';
import { AppError, forbidden, notFound } from '../../domain/errors.js';
import { checklistCompleteness, checklistFor } from '../../materials/checklist.js';
import { listCurrentMaterials } from '../../persistence/materials.repository.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';
import { caseNoticeFacts } from '../public-notice/notice-facts.js';
import {
  findApplyingInstitution,
  findCall,
  openApplicationOf,
} from '../../persistence/recruitment-calls.repository.js';
import type { CaseRecord } from '../../persistence/cases.repository.js';
import type { DB } from '../../persistence/schema.js';
import type { Transaction } from 'kysely';
import { callWindowFinding } from '../../workflows/selection-1x/guards.js';
import type { Selection1xCtx } from '../../workflows/selection-1x/guards.js';
import { application, initialData, type Selection1xData } from '../../workflows/selection-1x/data.js';
import {
  amendPayload,
  approvalPayload,
  correctionPayload,
  creditCheckPayload,
  drawPayload,
  notSelectPayload,
  publishPayload,
  refusalPayload,
  revisionPayload,
  selectPayload,
  siteVisitPayload,
  startNoticePayload,
  type DrawPayload,
} from '../../workflows/selection-1x/events.js';
import { selection1xMachine } from '../../workflows/selection-1x/machine.js';
import { creditCheckDefaults } from '../../workflows/selection-1x/credit-check-defaults.js';
import { chinaDate } from '../../workflows/deadline.js';
import { defineProcedure } from '../workflow/procedure-module.js';
import { loadPanelDraw } from '../review/draw-review-panel.js';
import { loadPanelOpinions } from '../review/decide-panel.js';
import { SELECTION_1X_CHECKLIST } from './checklist.js';
import { selection1xDocuments } from './documents.js';
import { selection1xEffects } from './effects.js';
import { SELECTION_1X_PREFIX } from './number-prefixes.js';
import { reentryFindingsFor, refuseIfBarred } from '../exits/reentry-bars.js';

/** §3–4: a national selection, run by the joint-conference office; the case belongs to the whole country. */
const NATIONAL = '000000';

const openSchema = z.strictObject({
  callId: z
    .guid()
    .describe('招募公告（正在受理申报的公告）')
    .meta({ widget: 'remote', source: '/recruitment-calls?open=true&pageSize=100', labelField: 'title' }),
  ...application.shape,
});

const SUBMISSIONS = new Set(['submit', 'resubmit']);
const PANEL_DECISIONS = new Set(['select', 'not_select', 'return_for_revision']);
const AFTER_NOTICE = new Set(['end_notice', 'exclude_after_objection', 'approve', 'publish']);

async function materialsOf(trx: Transaction<DB>, c: CaseRecord): Promise<Selection1xCtx['materials']> {
  const inst = await findApplyingInstitution(trx, c.institutionId);
  const checklist = checklistFor(SELECTION_1X_CHECKLIST, inst?.kind ?? '');
  const done = checklistCompleteness(checklist, await listCurrentMaterials(trx, c.id));
  const titles = new Map(checklist.items.map((i) => [i.id, i.title_zh]));
  return { complete: done.complete, missing: done.missing.map((id) => titles.get(id) ?? id) };
}

export const selection1xProcedure = defineProcedure<Selection1xData, Selection1xCtx>({
  id: selection1xMachine.id,
  title_zh: '职业教育培训评价组织遴选（1+X 证书）',
  title_en: '1+X training-evaluation organisation selection',
  regimes: ['1x-selection'],
  machine: selection1xMachine,

  // §14 符合条件的单位自愿申报: any institution's staff may answer a call; §2 and §6–10 are checked.
  mayOpen: async (_db, caller) => caller.role === 'institution_staff' && !!caller.institutionId,
  openSchema,
  resolveOpen: async (db, caller, raw, at = new Date()) => {
    const input = openSchema.parse(raw);
    const inst = caller.institutionId ? await findApplyingInstitution(db, caller.institutionId) : undefined;
    if (caller.role !== 'institution_staff' || !inst) throw forbidden('申报须由申报单位的工作人员提出');
    const call = await findCall(db, { kind: 'public' }, input.callId);
    if (!call) throw notFound('招募公告');
    // The window is checked again when the application is submitted (the submit guard, §14).
    const window = callWindowFinding(
      {
        status: call.status,
        openOn: call.openOn,
        closeOn: call.closeOn,
        fields: call.fields.map((f) => f.name),
      },
      chinaDate(at),
    );
    if (window.passed === false)
      throw new AppError(422, 'CALL_NOT_OPEN', '不在申报时间内', window.message_zh, undefined, {
        findings: [window],
      });
    // 1x-exit §10: an entity barred after an exit (by USCC or legal representative) may not apply; asked
    // again at submission (the day of 申报), see the submission guard.
    await refuseIfBarred(db, inst.id, chinaDate(at));
    const open = await openApplicationOf(db, call.id, inst.id);
    if (open)
      throw new AppError(
        409,
        'CASE_ALREADY_OPEN',
        '已有办理中的申报',
        `本单位已响应该招募公告申报：${open.referenceNo}`,
      );
    const { callId: _callId, ...app } = input;
    return {
      institutionId: inst.id,
      authorityId: call.authorityId,
      jurisdictionCode: NATIONAL,
      referencePrefix: SELECTION_1X_PREFIX.case,
      data: initialData(
        call.id,
        { title: call.title, batch: call.batch, openOn: call.openOn, closeOn: call.closeOn },
        app,
      ),
    };
  },

  eventSchemas: {
    amend: amendPayload,
    request_correction: correctionPayload,
    refuse: refusalPayload,
    draw_panel: drawPayload,
    record_site_visit: siteVisitPayload,
    select: selectPayload,
    not_select: notSelectPayload,
    return_for_revision: revisionPayload,
    record_credit_check: creditCheckPayload,
    start_notice: startNoticePayload,
    exclude_for_credit: refusalPayload,
    exclude_after_objection: refusalPayload,
    approve: approvalPayload,
    reject: refusalPayload,
    publish: publishPayload,
  },
  previewGuards: ['submit', 'resubmit', 'accept', 'start_notice', 'exclude_for_credit', 'end_notice'],
  checklist: () => SELECTION_1X_CHECKLIST,

  loadGuardsCtx: async (trx, c, { caller, event, payload, today }) => {
    // event '' is the case page's preview of every button in the current state (no payload yet).
    const preview = event === '';
    const is = (events: Set<string>, states: readonly string[]) =>
      events.has(event) || (preview && states.includes(c.state));
    const ctx: Selection1xCtx = { today };
    if (is(SUBMISSIONS, ['draft', 'correction', 'revision'])) {
      const call = await findCall(trx, { kind: 'all' }, (c.data as Selection1xData).callId);
      ctx.call = call
        ? {
            status: call.status,
            openOn: call.openOn,
            closeOn: call.closeOn,
            fields: call.fields.map((f) => f.name),
          }
        : null;
      ctx.materials = await materialsOf(trx, c);
      ctx.reentry = await reentryFindingsFor(trx, c.institutionId, today);
    }
    if (event === 'draw_panel' && payload) {
      const p = payload as DrawPayload;
      ctx.draw = await loadPanelDraw(trx, c, { caller, poolId: p.poolId, size: p.size, today });
    }
    if (is(PANEL_DECISIONS, ['expert_review'])) ctx.opinions = await loadPanelOpinions(trx, c, today);
    if (is(new Set(['start_notice']), ['shortlisted'])) ctx.calendar = await loadCalendar(trx);
    if (is(AFTER_NOTICE, ['public_notice', 'awaiting_approval', 'approved']))
      ctx.notice = await caseNoticeFacts(trx, c.id);
    return ctx;
  },
  documents: selection1xDocuments,
  effects: selection1xEffects,

  // §14: amending (in the draft, on a correction request, on the panel's revision request) starts
  // from the application as filed.
  prefill: (c, event) => (event === 'amend' ? (c.data as Selection1xData).application : null),
  // A credit look-up starts with the next platform without a result that counts (issue 10 point 7).
  defaults: {
    events: ['record_credit_check'],
    of: (c, _event, ctx) => creditCheckDefaults(c.data as Selection1xData, ctx.today),
  },
  summary: (c) => {
    const d = c.data as Partial<Selection1xData>;
    const programmes = d.application?.programmes ?? [];
    // While the application is a draft, the applicant's one date: the call's last day (§14).
    const due = c.state === 'draft' && d.call ? ` · 申报截止 ${d.call.closeOn}` : '';
    return `${d.call?.batch ?? ''} · ${d.application?.field ?? ''} · ${programmes.map((p) => p.name).join('、')}${due}`;
  },
  summary_en: (c) => {
    const d = c.data as Partial<Selection1xData>;
    const programmes = d.application?.programmes ?? [];
    const due = c.state === 'draft' && d.call ? ` · applications close ${d.call.closeOn}` : '';
    return `${d.call?.batch ?? ''} · ${d.application?.field ?? ''} · ${programmes.map((p) => p.name).join(', ')}${due}`;
  },
  summaryData: (c) => {
    const d = c.data as Partial<Selection1xData>;
    return {
      batch: d.call?.batch ? [d.call.batch] : [],
      field: d.application?.field ? [d.application.field] : [],
      programmeName: (d.application?.programmes ?? []).map((p) => p.name),
    };
  },
});
