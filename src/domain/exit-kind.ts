// How an exit reads to the public (issue 15 points 2 and 7): the route of institution_exits with the text
// it rests on. gz-rules §14 自动终止; §13 and 1x-exit §6 自愿（依申请）退出; gz-rules §15, mohrss-violations
// §14 and mohrss-filing 二(十一) 责令终止 / 终止备案; 1x-exit §7 and 1x-selection §28 取消资格. An entry
// withdrawn without an exit row (a filing cancelled before issue 15's routes) reads 'withdrawn'.

export const EXIT_KINDS = ['lapse', 'voluntary', 'ordered_termination', 'revocation', 'withdrawn'] as const;
export type ExitKind = (typeof EXIT_KINDS)[number];

/** institution_exits.route and .regime (the same strings as the migration's checks). */
export function exitKindOf(route: string, regime: string): Exclude<ExitKind, 'withdrawn'> {
  if (route === 'lapse') return 'lapse';
  if (route === 'voluntary') return 'voluntary';
  return regime === '1x-exit' || regime === '1x-selection' ? 'revocation' : 'ordered_termination';
}

export const EXIT_KIND_ZH: Record<ExitKind, string> = {
  lapse: '自动终止（有效期届满）',
  voluntary: '自愿退出',
  ordered_termination: '责令终止',
  revocation: '取消资格',
  withdrawn: '已移出目录',
};

/** The zod description of an exit kind, both languages naming every value. */
export const EXIT_KIND_DESCRIPTION =
  '退出方式：lapse 自动终止（有效期届满） / voluntary 自愿退出 / ordered_termination 责令终止 / revocation 取消资格 / withdrawn 已移出目录';
