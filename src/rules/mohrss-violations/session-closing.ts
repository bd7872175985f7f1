// mohrss-violations §12(1)–(4) read forward — 技能人才评价违纪违规行为处理工作指引（试行）(人社职司便函〔2021〕57号
// 附件2) — what a session must have before the institution closes it (issue 11 point 4; decision 0028).
//
// 第十二条  评价机构有下列行为之一的……视情况宣布当次评价颁发证书或评价成绩部分或全部无效。
// （一）……未执行职业技能标准或评价规范及有关制度规定……
// （二）……未严格按规定提供考场和配备工作人员……
// （三）技能人才评价档案材料保存不完整、管理不规范的；
// （四）对评价活动未安排质量督导……
//
// Closing seals the session's results (after it, changes only through a recorded correction). A session
// the article would sanction is not closed: it has a quality supervisor (§12(4)); an exam administrator and
// an assessor (§12(2) 配备工作人员 — at least one of each, the least the article's words allow: the texts
// give no ratio, so none is invented); the pass mark of every subject entered from the standard (§12(1));
// and every registered candidate's result in every subject (§12(3): the record is complete).
import { z } from 'zod';
import { defineCheck } from '../check.js';
import { count } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { mv, violationRule } from './rule.js';
import { evaluationSubject } from './session-results.js';

export const closingSupervisor = violationRule(
  '12/4/session-supervisor',
  mv(12, 4),
  '评价活动须安排质量督导：批次至少有一名质量督导员',
  'The session has a quality supervisor',
);
export const closingStaffed = violationRule(
  '12/2/session-staffed',
  mv(12, 2),
  '批次须配备工作人员：至少一名考务管理人员和一名考评人员',
  'The session has at least one exam administrator and one assessor',
);
export const closingPassMarks = violationRule(
  '12/1/session-pass-marks',
  mv(12, 1),
  '每个评价科目须录入职业技能标准规定的合格分数线',
  'Every subject has the pass mark the standard gives',
);
export const closingResultsComplete = violationRule(
  '12/3/session-results-complete',
  mv(12, 3),
  '每名在册考生的每个科目须已录入成绩（或缺考、取消成绩）',
  'Every registered candidate has a result in every subject',
);

export const sessionClosingRules = [
  closingSupervisor,
  closingStaffed,
  closingPassMarks,
  closingResultsComplete,
];

export const sessionClosingFacts = z.strictObject({
  staff: z
    .strictObject({
      exam_admin: count('考务管理人员人数'),
      assessor: count('考评人员人数'),
      quality_supervisor: count('质量督导员人数'),
    })
    .describe('批次已安排的工作人员人数'),
  subjects: z.array(evaluationSubject).min(1).describe('批次的评价科目'),
  passMarksSet: z.array(evaluationSubject).describe('已录入合格分数线的科目'),
  incomplete: z
    .array(z.strictObject({ name: z.string(), missing: z.array(evaluationSubject).min(1) }))
    .describe('尚缺科目结果的在册考生（姓名及所缺科目）'),
  candidates: count('在册考生人数'),
});
export type SessionClosingFacts = z.infer<typeof sessionClosingFacts>;

const SUBJECT_ZH = { theory: '理论知识考试', skills: '技能考核', comprehensive_review: '综合评审' } as const;
const zhList = (xs: readonly (keyof typeof SUBJECT_ZH)[]) => xs.map((x) => SUBJECT_ZH[x]).join('、');

function closingFindings(f: SessionClosingFacts): Finding[] {
  const sup = f.staff.quality_supervisor;
  const missingDuties = [
    ...(f.staff.exam_admin === 0 ? ['考务管理人员'] : []),
    ...(f.staff.assessor === 0 ? ['考评人员'] : []),
  ];
  const noMark = f.subjects.filter((s) => !f.passMarksSet.includes(s));
  const shown = f.incomplete.slice(0, 20);
  return [
    finding(
      closingSupervisor,
      sup > 0,
      sup > 0 ? `已安排质量督导员 ${sup} 名` : '未安排质量督导员',
      sup > 0 ? `${sup} quality supervisor(s)` : 'No quality supervisor',
      { quality_supervisor: sup },
    ),
    finding(
      closingStaffed,
      missingDuties.length === 0,
      missingDuties.length === 0
        ? `已安排考务管理人员 ${f.staff.exam_admin} 名、考评人员 ${f.staff.assessor} 名`
        : `未安排${missingDuties.join('、')}`,
      missingDuties.length === 0
        ? `${f.staff.exam_admin} exam administrator(s), ${f.staff.assessor} assessor(s)`
        : `Missing: ${[f.staff.exam_admin === 0 ? 'exam administrator' : '', f.staff.assessor === 0 ? 'assessor' : ''].filter(Boolean).join(', ')}`,
      { exam_admin: f.staff.exam_admin, assessor: f.staff.assessor },
    ),
    finding(
      closingPassMarks,
      noMark.length === 0,
      noMark.length === 0 ? '各科目均已录入合格分数线' : `${zhList(noMark)}尚未录入合格分数线`,
      noMark.length === 0 ? 'Every subject has its pass mark' : `No pass mark for: ${noMark.join(', ')}`,
      { missing: noMark },
    ),
    finding(
      closingResultsComplete,
      f.incomplete.length === 0,
      f.incomplete.length === 0
        ? `在册考生 ${f.candidates} 名的各科目结果均已录入`
        : `${f.incomplete.length} 名考生尚缺科目结果：${shown.map((c) => `${c.name}（${zhList(c.missing)}）`).join('、')}${f.incomplete.length > shown.length ? ' 等' : ''}`,
      f.incomplete.length === 0
        ? `Every subject entered for all ${f.candidates} candidates`
        : `${f.incomplete.length} candidate(s) lack subject results`,
      { candidates: f.candidates, incomplete: f.incomplete },
    ),
  ];
}

export const sessionClosingCheck = defineCheck({
  name: 'mohrss-violations.evaluation_session.closing',
  regime: 'mohrss-violations',
  title_zh: '关闭评价批次：质量督导、工作人员、合格分数线与成绩完整（第十二条第（一）至（四）项）',
  title_en: 'Closing a session: supervisor, staff, pass marks and complete results (§12(1)–(4))',
  asOf_zh: '关闭的日期',
  facts: sessionClosingFacts,
  example: {
    staff: { exam_admin: 1, assessor: 2, quality_supervisor: 1 },
    subjects: ['theory', 'skills'],
    passMarksSet: ['theory', 'skills'],
    incomplete: [],
    candidates: 12,
  },
  ruleIds: sessionClosingRules.map((r) => r.id),
  run: (f) => closingFindings(f),
});
