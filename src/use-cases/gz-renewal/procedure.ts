// 贵州省职业技能等级认定机构续期 (gz-rules §8–12, §14) as the generic case API runs it: a Guizhou
// employer, school or social organisation opens a renewal of one of its live gz-rules directory entries,
// before that entry's validity ends (after it, §14: the qualification has ended — refused with that
// article); the guards count its certificates per occupation from the register under the case lock and
// run gz-rules.renewal; 'renew' publishes the successor entry with the renewed occupations.
import { AppError, forbidden, invalid, notFound } from '../../domain/errors.js';
import { checklistCompleteness, checklistFor } from '../../materials/checklist.js';
import { listCurrentMaterials } from '../../persistence/materials.repository.js';
import { findGuizhouAuthority, findSelectionInstitution } from '../../persistence/gz-selection.repository.js';
import { findRenewableEntry } from '../../persistence/gz-renewal.repository.js';
import { chinaDate } from '../../workflows/deadline.js';
import { defineProcedure } from '../workflow/procedure-module.js';
import {
  KIND_EN,
  KIND_ZH,
  RENEWAL_KINDS,
  assessment,
  correctionPayload,
  editPayload,
  openPayload,
  refusePayload,
  renewPayload,
  type GzRenewalData,
  type RenewalKind,
} from '../../workflows/gz-renewal/data.js';
import {
  REFERENCE_PREFIX,
  gzRenewalMachine,
  inTimeFinding,
  type GzRenewalCtx,
} from '../../workflows/gz-renewal/machine.js';
import { guardFailed } from '../workflow/workflow-errors.js';
import { renewalChecklist } from './checklist.js';
import { gzRenewalDocuments } from './documents.js';
import { gzRenewalEffects } from './effects.js';
import { countForRenewal } from './counts.js';
import { renewalStatusOf } from './renewal-status.js';

const isKind = (k: string): k is RenewalKind => (RENEWAL_KINDS as readonly string[]).includes(k);
const inGuizhou = (code: string) => code.startsWith('52');

export const gzRenewalProcedure = defineProcedure<GzRenewalData, GzRenewalCtx>({
  id: gzRenewalMachine.id,
  title_zh: '贵州省职业技能等级认定机构续期',
  title_en: 'Guizhou renewal of skill-level evaluation institutions',
  regimes: ['gz-rules'],
  machine: gzRenewalMachine,

  // Cheap, as the guide declares it: a Guizhou employer, school or social organisation. Which of its
  // entries it renews (and whether in time) resolveOpen decides.
  mayOpen: async (db, caller) => {
    if (caller.role !== 'institution_staff' || !caller.institutionId) return false;
    const inst = await findSelectionInstitution(db, caller.institutionId);
    return !!inst && isKind(inst.kind) && inGuizhou(inst.jurisdictionCode);
  },
  openSchema: openPayload,
  resolveOpen: async (db, caller, raw, at) => {
    const input = openPayload.parse(raw);
    const today = chinaDate(at ?? new Date());
    const inst = caller.institutionId ? await findSelectionInstitution(db, caller.institutionId) : undefined;
    if (!inst || !isKind(inst.kind))
      throw forbidden('只有用人单位、院校和社会培训评价组织可以申请评价机构续期（第八条至第十条）');
    if (!inGuizhou(inst.jurisdictionCode))
      throw forbidden(
        '《贵州省职业技能等级认定机构遴选及退出实施细则》适用于贵州省行政区域内的机构（第二条）',
      );
    const entry = await findRenewableEntry(db, input.entryId);
    // Another institution's entry answers as a missing one.
    if (!entry || entry.institutionId !== inst.id) throw notFound('目录条目');
    if (!entry.validTo) throw invalid('RENEWAL_NO_VALIDITY', '该目录条目未设有效期截止日，无需续期');
    const inTime = inTimeFinding(entry.validTo, today);
    if (inTime.passed !== true) throw guardFailed(inTime.message_zh, [inTime]);
    const status = await renewalStatusOf(db, entry.id);
    if (status.state === 'pending' || status.state === 'approved' || status.caseId)
      throw new AppError(
        409,
        'RENEWAL_EXISTS',
        '已有续期申请',
        '该目录条目已有续期申请（填报中、评估中或已准予续期），请在原申请中办理',
      );
    const codes = input.occupations ?? entry.occupations.map((o) => o.code);
    const unknown = codes.filter((c) => !entry.occupations.some((o) => o.code === c));
    if (unknown.length > 0 || codes.length === 0)
      throw invalid(
        'RENEWAL_OCCUPATIONS',
        `申请续期的职业（工种）不在该条目的认定范围内：${unknown.join('、')}`,
      );
    const authority = await findGuizhouAuthority(db);
    if (!authority) throw invalid('AUTHORITY_MISSING', '未登记贵州省人力资源和社会保障厅，无法受理续期申请');
    return {
      institutionId: inst.id,
      authorityId: entry.authorityId ?? authority.id,
      jurisdictionCode: inst.jurisdictionCode,
      referencePrefix: REFERENCE_PREFIX,
      data: {
        entryId: entry.id,
        filingCode: entry.filingCode,
        kind: inst.kind,
        validFrom: entry.validFrom,
        validTo: entry.validTo,
        entryOccupations: entry.occupations,
        occupations: codes,
      },
    };
  },

  eventSchemas: {
    edit: editPayload,
    record_assessment: assessment,
    request_correction: correctionPayload,
    renew: renewPayload,
    refuse: refusePayload,
  },
  previewGuards: ['submit', 'resubmit'],
  prefill: (c, event) => {
    const d = c.data as GzRenewalData;
    if (event === 'edit') return { occupations: d.occupations };
    if (event === 'record_assessment' && d.assessment) return d.assessment;
    return null;
  },
  checklist: (c) => renewalChecklist(chinaDate(c.createdAt)),
  loadGuardsCtx: async (trx, c, { today }) => {
    const data = c.data as GzRenewalData;
    const counts = await countForRenewal(trx, c.institutionId, data, today);
    const materials = await listCurrentMaterials(trx, c.id);
    return {
      asOf: today,
      referenceNo: c.referenceNo,
      counts,
      materials: checklistCompleteness(checklistFor(renewalChecklist(today), data.kind), materials),
    };
  },
  documents: gzRenewalDocuments,
  effects: gzRenewalEffects,
  summary: (c) => {
    const d = c.data as GzRenewalData;
    return `${KIND_ZH[d.kind]} · 续期 ${d.filingCode}（有效期至 ${d.validTo}）· 职业：${d.occupations.slice(0, 3).join('、')}${d.occupations.length > 3 ? ` 等 ${d.occupations.length} 个` : ''}`;
  },
  summary_en: (c) => {
    const d = c.data as GzRenewalData;
    // The selection's code is a Chinese document number (黔人社评遴〔…〕号): the English line names it by its validity.
    return `${KIND_EN[d.kind]} · renewal of the selection valid to ${d.validTo} · occupations ${d.occupations.slice(0, 3).join(', ')}${d.occupations.length > 3 ? ` (${d.occupations.length} in all)` : ''}`;
  },
});
