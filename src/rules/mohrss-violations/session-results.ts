// mohrss-violations §5–7, §12(1) read forward — 技能人才评价违纪违规行为处理工作指引（试行）(人社职司便函〔2021〕57号
// 附件2) — a candidate's overall result from the subject results of a session (issue 11 point 4;
// decision 0028).
//
// 第十二条  评价机构有下列行为之一的……（一）……未执行职业技能标准或评价规范及有关制度规定……
// 第五条  参评人员有下列行为之一的，取消其当次该科目的评价成绩。
// 第六条  参评人员有下列行为之一的，取消其当次全部科目评价成绩，且当年不得参加评价。
// 第七条  参评人员有下列行为之一的，取消其当次全部科目评价成绩……
//
// The pass mark of each subject is the standard's (§12(1): the institution applies the standard), entered
// for the session by the institution — SkillReg holds no default. A subject is passed when its score is at
// least its pass mark; absent, or cancelled under §5, it is not passed; a cancellation under §6 or §7 takes
// every subject of the session. The overall result is 'passed' only when every subject is passed. The
// texts say nothing particular of 综合评审 (comprehensive review): it is a subject like the others, scored
// against the pass mark the standard gives it.
import { z } from 'zod';
import { defineCheck } from '../check.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { candidateCharges } from './candidates.js';
import { chargeZh, mv, parseCharge, violationRule } from './rule.js';

export const subjectPassMark = violationRule(
  '12/1/subject-pass-mark',
  mv(12, 1),
  '科目成绩不低于职业技能标准规定的合格分数线为合格（缺考为不合格）',
  'A subject is passed with a score at least its pass mark from the standard (absent: not passed)',
);
export const subjectCancelled = violationRule(
  '5/result-cancelled',
  mv(5),
  '取消当次该科目的评价成绩：该科目不合格',
  'The subject’s result is cancelled: not passed',
);
export const allCancelledS6 = violationRule(
  '6/results-cancelled',
  mv(6),
  '取消当次全部科目评价成绩',
  'Every subject’s result of the session is cancelled',
);
export const allCancelledS7 = violationRule(
  '7/results-cancelled',
  mv(7),
  '取消当次全部科目评价成绩',
  'Every subject’s result of the session is cancelled',
);

export const sessionResultRules = [subjectPassMark, subjectCancelled, allCancelledS6, allCancelledS7];

export const evaluationSubject = z
  .enum(['theory', 'skills', 'comprehensive_review'])
  .describe('评价科目：theory 理论知识考试 / skills 技能考核 / comprehensive_review 综合评审');

const mark = (d: string) => z.number().min(0).max(9999.99).describe(d);

export const subjectResultFacts = z
  .strictObject({
    subject: evaluationSubject,
    fullMark: mark('满分').positive(),
    passMark: mark('合格分数线（取自职业技能标准）').positive(),
    outcome: z
      .enum(['scored', 'absent', 'cancelled'])
      .describe('scored 有成绩 / absent 缺考 / cancelled 取消成绩'),
    score: mark('成绩').nullable(),
    cancelArticle: z.enum(candidateCharges).nullable().describe('取消成绩的依据（条和项，如 5(1)、6(2)）'),
  })
  .refine((s) => s.passMark <= s.fullMark, { message: '合格分数线不得高于满分', path: ['passMark'] })
  .refine((s) => (s.outcome === 'scored') === (s.score !== null), {
    message: '有成绩时须填写分数，缺考或取消成绩时不填',
    path: ['score'],
  })
  .refine((s) => s.score === null || s.score <= s.fullMark, { message: '成绩不得高于满分', path: ['score'] })
  .refine((s) => (s.outcome === 'cancelled') === (s.cancelArticle !== null), {
    message: '取消成绩须注明依据条款',
    path: ['cancelArticle'],
  });

export const candidateResultFacts = z.strictObject({
  subjects: z.array(subjectResultFacts).min(1).describe('该考生在本批次各科目的结果'),
});
export type CandidateResultFacts = z.infer<typeof candidateResultFacts>;

