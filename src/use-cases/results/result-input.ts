// One subject result as entered (form, sheet row or correction), checked against the session: the subject
// is one of the session's, its pass mark and full mark are entered first (the scale a score is read on),
// a score lies between 0 and the full mark with at most two decimals, a cancellation (取消成绩) names its
// article — mohrss-violations §5, §6 or §7 with the item — and what happened. Messages in Chinese with
// their English twins (message_en, for the English interface); the caller decides whether it is a 422 or
// a line of an import report.
import type { EvaluationSubject, SubjectOutcome } from '../../persistence/schema.js';
import type { PassMark, SubjectResult } from '../../persistence/results.repository.js';
import { candidateCharges } from '../../rules/mohrss-violations/candidates.js';
import { chargeZh } from '../../rules/mohrss-violations/rule.js';

export const SUBJECT_ZH: Record<EvaluationSubject, string> = {
  theory: '理论知识考试',
  skills: '技能考核',
  comprehensive_review: '综合评审',
};
export const SUBJECT_EN: Record<EvaluationSubject, string> = {
  theory: 'Theory exam',
  skills: 'Skills assessment',
  comprehensive_review: 'Comprehensive review',
};
export const OUTCOME_ZH: Record<SubjectOutcome, string> = {
  scored: '有成绩',
  absent: '缺考',
  cancelled: '取消成绩',
};
const OUTCOME_EN: Record<SubjectOutcome, string> = {
  scored: 'scored',
  absent: 'absent',
  cancelled: 'cancelled',
};

export interface ResultInput {
  subject: EvaluationSubject;
  outcome: SubjectOutcome;
  score?: number | null | undefined;
  cancelArticle?: string | null | undefined;
  cancelReason?: string | null | undefined;
}

export type Checked =
  { ok: true; value: SubjectResult } | { ok: false; field: string; message: string; message_en: string };

const twoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;

export function checkResultInput(
  subjects: readonly EvaluationSubject[],
  marks: readonly PassMark[],
  r: ResultInput,
): Checked {
  if (!subjects.includes(r.subject))
    return {
      ok: false,
      field: 'subject',
      message: `本批次没有「${SUBJECT_ZH[r.subject]}」科目`,
      message_en: `This session has no ${SUBJECT_EN[r.subject] ?? 'such subject'}`,
    };
  const mark = marks.find((m) => m.subject === r.subject);
  if (!mark)
    return {
      ok: false,
      field: 'subject',
      message: `请先录入「${SUBJECT_ZH[r.subject]}」的满分和合格分数线（取自职业技能标准）`,
      message_en: `First enter the full mark and pass mark of the ${SUBJECT_EN[r.subject]} (from the occupation standard)`,
    };
  if (r.outcome === 'scored') {
    const s = r.score;
    if (s === null || s === undefined || !Number.isFinite(s))
      return {
        ok: false,
        field: 'score',
        message: '有成绩时须填写分数',
        message_en: 'Enter the score of a subject taken',
      };
    if (s < 0 || s > mark.fullMark)
      return {
        ok: false,
        field: 'score',
        message: `分数 ${s} 不在 0 至满分 ${mark.fullMark} 之间`,
        message_en: `The score ${s} is not between 0 and the full mark ${mark.fullMark}`,
      };
    if (!twoDecimals(s))
      return {
        ok: false,
        field: 'score',
        message: '分数最多保留两位小数',
        message_en: 'A score has at most two decimal places',
      };
    return {
      ok: true,
      value: { subject: r.subject, outcome: 'scored', score: s, cancelArticle: null, cancelReason: null },
    };
  }
  if (r.score !== null && r.score !== undefined)
    return {
      ok: false,
      field: 'score',
      message: `${OUTCOME_ZH[r.outcome]}时不填分数`,
      message_en: `No score when the result is ${OUTCOME_EN[r.outcome]}`,
    };
  if (r.outcome === 'absent')
    return {
      ok: true,
      value: { subject: r.subject, outcome: 'absent', score: null, cancelArticle: null, cancelReason: null },
    };
  const article = r.cancelArticle?.trim() ?? '';
  if (!(candidateCharges as readonly string[]).includes(article))
    return {
      ok: false,
      field: 'cancelArticle',
      message:
        '取消成绩须注明依据：《技能人才评价违纪违规行为处理工作指引（试行）》第五条至第七条的条和项，如 5(1)、6(2)、7(4)',
      message_en:
        'A cancellation names its ground: the article and item of §5 to §7 of the guidelines on evaluation violations, e.g. 5(1), 6(2), 7(4)',
    };
  const reason = r.cancelReason?.trim() ?? '';
  if (reason.length < 2 || reason.length > 500)
    return {
      ok: false,
      field: 'cancelReason',
      message: `取消成绩（依${chargeZh(article)}）须写明事实经过（2 至 500 字）`,
      message_en: `A cancellation (under §${article}) states what happened (2 to 500 characters)`,
    };
  return {
    ok: true,
    value: {
      subject: r.subject,
      outcome: 'cancelled',
      score: null,
      cancelArticle: article,
      cancelReason: reason,
    },
  };
}
