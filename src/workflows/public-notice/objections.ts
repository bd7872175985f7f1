// Objections (异议) raised by the public during a notice, and what they mean for the decision the
// notice prepares. An objection is open until the authority answers it (open → answered); the answer
// says whether the objection was found to be founded (查实) or not. The decision may follow only when
// the period has ended, every objection has its answer, and none was found founded — a founded
// objection leads to refusal, not to filing ("公示无异议" in 1x-selection §16, "征求意见" in
// mohrss-filing 二(十)4). Pure: findings for the guards, shown to the applicant and the authority.
import type { Citation } from '../../domain/citation.js';
import type { Finding } from '../../rules/finding.js';

export type ObjectionState = 'open' | 'answered';
/** The authority's conclusion on an objection. */
export type ObjectionFinding = 'founded' | 'unfounded';

export interface ObjectionRef {
  id: string;
  seq: number;
  answeredAt: Date | string | null;
  finding: ObjectionFinding | null;
}

export const objectionState = (o: Pick<ObjectionRef, 'answeredAt'>): ObjectionState =>
  o.answeredAt === null ? 'open' : 'answered';

export const allObjectionsAnswered = (objections: readonly Pick<ObjectionRef, 'answeredAt'>[]): boolean =>
  objections.every((o) => objectionState(o) === 'answered');

export interface NoticeFacts {
  publishedOn: string;
  endsOn: string;
  objections: readonly ObjectionRef[];
}

/** Rule ids of the procedural conditions a notice sets (not catalogue rules: the texts give no numbers). */
export const NOTICE_RULES = {
  held: 'public-notice/held',
  ended: 'public-notice/period-ended',
  answered: 'public-notice/objections-answered',
  founded: 'public-notice/no-founded-objection',
} as const;

/**
 * The conditions under which the decision after a notice may be taken, on `today`: a notice was held,
 * its period has ended, every objection is answered and none was found founded.
 */
export function noticeFindings(notice: NoticeFacts | null, today: string, citation: Citation): Finding[] {
  if (!notice)
    return [
      {
        ruleId: NOTICE_RULES.held,
        citation,
        passed: false,
        message_zh: '尚未向社会公示',
        message_en: 'No public notice has been held',
        values: {},
      },
    ];
  const open = notice.objections.filter((o) => objectionState(o) === 'open');
  const founded = notice.objections.filter((o) => o.finding === 'founded');
  const ended = today > notice.endsOn;
  const seqs = (os: readonly ObjectionRef[]) => os.map((o) => `异议${o.seq}`).join('、');
  return [
    {
      ruleId: NOTICE_RULES.ended,
      citation,
      passed: ended,
      message_zh: ended
        ? `公示期已于 ${notice.endsOn} 届满`
        : `公示期至 ${notice.endsOn} 止，届满前不能作出决定`,
      message_en: ended ? `The notice ended on ${notice.endsOn}` : `The notice runs until ${notice.endsOn}`,
      values: { publishedOn: notice.publishedOn, endsOn: notice.endsOn, today },
    },
    {
      ruleId: NOTICE_RULES.answered,
      citation,
      passed: open.length === 0,
      message_zh:
        notice.objections.length === 0
          ? '公示期间未收到异议'
          : open.length === 0
            ? `收到异议 ${notice.objections.length} 件，均已答复`
            : `收到异议 ${notice.objections.length} 件，尚有 ${open.length} 件未答复（${seqs(open)}）`,
      message_en:
        open.length === 0
          ? `${notice.objections.length} objection(s), all answered`
          : `${open.length} of ${notice.objections.length} objection(s) not answered`,
      values: { objections: notice.objections.length, open: open.map((o) => o.seq) },
    },
    {
      ruleId: NOTICE_RULES.founded,
      citation,
      passed: founded.length === 0,
      message_zh:
        founded.length === 0 ? '无经查实成立的异议' : `异议经查实成立（${seqs(founded)}），应不予备案`,
      message_en:
        founded.length === 0 ? 'No objection was found founded' : `${founded.length} objection(s) founded`,
      values: { founded: founded.map((o) => o.seq) },
    },
  ];
}