const SUBJECT_ZH = { theory: '理论知识考试', skills: '技能考核', comprehensive_review: '综合评审' } as const;

/** True for §6 and §7: the cancellation takes every subject of the session. */
export const cancelsAllSubjects = (article: string): boolean => parseCharge(article).article !== 5;

function subjectFindings(s: CandidateResultFacts['subjects'][number]): Finding[] {
  const name = SUBJECT_ZH[s.subject];
  const values = {
    subject: s.subject,
    outcome: s.outcome,
    score: s.score,
    passMark: s.passMark,
    fullMark: s.fullMark,
  };
  if (s.outcome === 'cancelled')
    return [
      finding(
        subjectCancelled,
        false,
        `${name}：依${chargeZh(s.cancelArticle!)}取消该科目评价成绩`,
        `${s.subject}: result cancelled under ${s.cancelArticle}`,
        { ...values, cancelArticle: s.cancelArticle },
      ),
    ];
  const kept = finding(
    subjectCancelled,
    true,
    `${name}：成绩未被取消`,
    `${s.subject}: result not cancelled`,
    values,
  );
  if (s.outcome === 'absent')
    return [kept, finding(subjectPassMark, false, `${name}：缺考`, `${s.subject}: absent`, values)];
  const passed = s.score! >= s.passMark;
  return [
    kept,
    finding(
      subjectPassMark,
      passed,
      `${name}：${s.score} 分，合格分数线 ${s.passMark} 分（满分 ${s.fullMark}），${passed ? '合格' : '不合格'}`,
      `${s.subject}: ${s.score}, pass mark ${s.passMark} (of ${s.fullMark}): ${passed ? 'passed' : 'not passed'}`,
      values,
    ),
  ];
}

/**
 * §6 and §7 take every subject: one finding each for the candidate (cancelled under it, or not), then —
 * where neither applies — each subject's own findings (§5, the pass mark).
 */
export function candidateResultFindings(f: CandidateResultFacts): Finding[] {
  const all = f.subjects.find((s) => s.outcome === 'cancelled' && cancelsAllSubjects(s.cancelArticle!));
  const under = all ? parseCharge(all.cancelArticle!).article : undefined;
  const whole = (
    [
      [6, allCancelledS6],
      [7, allCancelledS7],
    ] as const
  ).map(([n, rule]) =>
    under === n
      ? finding(
          rule,
          false,
          `依${chargeZh(all!.cancelArticle!)}取消当次全部科目评价成绩`,
          `Every result of the session cancelled under ${all!.cancelArticle}`,
          { cancelArticle: all!.cancelArticle },
        )
      : finding(
          rule,
          true,
          `未依第${n === 6 ? '六' : '七'}条取消全部科目成绩`,
          `Not cancelled under §${n}`,
          {},
        ),
  );
  if (all) return whole;
  return [...whole, ...f.subjects.flatMap(subjectFindings)];
}

/** 'passed' when every subject's finding passed; otherwise 'failed'. */
export const overallOf = (findings: readonly Finding[]): 'passed' | 'failed' =>
  findings.length > 0 && findings.every((x) => x.passed === true) ? 'passed' : 'failed';

export const candidateResultCheck = defineCheck({
  name: 'mohrss-violations.evaluation_session.result',
  regime: 'mohrss-violations',
  title_zh:
    '考生的评价结果：各科目达到合格分数线为合格；缺考、取消成绩为不合格（第五条至第七条、第十二条第（一）项）',
  title_en:
    'A candidate’s overall result: every subject at its pass mark; absent or cancelled fails (§5–7, §12(1))',
  asOf_zh: '计算结果的日期',
  facts: candidateResultFacts,
  example: {
    subjects: [
      { subject: 'theory', fullMark: 100, passMark: 60, outcome: 'scored', score: 60, cancelArticle: null },
      { subject: 'skills', fullMark: 100, passMark: 60, outcome: 'scored', score: 75, cancelArticle: null },
    ],
  },
  ruleIds: sessionResultRules.map((r) => r.id),
  run: (f) => candidateResultFindings(f),
});
