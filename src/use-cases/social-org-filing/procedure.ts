// mohrss-filing 二 as the generic case API runs it: who may apply (staff of a social evaluation
// organisation), with what form, to which authority (the institution's supervising HRSS department, or
// another HRSS department whose territory includes it — 二(三) 各地人社部门评价指导部门), the payload of
// each event, the six materials, the guard facts, the documents and the effects.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { forbidden, invalid } from '../../domain/errors.js';
import { jurisdictionPrefix } from '../../policies/scope.js';
import { chinaDate } from '../../workflows/deadline.js';
import { defineProcedure } from '../workflow/procedure-module.js';
import type { SocialOrgFilingData } from '../../workflows/social-org-filing/data.js';
import {
  applicationSchema,
  assessSchema,
  cancelSchema,
  correctionSchema,
  fileSchema,
  quotaOverrideSchema,
  refuseSchema,
  startNoticeSchema,
} from '../../workflows/social-org-filing/events.js';
import { socialOrgFilingMachine, type Ctx } from '../../workflows/social-org-filing/machine.js';
import { numberPrefix } from '../../workflows/social-org-filing/numbering.js';
import { amendSchema, amendmentOf, appliedOccupations } from '../../workflows/social-org-filing/amend.js';
import { reviewCorrectionPayload } from '../../workflows/review-correction.js';
import { assessDefaults } from '../../workflows/social-org-filing/assess-defaults.js';
import { socialOrgChecklist } from './checklist.js';
import { loadSocialOrgFilingCtx } from './load-facts.js';
import { socialOrgDocuments } from './documents.js';
import { socialOrgEffects } from './effects.js';

/** Authorities that take social-organisation filings (二(三): the local HRSS departments). */
const RECEIVING_KINDS = new Set(['provincial_hrss', 'prefectural_hrss']);

async function institutionOf(db: Kysely<DB>, caller: Actor) {
  if (caller.role !== 'institution_staff' || !caller.institutionId) return undefined;
  return db
    .selectFrom('institutions')
    .select(['id', 'kind', 'jurisdiction_code', 'authority_id', 'status'])
    .where('id', '=', caller.institutionId)
    .executeTakeFirst();
}

async function resolveOpen(db: Kysely<DB>, caller: Actor, raw: Record<string, unknown>) {
  const input = applicationSchema.parse(raw);
  const inst = await institutionOf(db, caller);
  if (!inst) throw forbidden('只有评价机构的工作人员可以为本机构申请备案');
  if (inst.kind !== 'social_org') throw forbidden('社会培训评价组织备案只适用于社会培训评价组织');

  const authorityId = input.authorityId ?? inst.authority_id;
  const authority = authorityId
    ? await db
        .selectFrom('authorities')
        .select(['id', 'name', 'kind', 'jurisdiction_code'])
        .where('id', '=', authorityId)
        .executeTakeFirst()
    : undefined;
  if (
    !authority ||
    !RECEIVING_KINDS.has(authority.kind) ||
    !inst.jurisdiction_code.startsWith(jurisdictionPrefix(authority.jurisdiction_code))
  )
    throw invalid(
      'AUTHORITY_NOT_COMPETENT',
      '受理部门应为本机构所在地的人力资源社会保障部门（评价指导部门，mohrss-filing 二（三））',
    );

  const sites = await db
    .selectFrom('sites')
    .select('id')
    .where('institution_id', '=', inst.id)
    .where('branch_id', 'is', null)
    .execute();
  const siteId = input.siteId ?? (sites.length === 1 ? sites[0]!.id : undefined);
  if (!siteId)
    throw invalid(
      sites.length === 0 ? 'SITE_REQUIRED' : 'SITE_CHOICE_REQUIRED',
      sites.length === 0
        ? '请先在机构信息中登记开展评价的场地（二（五）3：相应的场地、设施设备）'
        : '本机构登记了多处场地，请选择开展评价的场地',
    );
  if (!sites.some((s) => s.id === siteId)) throw invalid('SITE_UNKNOWN', '所选场地不是本机构登记的场地');

  const names = await db
    .selectFrom('occupations')
    .select(['code', 'name'])
    .where('code', 'in', [...new Set(input.occupations.map((o) => o.code))])
    .execute();

  const data: SocialOrgFilingData = {
    occupations: appliedOccupations(
      input.occupations,
      Object.fromEntries(names.map((n) => [n.code, n.name])),
    ),
    siteId,
    legalForm: input.legalForm ?? null,
    decoupledFromGovernment: input.decoupledFromGovernment ?? null,
    trainingHistorySince: input.trainingHistorySince ?? null,
    managementSystems: input.managementSystems ?? [],
    correction: null,
    assessment: null,
    quotaOverrides: {},
    notice: null,
    filing: null,
    publishedOn: null,
    refusal: null,
    cancellation: null,
  };
  return {
    institutionId: inst.id,
    authorityId: authority.id,
    jurisdictionCode: inst.jurisdiction_code,
    referencePrefix: numberPrefix('case', authority.jurisdiction_code),
    data,
  };
}

export const socialOrgFilingProcedure = defineProcedure<SocialOrgFilingData, Ctx>({
  id: socialOrgFilingMachine.id,
  title_zh: '社会培训评价组织备案',
  title_en: 'Filing of a social evaluation organisation',
  regimes: ['mohrss-filing', 'gz-rules'],
  machine: socialOrgFilingMachine,
  mayOpen: async (db, caller) => (await institutionOf(db, caller))?.kind === 'social_org',
  openSchema: applicationSchema,
  resolveOpen,
  eventSchemas: {
    update_application: amendSchema,
    request_correction: correctionSchema,
    refuse: refuseSchema,
    assess: assessSchema,
    record_quota_override: quotaOverrideSchema,
    start_notice: startNoticeSchema,
    file: fileSchema,
    cancel: cancelSchema,
    request_review_correction: reviewCorrectionPayload,
  },
  previewGuards: ['submit', 'resubmit', 'resubmit_review_correction', 'accept', 'start_notice', 'file'],
  prefill: (c, event) => (event === 'update_application' ? amendmentOf(c.data as SocialOrgFilingData) : null),
  defaults: {
    events: ['assess'],
    of: (c, _event, ctx) => assessDefaults(c.data as SocialOrgFilingData, ctx),
  },
  checklist: (c) => socialOrgChecklist(chinaDate(c.createdAt)),
  loadGuardsCtx: (trx, c, input) => loadSocialOrgFilingCtx(trx, c, input),
  documents: socialOrgDocuments,
  effects: socialOrgEffects,
  summary: (c) => {
    const d = c.data as SocialOrgFilingData;
    const names = d.occupations.map((o) => o.name);
    const filing = d.filing
      ? `；备案码 ${d.filing.filingCode}`
      : d.notice
        ? `；公示至 ${d.notice.endsOn}`
        : '';
    return `申报职业：${names.slice(0, 3).join('、')}${names.length > 3 ? ` 等 ${names.length} 个` : ''}${filing}`;
  },
  summary_en: (c) => {
    const d = c.data as SocialOrgFilingData;
    const names = d.occupations.map((o) => o.name);
    const filing = d.filing
      ? `; filing code ${d.filing.filingCode}`
      : d.notice
        ? `; public notice until ${d.notice.endsOn}`
        : '';
    return `Occupations: ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` (${names.length} in all)` : ''}${filing}`;
  },
  summaryData: (c) => ({
    occupationName: (c.data as SocialOrgFilingData).occupations.slice(0, 3).map((o) => o.name),
  }),
});
