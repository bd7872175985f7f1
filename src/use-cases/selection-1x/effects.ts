// The further writes of the 1+X selection's transitions, in the transition's own transaction: the
// panel drawn (§13, §15), each credit check entered (§16), the public notice started and closed (§16),
// and on publication the directory entry — the organisation with its certificate programmes and the
// validity of its listing (§16 发布培训评价组织和职业技能等级证书清单).
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { listDocuments } from '../../persistence/documents.repository.js';
import { insertCreditCheck } from '../../persistence/credit-checks.repository.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';
import { findApplyingInstitution } from '../../persistence/recruitment-calls.repository.js';
import type { CaseRecord } from '../../persistence/cases.repository.js';
import { CERTIFICATE_LEVELS, type Selection1xData } from '../../workflows/selection-1x/data.js';
import type { CreditCheckPayload } from '../../workflows/selection-1x/events.js';
import { noticePeriodOf } from '../../workflows/selection-1x/machine.js';
import {
  CREDIT_NOTICE_PUBLICATION,
  EXPERT_SELECTION,
  WORK_PLAN,
} from '../../workflows/selection-1x/citations.js';
import type { EffectContext } from '../workflow/procedure-module.js';
import { recordPanelDraw } from '../review/draw-review-panel.js';
import { publishDirectoryEntry } from '../directory/publish-directory-entry.js';
import { startPublicNotice } from '../public-notice/start-public-notice.js';
import { closePublicNotice } from '../public-notice/close-public-notice.js';
import { programmeZh } from './documents.js';

type Ctx = EffectContext<Selection1xData>;

/** The document of `kind` the transition issued (the engine issues documents before the effects run). */
async function issuedDocument(trx: Transaction<DB>, c: CaseRecord, kind: string) {
  return (await listDocuments(trx, c.id)).find((d) => d.caseEventSeq === c.version && d.kind === kind);
}

const NOTICE_OUTCOME: Record<string, { zh: string; en: string }> = {
  end_notice: {
    zh: '公示期满无异议，提请部际联席会议审议',
    en: 'Period over without objection; referred to the joint conference for review',
  },
  exclude_after_objection: {
    zh: '异议经核实成立，不予入围',
    en: 'An objection was found founded; not selected',
  },
};

export async function selection1xEffects(trx: Transaction<DB>, ctx: Ctx): Promise<void> {
  const { data, after } = ctx;
  switch (ctx.event) {
    case 'draw_panel':
      if (data.panel)
        await recordPanelDraw(trx, ctx, {
          case: after,
          panel: data.panel,
          citations: [WORK_PLAN, EXPERT_SELECTION],
        });
      return;

    case 'record_credit_check': {
      const p = ctx.payload as CreditCheckPayload;
      await insertCreditCheck(trx, {
        caseId: after.id,
        caseEventSeq: after.version,
        platform: p.platform,
        source: p.source,
        checkedOn: p.checkedOn,
        result: p.result,
        reference: p.reference ?? null,
        note: p.note ?? null,
        recordedBy: ctx.caller?.userId ?? null,
      });
      return;
    }

    case 'start_notice': {
      const period = noticePeriodOf(ctx.payload, { today: ctx.today, calendar: await loadCalendar(trx) });
      const inst = await findApplyingInstitution(trx, after.institutionId);
      const doc = await issuedDocument(trx, after, 'public_notice');
      await startPublicNotice(trx, ctx, {
        caseId: after.id,
        procedure: after.procedure,
        authorityId: after.authorityId,
        jurisdictionCode: after.jurisdictionCode,
        subjectName: inst?.name ?? '',
        title: `职业教育培训评价组织遴选结果公示（${data.call.batch}）`,
        title_en: `Public notice of the 1+X training-evaluation organisation selection results: ${inst?.name ?? ''}`,
        body:
          `拟入围培训评价组织：${inst?.name ?? ''}；职业技能领域：${data.application.field}；` +
          `职业技能等级证书：${data.application.programmes.map(programmeZh).join('；')}。`,
        summary_en:
          `${inst?.name ?? ''} is proposed for selection as a 1+X training-evaluation organisation, with ` +
          `${data.application.programmes.length} certificate programme(s) in its field; the public is invited to comment.`,
        period,
        citations: [CREDIT_NOTICE_PUBLICATION],
        documentId: doc?.id ?? null,
      });
      return;
    }

    case 'end_notice':
    case 'exclude_after_objection':
      await closePublicNotice(trx, ctx, {
        caseId: after.id,
        closedOn: ctx.today,
        outcome: NOTICE_OUTCOME[ctx.event]!.zh,
        outcome_en: NOTICE_OUTCOME[ctx.event]!.en,
        citations: [CREDIT_NOTICE_PUBLICATION],
      });
      return;

    case 'publish': {
      const publication = data.publication;
      if (!publication) return;
      // The list entry is known by the number of its 公布记录 (a 1+X selection grants no filing code).
      const record = await issuedDocument(trx, after, 'publication_record');
      await publishDirectoryEntry(trx, ctx, {
        institutionId: after.institutionId,
        caseId: after.id,
        procedure: after.procedure,
        regime: '1x-selection',
        filingCode: record?.number ?? after.referenceNo,
        validFrom: publication.validFrom,
        validTo: publication.validTo,
        scopes: [],
        authorityId: after.authorityId,
        citations: [CREDIT_NOTICE_PUBLICATION],
        // Each certificate with its levels, in the order 初级、中级、高级 (the directory's levels column).
        certificateProgrammes: data.application.programmes.map((p) => ({
          name: p.name,
          code: p.code ?? null,
          levels: CERTIFICATE_LEVELS.filter((l) => p.levels.includes(l)),
        })),
        publishedOn: ctx.today,
      });
      return;
    }
  }
}
