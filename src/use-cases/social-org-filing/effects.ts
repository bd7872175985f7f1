// What a social-organisation filing's transitions write besides the case (same transaction):
// the public notice it opens and closes (mohrss-filing 二(十)4), the validity the filing records (二(十)5),
// the directory entry with its scope and validity at publication (二(十)6, via publishDirectoryEntry),
// and its withdrawal when the filing is cancelled for untrue materials (二(十一), withdrawDirectoryEntry).
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { setCaseValidity } from '../../persistence/directory.repository.js';
import type { EffectContext } from '../workflow/procedure-module.js';
import { publishDirectoryEntry } from '../directory/publish-directory-entry.js';
import { withdrawDirectoryEntry } from '../directory/withdraw-directory-entry.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';
import { computeNoticePeriod } from '../../workflows/public-notice/notice-period.js';
import { startPublicNotice } from '../public-notice/start-public-notice.js';
import { closePublicNotice } from '../public-notice/close-public-notice.js';
import type { SocialOrgFilingData } from '../../workflows/social-org-filing/data.js';
import { CITE } from '../../workflows/social-org-filing/machine.js';
import { scopeLines } from './documents.js';

const LEVEL_EN: Record<number, string> = {
  1: 'level 1 (senior technician)',
  2: 'level 2 (technician)',
  3: 'level 3 (advanced)',
  4: 'level 4 (intermediate)',
  5: 'level 5 (elementary)',
};

/** The scope in English: each occupation by its code, with its levels (the names are in the Chinese text). */
const scopeEn = (d: SocialOrgFilingData): string =>
  d.occupations
    .map(
      (o) =>
        `${o.code}: ${[...o.levels]
          .sort((a, b) => b - a)
          .map((l) => LEVEL_EN[l])
          .join(', ')}`,
    )
    .join('; ');

type Ctx = EffectContext<SocialOrgFilingData>;

export async function socialOrgEffects(trx: Transaction<DB>, ctx: Ctx): Promise<void> {
  const audit = { caller: ctx.caller, requestId: ctx.requestId };
  const c = ctx.after;
  const data = ctx.data;
  switch (ctx.event) {
    case 'start_notice': {
      const n = data.notice!;
      const payload = ctx.payload as { basisReason: string; remarks?: string };
      const doc = await trx
        .selectFrom('documents')
        .select('id')
        .where('case_id', '=', c.id)
        .where('case_event_seq', '=', c.version)
        .where('kind', '=', 'public_notice')
        .executeTakeFirst();
      const inst = await trx
        .selectFrom('institutions')
        .select('name')
        .where('id', '=', c.institutionId)
        .executeTakeFirstOrThrow();
      const basis = { kind: 'authority' as const, reason: payload.basisReason, citation: CITE.notice };
      // The period as the transition computed it (same inputs, same calendar), for its English explanation.
      const period = computeNoticePeriod(
        { publishedOn: n.publishedOn, days: n.days, unit: n.unit, basis },
        await loadCalendar(trx),
      );
      await startPublicNotice(trx, audit, {
        caseId: c.id,
        procedure: c.procedure,
        authorityId: c.authorityId,
        jurisdictionCode: c.jurisdictionCode,
        subjectName: inst.name,
        title: `关于拟备案社会培训评价组织${inst.name}的公示`,
        title_en: `Public notice of the proposed filing of a social evaluation organisation: ${inst.name}`,
        body: [
          `经核验评估，${inst.name}符合社会培训评价组织备案条件，拟予备案，现向社会公示、征求意见。`,
          '拟备案的职业（工种）及等级：',
          ...scopeLines(data),
          ...(payload.remarks ? [payload.remarks] : []),
        ].join('\n'),
        summary_en:
          `After verification and assessment, ${inst.name} meets the conditions for filing as a social ` +
          `evaluation organisation and is proposed for filing; the public is invited to comment. ` +
          `Occupations (trades) and levels proposed for filing: ${scopeEn(data)}.`,
        period: {
          publishedOn: n.publishedOn,
          startsOn: n.startsOn,
          endsOn: n.endsOn,
          days: n.days,
          unit: n.unit,
          basis,
          explanation_zh: n.explanation_zh,
          explanation_en: period.explanation_en,
          calendarKnown: period.calendarKnown,
        },
        citations: [CITE.notice],
        documentId: doc?.id ?? null,
      });
      return;
    }
    case 'file': {
      const f = data.filing!;
      await closePublicNotice(trx, audit, {
        caseId: c.id,
        closedOn: ctx.today,
        outcome: `公示期满，异议均已答复，已予备案（备案码 ${f.filingCode}）`,
        outcome_en: `Period over, every objection answered; filed (filing code ${f.filingCode})`,
        citations: [CITE.file],
      });
      await setCaseValidity(trx, c.id, f.validFrom, f.validTo);
      return;
    }
    case 'refuse':
      if (ctx.before.state === 'public_notice')
        await closePublicNotice(trx, audit, {
          caseId: c.id,
          closedOn: ctx.today,
          outcome: '不予备案',
          outcome_en: 'Filing refused',
          citations: [CITE.notice],
        });
      return;
    case 'publish': {
      const f = data.filing!;
      await publishDirectoryEntry(trx, audit, {
        institutionId: c.institutionId,
        caseId: c.id,
        procedure: c.procedure,
        regime: 'mohrss-filing',
        filingCode: f.filingCode,
        validFrom: f.validFrom,
        validTo: f.validTo,
        scopes: data.occupations.flatMap((o) => o.levels.map((level) => ({ occupationCode: o.code, level }))),
        authorityId: c.authorityId,
        citations: [CITE.publish, CITE.file],
        publishedOn: ctx.today,
      });
      return;
    }
    case 'cancel': {
      const cancellation = data.cancellation!;
      if (ctx.before.state === 'published')
        await withdrawDirectoryEntry(trx, audit, {
          entry: { caseId: c.id },
          reason_zh: `申报材料经查实不真实，取消备案资质（${cancellation.reason}）`.slice(0, 2000),
          citations: [CITE.untrue, CITE.violationsFalseMaterials],
          withdrawalCaseId: c.id,
          withdrawnOn: ctx.today,
        });
      return;
    }
  }
}
