// The national employer's filing (mohrss-filing 一) as the generic case API runs it: a national
// employer's staff open it with the national centre (一(三) 受理机构 = 指导中心); the guard facts are
// the case's current materials, the occupations named, the panel draw and the opinions; the effects
// record the panel, the filing's validity and the directory entry.
import { AppError, forbidden } from '../../domain/errors.js';
import { nextNumber } from '../../persistence/cases.repository.js';
import { listCurrentMaterials } from '../../persistence/materials.repository.js';
import {
  findApplyingInstitution,
  findAuthorityOfKind,
  occupationNames,
  openCasesOf,
} from '../../persistence/employer-filing.repository.js';
import { setCaseValidity } from '../../persistence/directory.repository.js';
import { mf } from '../../parameters/mohrss-filing.js';
import { chinaDate } from '../../workflows/deadline.js';
import { employerFilingMachine } from '../../workflows/employer-filing/machine.js';
import type {
  EmployerFilingCtx,
  EmployerFilingData,
  ScopeEntry,
} from '../../workflows/employer-filing/data.js';
import { ministryCounter, ministryFilingCode } from '../../workflows/employer-filing/filing-code.js';
import { withName } from '../../workflows/employer-filing/updates.js';
import { employerAssessmentDefaults } from '../../workflows/employer-filing/assessment-defaults.js';
import { defineProcedure } from '../workflow/procedure-module.js';
import { publishDirectoryEntry } from '../directory/publish-directory-entry.js';
import { loadPanelDraw, recordPanelDraw } from '../review/draw-review-panel.js';
import { loadPanelOpinions } from '../review/decide-panel.js';
import { employerChecklist } from './checklists.js';
import { employerDocuments } from './documents.js';
import { employerEventSchemas, employerOpenSchema } from './forms.js';
import { MINISTRY_PREFIX } from './number-prefixes.js';

const NATIONAL = '000000';
const DECISION_EVENTS = new Set(['approve_review', 'reject_review', 'request_revision']);

