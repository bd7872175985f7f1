// 贵州省职业技能等级认定机构遴选 (gz-rules §4–7) as the generic case API runs it: a Guizhou employer,
// school or social training-evaluation organisation opens its application with 贵州省人力资源和社会保障厅;
// the guards read the registry under the case lock and run the gz-rules checks; 'select' publishes the
// occupations that pass with their validity.
import { z } from 'zod';
import { forbidden, invalid } from '../../domain/errors.js';
import { checklistCompleteness, checklistFor } from '../../materials/checklist.js';
import { listCurrentMaterials } from '../../persistence/materials.repository.js';
import { findGuizhouAuthority, findSelectionInstitution } from '../../persistence/gz-selection.repository.js';
import { defineProcedure } from '../workflow/procedure-module.js';
import {
  APPLICANT_KINDS,
  APPLICANT_KIND_ZH,
  application,
  correctionPayload,
  refusePayload,
  review,
  selectPayload,
  type ApplicantKind,
  type GzSelectionData,
} from '../../workflows/gz-selection/data.js';
import {
  REFERENCE_PREFIX,
  gzSelectionMachine,
  type GzSelectionCtx,
} from '../../workflows/gz-selection/machine.js';
import { GZ_SELECTION_CHECKLIST } from './checklist.js';
import { gzSelectionDocuments } from './documents.js';
import { gzSelectionEffects } from './effects.js';
import { GUIZHOU_PROVINCE, loadRegistryFacts } from './load-registry-facts.js';
import { lockProvince } from '../social-org-filing/load-facts.js';

const isApplicantKind = (k: string): k is ApplicantKind => (APPLICANT_KINDS as readonly string[]).includes(k);
const inGuizhou = (code: string) => code.startsWith('52');

export const gzSelectionProcedure = defineProcedure<GzSelectionData, GzSelectionCtx>({
  id: gzSelectionMachine.id,
  title_zh: '贵州省职业技能等级认定机构遴选',
  title_en: 'Guizhou selection of skill-level evaluation institutions',
  regimes: ['gz-rules'],
  machine: gzSelectionMachine,

  mayOpen: async (db, caller) => {
    if (caller.role !== 'institution_staff' || !caller.institutionId) return false;
    const inst = await findSelectionInstitution(db, caller.institutionId);
    return !!inst && isApplicantKind(inst.kind) && inGuizhou(inst.jurisdictionCode);
  },
  openSchema: application as unknown as z.ZodType<Record<string, unknown>>,
  resolveOpen: async (db, caller, raw) => {
    const input = application.parse(raw);
    const inst = caller.institutionId ? await findSelectionInstitution(db, caller.institutionId) : undefined;
    if (!inst || !isApplicantKind(inst.kind))
      throw forbidden('只有用人单位、院校和社会培训评价组织可以申报贵州省评价机构遴选（第四条至第六条）');
    // gz-rules §2: the rules apply within Guizhou only.
    if (!inGuizhou(inst.jurisdictionCode))
      throw forbidden(
        '《贵州省职业技能等级认定机构遴选及退出实施细则》适用于贵州省行政区域内的机构（第二条）',
      );
    const authority = await findGuizhouAuthority(db);
    if (!authority) throw invalid('AUTHORITY_MISSING', '未登记贵州省人力资源和社会保障厅，无法受理遴选申报');
    return {
      institutionId: inst.id,
      authorityId: authority.id,
      jurisdictionCode: inst.jurisdictionCode,
      referencePrefix: REFERENCE_PREFIX,
      data: { applyingAs: inst.kind, application: input },
    };
  },

  eventSchemas: {
    edit: application,
    record_review: review,
    request_correction: correctionPayload,
    select: selectPayload,
    refuse: refusePayload,
  },
  previewGuards: ['submit', 'resubmit', 'select'],

  checklist: () => GZ_SELECTION_CHECKLIST,
  loadGuardsCtx: async (trx, c, { today, event }) => {
    const data = c.data as GzSelectionData;
    // mohrss-filing 二(四): a selection counts the province's places — it waits for the other
    // decisions counting them (social-organisation filings take the same lock).
    if (event === 'select' && data.applyingAs === 'social_org') await lockProvince(trx, GUIZHOU_PROVINCE);
    const registry = await loadRegistryFacts(
      trx,
      c.institutionId,
      data.application.siteId,
      data.application.occupations.map((o) => o.code),
      today,
    );
    const materials = await listCurrentMaterials(trx, c.id);
    return {
      asOf: today,
      referenceNo: c.referenceNo,
      registry,
      materials: checklistCompleteness(
        checklistFor(GZ_SELECTION_CHECKLIST, registry.institution.kind),
        materials,
      ),
    };
  },
  documents: gzSelectionDocuments,
  effects: gzSelectionEffects,
  summary: (c) => {
    const d = c.data as GzSelectionData;
    const codes = d.application.occupations.map((o) => o.code);
    return `${APPLICANT_KIND_ZH[d.applyingAs]} · 申请职业：${codes.slice(0, 3).join('、')}${codes.length > 3 ? ` 等 ${codes.length} 个` : ''}`;
  },
});
