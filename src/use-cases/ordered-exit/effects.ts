// What an ordered exit's transitions do besides the case, in the transition's transaction:
//   - record_receipt: the appeal clock runs from the receipt the authority records (1x-exit §7(3) 收到书面通知后),
//     not from the day it is recorded — the engine starts it on the transition day; it is rebased here;
//   - start_notice / withdraw_after_objection / revoke: the public notice of the list to be revoked
//     (§7(6)), through the one public-notice mechanism (objections by the public, the public list);
//   - revoke / order_termination: THE exit effect, applyExit with route 'ordered' (directory, scopes,
//     registry status, programmes by 1x-exit §2, the wrap-up time set, the 1x-exit §10 bar);
//   - impose_measures: 1x-exit §7(4) measures recorded as institution sanctions 'x_measure', as the
//     violation case's measures are.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';
import { openDeadlines, updateDeadline, type CaseRecord } from '../../persistence/cases.repository.js';
import { listDocuments } from '../../persistence/documents.repository.js';
import { clockLength, startDeadline } from '../../workflows/deadline.js';
import type { OrderedExitData } from '../../workflows/ordered-exit/data.js';
import type { noticeSchema } from '../../workflows/ordered-exit/events.js';
import { CITE, noticePeriodOf, orderedExitMachine } from '../../workflows/ordered-exit/machine.js';
import { parameterLookupOf } from '../../workflows/deadline.js';
import { oneXExitParameters } from '../../parameters/1x-exit.js';
import { startPublicNotice } from '../public-notice/start-public-notice.js';
import { closePublicNotice } from '../public-notice/close-public-notice.js';
import { applyExit } from '../exits/apply-exit.js';
import type { EffectContext } from '../workflow/procedure-module.js';
import { scopeZh } from './documents.js';
import type { z } from 'zod';

type Ctx = EffectContext<OrderedExitData>;

async function issuedDocument(trx: Transaction<DB>, c: CaseRecord, kind: string) {
  return (await listDocuments(trx, c.id)).find((d) => d.caseEventSeq === c.version && d.kind === kind);
}

/** §7(3): the 15 working days count from the day after receipt, on the Chinese calendar. */
async function rebaseAppealClock(trx: Transaction<DB>, ctx: Ctx) {
  const spec = orderedExitMachine.states.appeal_period.clock!;
  const d = (await openDeadlines(trx, ctx.after.id)).find((x) => x.name === 'appeal');
  const receivedOn = ctx.data.receipt!.receivedOn;
  if (!d || d.startDate === receivedOn) return;
  const n = clockLength(spec, receivedOn, parameterLookupOf(oneXExitParameters));
  const calendar = await loadCalendar(trx);
  await updateDeadline(trx, d.id, startDeadline({ name: 'appeal', spec, awaiting: 'applicant', startDate: receivedOn, n }, calendar)); // prettier-ignore
}

async function exit(trx: Transaction<DB>, ctx: Ctx) {
  const { data, after } = ctx;
  const x = data.decision!;
  let reentryBar: 'revocation' | undefined;
  if (data.regime === '1x-exit') {
    // 1x-exit §10 bars the entity whose qualification is revoked: the organisation, or its last programme.
    const live = await trx
      .selectFrom('directory_entry_programmes as p')
      .innerJoin('directory_entries as e', 'e.id', 'p.entry_id')
      .select('p.seq')
      .where('e.institution_id', '=', after.institutionId)
      .where('e.withdrawn_at', 'is', null)
      .where('p.withdrawn_on', 'is', null)
      .execute();
    const all = x.scope.kind === 'institution' || (x.scope.kind === 'programmes' && live.every((p) => x.scope.kind === 'programmes' && x.scope.seqs.includes(p.seq))); // prettier-ignore
    if (all) reentryBar = 'revocation';
  }
  const citations = data.regime === '1x-exit' ? [CITE.revocation, CITE.notice, CITE.scope] : [CITE.ordered];
  await applyExit(trx, ctx, {
    institutionId: after.institutionId,
    entryId: x.scope.kind === 'institution' ? null : x.entryId,
    regime: data.regime,
    route: 'ordered',
    scope:
      x.scope.kind === 'programmes'
        ? { kind: 'programmes', seqs: x.scope.seqs }
        : x.scope.kind === 'occupations'
          ? { kind: 'occupations', occupations: x.scope.occupations }
          : { kind: 'institution' },
    terminatedOn: ctx.today,
    wrapUpDue: x.wrapUpDue,
    caseId: after.id,
    authorityId: after.authorityId,
    reason_zh:
      `${data.regime === '1x-exit' ? '取消资格' : '责令终止'}（${after.referenceNo}）：${scopeZh(data, x.scope)}。${x.reason}`.slice(
        0,
        2000,
      ),
    citations,
    ...(reentryBar ? { reentryBar } : {}),
  });
}

export async function orderedExitEffects(trx: Transaction<DB>, ctx: Ctx): Promise<void> {
  const { after, data } = ctx;
  switch (ctx.event) {
    case 'record_receipt':
      await rebaseAppealClock(trx, ctx);
      return;
    case 'start_notice': {
      const p = ctx.payload as z.infer<typeof noticeSchema>;
      const period = noticePeriodOf(p, ctx.today, await loadCalendar(trx));
      const what = scopeZh(data, data.opinion!.proposedScope);
      await startPublicNotice(trx, ctx, {
        caseId: after.id,
        procedure: after.procedure,
        authorityId: after.authorityId,
        jurisdictionCode: after.jurisdictionCode,
        subjectName: data.institutionName,
        title: '拟撤销的培训评价组织及职业技能等级证书名单公示',
        title_en: `Notice of the 1+X organisation and certificates to be revoked: ${data.institutionName}`,
        body: `根据《职业教育培训评价组织及职业技能等级证书退出目录实施细则》第七条第（六）项，经调查核实、专家评议并征求有关部门意见，拟取消${data.institutionName}的${what}。查实的问题：${data.opinion!.facts}`.slice(
          0,
          4000,
        ),
        summary_en: `${data.institutionName} is to lose its 1+X qualification or certificate programme(s) after investigation, expert review and consultation (1x-exit §7); the public may object during the notice.`,
        period,
        citations: [CITE.notice],
        documentId: (await issuedDocument(trx, after, 'public_notice'))?.id ?? null,
      });
      return;
    }
    case 'withdraw_after_objection':
      await closePublicNotice(trx, ctx, {
        caseId: after.id,
        closedOn: ctx.today,
        outcome: '公示期间的异议经核实成立，撤回拟撤销名单',
        outcome_en: 'An objection was founded; the list was withdrawn',
        citations: [CITE.notice],
      });
      return;
    case 'revoke':
      await closePublicNotice(trx, ctx, {
        caseId: after.id,
        closedOn: ctx.today,
        outcome: '公示无异议，已取消资格并向社会发布',
        outcome_en: 'No objection; revoked and published',
        citations: [CITE.notice],
      });
      await exit(trx, ctx);
      return;
    case 'order_termination':
      await exit(trx, ctx);
      return;
    case 'impose_measures': {
      const m = data.measures!;
      for (const measure of m.measures)
        await trx
          .insertInto('institution_sanctions')
          .values({
            id: randomUUID(),
            institution_id: after.institutionId,
            case_id: after.id,
            kind: 'x_measure',
            measure,
            article: '1x-exit 7(4)',
            starts_on: ctx.today,
            due_on: measure === 'rectification' ? m.dueOn : null,
            published: measure === 'circular',
            previous_status: null,
          })
          .execute();
      return;
    }
    default:
      return;
  }
}