export const employerFilingProcedure = defineProcedure<EmployerFilingData, EmployerFilingCtx>({
  id: employerFilingMachine.id,
  title_zh: '全国性用人单位备案（部级备案）',
  title_en: 'Filing of a national employer (ministry filing)',
  regimes: ['mohrss-filing'],
  machine: employerFilingMachine,

  mayOpen: async (db, caller) => {
    if (caller.role !== 'institution_staff' || !caller.institutionId) return false;
    return (await findApplyingInstitution(db, caller.institutionId))?.kind === 'employer';
  },
  openSchema: employerOpenSchema,
  resolveOpen: async (db, caller, raw) => {
    const input = employerOpenSchema.parse(raw);
    const inst = caller.institutionId ? await findApplyingInstitution(db, caller.institutionId) : undefined;
    if (caller.role !== 'institution_staff' || !inst || inst.kind !== 'employer')
      throw forbidden('全国性用人单位备案只能由用人单位的工作人员申请');
    // 一(三): the national centre receives every national employer's application.
    const centre = await findAuthorityOfKind(db, 'national_centre', NATIONAL);
    if (!centre)
      throw new AppError(
        422,
        'NO_RECEIVING_AUTHORITY',
        '无受理机构',
        '系统中没有登记中国就业培训技术指导中心',
      );
    const open = await openCasesOf(db, employerFilingMachine.id, { institutionId: inst.id });
    if (open.length > 0)
      throw new AppError(
        409,
        'CASE_ALREADY_OPEN',
        '已有办理中的申请',
        `本单位已有办理中的备案申请：${open.join('、')}`,
      );
    const names = await occupationNames(
      db,
      input.scopes.map((s) => s.occupationCode),
    );
    return {
      institutionId: inst.id,
      authorityId: centre.id,
      jurisdictionCode: NATIONAL,
      referencePrefix: MINISTRY_PREFIX.case,
      data: {
        declaration: {
          nationalEmployer: input.nationalEmployer,
          enterpriseCategory: input.enterpriseCategory,
          acceptsSupervision: input.acceptsSupervision,
        },
        scopes: input.scopes.map((s) => withName(s, names)),
      },
    };
  },

  eventSchemas: employerEventSchemas,
  previewGuards: ['submit', 'resubmit', 'resubmit_review_correction', 'accept', 'resubmit_revision', 'file'],
  // Correcting the application starts from what was filed (the catalogue names are the system's own).
  prefill: (c, event) => {
    if (event !== 'update_application') return null;
    const d = c.data as EmployerFilingData;
    return {
      ...Object.fromEntries(Object.entries(d.declaration).filter(([, v]) => v !== undefined)),
      scopes: d.scopes.map((s) => ({ occupationCode: s.occupationCode, level: s.level })),
    };
  },
  // The panel decision's assessment: 一(六)2–4 are the authority's judgements, answered 是/否 from unset.
  defaults: {
    events: ['approve_review'],
    of: (c) => employerAssessmentDefaults(c.data as EmployerFilingData),
  },
  checklist: (c) => employerChecklist(chinaDate(c.createdAt)),

  loadGuardsCtx: async (trx, c, { caller, event, payload, today }) => {
    const data = c.data as EmployerFilingData;
    const materials = (await listCurrentMaterials(trx, c.id)).map((m) => ({
      id: m.id,
      item: m.checklistItem,
    }));
    const named = (payload as { scopes?: ScopeEntry[] } | undefined)?.scopes ?? [];
    const ctx: EmployerFilingCtx = {
      today,
      materials,
      occupations: await occupationNames(
        trx,
        [...data.scopes, ...named].map((s) => s.occupationCode),
      ),
    };
    if (event === 'draw_panel') {
      const p = payload as { poolId: string; size: number };
      ctx.draw = await loadPanelDraw(trx, c, { caller, poolId: p.poolId, size: p.size, today });
    }
    if (DECISION_EVENTS.has(event)) ctx.opinions = await loadPanelOpinions(trx, c, today);
    // 一(十)4 赋予机构备案码: allocated under the lock, so a refused or rolled-back filing leaves no gap.
    if (event === 'file' && caller !== null && c.state === 'approved') {
      const { scope, year } = ministryCounter(Number(today.slice(0, 4)));
      ctx.filingCode = ministryFilingCode(year, await nextNumber(trx, scope, year));
    }
    return ctx;
  },
  documents: employerDocuments,

  effects: async (trx, ctx) => {
    const data = ctx.data;
    if (ctx.event === 'draw_panel' && data.panel) {
      await recordPanelDraw(trx, ctx, { case: ctx.after, panel: data.panel, citations: [mf('一', '十', 3)] });
    }
    // Validity (issue 4 §6): from the filing date; the guide sets no period for a national employer.
    if (ctx.event === 'file' && data.filing) {
      await setCaseValidity(trx, ctx.after.id, data.filing.filedOn, null);
    }
    if (ctx.event === 'publish' && data.filing) {
      await publishDirectoryEntry(trx, ctx, {
        institutionId: ctx.after.institutionId,
        caseId: ctx.after.id,
        procedure: ctx.after.procedure,
        regime: 'mohrss-filing',
        filingCode: data.filing.code,
        validFrom: data.filing.filedOn,
        validTo: null,
        scopes: data.scopes.map((s) => ({ occupationCode: s.occupationCode, level: s.level })),
        authorityId: ctx.after.authorityId,
        citations: [mf('一', '十', 4), mf('一', '十', 6)],
        publishedOn: ctx.today,
      });
    }
  },
  summary: (c) => {
    const scopes = (c.data as EmployerFilingData).scopes ?? [];
    const first = scopes[0];
    return first
      ? `申报职业：${first.occupationName ?? first.occupationCode} 等 ${scopes.length} 项`
      : '尚未填写申报职业';
  },
  summary_en: (c) => {
    const scopes = (c.data as EmployerFilingData).scopes ?? [];
    const first = scopes[0];
    return first
      ? `Occupations: ${first.occupationName ?? first.occupationCode}${scopes.length > 1 ? ` and ${scopes.length - 1} more` : ''}`
      : 'No occupation entered yet';
  },
  summaryData: (c) => {
    const first = ((c.data as EmployerFilingData).scopes ?? [])[0];
    return { occupationName: first?.occupationName ? [first.occupationName] : [] };
  },
});
