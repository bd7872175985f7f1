// The wrap-up (善后 / 收尾) as a guard of a voluntary exit sees it (1x-exit §4, §9; gz-rules §13): the
// checklist the use case computes from the institution's own data (src/use-cases/exits/wrap-up.ts), one
// finding per item, failing while an item has records and no waiver. The shape is structural so that this
// pure layer imports nothing from the use cases.
import { z } from 'zod';
import type { Citation } from '../../domain/citation.js';
import type { Finding } from '../../rules/finding.js';
import type { WrapUpItemId } from '../../rules/wrap-up-basis.js';

export interface WrapUpState {
  clear: boolean;
  items: {
    item: string;
    title_zh: string;
    title_en: string;
    citations: Citation[];
    count: number;
    waiver: { reason: string } | null;
    cleared: boolean;
  }[];
}

/** A waiver the authority recorded on the case before the exit row exists (copied to it on the exit). */
export interface CaseWaiver {
  item: WrapUpItemId;
  reason: string;
  waivedOn: string;
  waivedBy: string | null;
}

export function wrapUpGuardFindings(w: WrapUpState | undefined, citation: Citation): Finding[] {
  if (!w)
    return [
      {
        ruleId: 'exit/wrap-up',
        citation,
        passed: false,
        message_zh: '未能核对收尾（善后）事项',
        message_en: 'The wrap-up could not be checked',
        values: {},
      },
    ];
  return w.items.map((i) => ({
    ruleId: `exit/wrap-up/${i.item}`,
    citation: i.citations[0] ?? citation,
    passed: i.cleared,
    message_zh: i.waiver
      ? `${i.title_zh}：${i.count} 项，已由监管部门豁免（${i.waiver.reason}）`
      : i.count === 0
        ? `${i.title_zh}：无`
        : `${i.title_zh}：尚有 ${i.count} 项未处理，须处理完毕或由监管部门说明理由豁免`,
    message_en: i.waiver
      ? `${i.title_en}: ${i.count}, waived by the authority`
      : i.count === 0
        ? `${i.title_en}: none`
        : `${i.title_en}: ${i.count} outstanding — to be cleared or waived with a reason`,
    values: { item: i.item, count: i.count, waived: i.waiver !== null },
  }));
}

export const WAIVER_ITEM_DESCRIPTION =
  '豁免的收尾事项：fees_without_exam 已收费但未实施考核 / exams_without_certificates 已考核尚未发证 / certificate_data_not_uploaded 证书数据未上报 / records_not_archived 评价资料未归档';

export const waiverPayload = z.strictObject({
  item: z
    .enum([
      'fees_without_exam',
      'exams_without_certificates',
      'certificate_data_not_uploaded',
      'records_not_archived',
    ])
    .describe(WAIVER_ITEM_DESCRIPTION),
  reason: z.string().trim().min(1).max(2000).describe('豁免理由（如已另行退费、已移交其他机构发证）'),
});

/**
 * The authority's waiver of one wrap-up item, kept in the case data until the exit row exists (a later
 * waiver of the same item replaces the earlier): a self-loop transition of `state`.
 */
export function waiverTransition<S extends string, D extends { waivers: CaseWaiver[] }>(
  state: S,
  citation: Citation,
) {
  return {
    from: state,
    event: 'waive_wrap_up' as const,
    to: state,
    actor: ['authority'] as const,
    citations: [citation],
    description_zh: '豁免一项收尾（善后）事项（说明理由）',
    description_en: 'Waive a wrap-up item (with a reason)',
    update: (
      data: D,
      { payload, ctx }: { payload: unknown; ctx: { today: string; userId: string | null } },
    ): D => {
      const p = waiverPayload.parse(payload);
      return {
        ...data,
        waivers: [
          ...data.waivers.filter((w) => w.item !== p.item),
          { item: p.item, reason: p.reason, waivedOn: ctx.today, waivedBy: ctx.userId },
        ],
      };
    },
  };
}

/** The applicant's withdrawal from each of `states` (the case closes, nothing changes in the registry). */
export function withdrawTransitions<S extends string>(states: readonly S[], citation: Citation) {
  return states.map((from) => ({
    from,
    event: 'withdraw' as const,
    to: 'withdrawn' as S,
    actor: ['applicant'] as const,
    citations: [citation],
    description_zh: '撤回退出申请',
    description_en: 'Withdraw the application',
  }));
}
