// gz-rules §5(1) at registration — 贵州省职业技能等级认定机构遴选及退出实施细则 — who a school may evaluate
// (issue 11 point 2)
//
// 第五条  院校应满足以下条件。
// （一）……评价对象为本校全日制在校学生，评价时间限定为毕业年度或专业全课程结课后；
//
// The school's own student register 学籍名册 answers the facts: whether the person is on it (本校), full-time
// (全日制), still at school (在校: not graduated before the session's year), and whether the session falls
// in the graduation year or after all courses of the major. 毕业年度 is read as the calendar year of the
// expected graduation the school records, and every day of the session must fall in it (docs/decisions/
// 0027: the text does not say academic or calendar year; the project reads 当年 as the calendar year).
import { z } from 'zod';
import { defineCheck } from '../check.js';
import { isoDate } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { schoolCandidates, schoolTiming } from './selection-school.js';

export const schoolCandidateFacts = z
  .strictObject({
    sessionStartsOn: isoDate('批次开始日期'),
    sessionEndsOn: isoDate('批次结束日期'),
    student: z
      .strictObject({
        fullTime: z.boolean().describe('全日制'),
        graduationYear: z.number().int().min(2000).max(2099).describe('预计毕业年度'),
        allCoursesCompleted: z.boolean().describe('专业全课程已结课'),
      })
      .nullable()
      .describe('学籍名册中该证件号码的记录（不在本校名册的填 null）'),
  })
  .refine((f) => f.sessionStartsOn <= f.sessionEndsOn, {
    message: '批次结束日期不得早于开始日期',
    path: ['sessionEndsOn'],
  });
export type SchoolCandidateFacts = z.infer<typeof schoolCandidateFacts>;

function studentFinding(f: SchoolCandidateFacts): Finding {
  const s = f.student;
  const year = Number(f.sessionStartsOn.slice(0, 4));
  if (s === null)
    return finding(
      schoolCandidates,
      false,
      '该考生不在本校学籍名册中，院校只能评价本校全日制在校学生',
      "The candidate is not on the school's student register; a school evaluates only its own full-time students",
      { onRegister: false },
    );
  if (!s.fullTime)
    return finding(
      schoolCandidates,
      false,
      '该考生在本校学籍名册中为非全日制学生，院校只能评价本校全日制在校学生',
      'The candidate is a part-time student; a school evaluates only its own full-time students',
      { onRegister: true, fullTime: false },
    );
  if (s.graduationYear < year)
    return finding(
      schoolCandidates,
      false,
      `该考生的毕业年度为 ${s.graduationYear} 年，批次（${f.sessionStartsOn} 起）时已不是在校学生`,
      `The candidate graduates in ${s.graduationYear}; at the session (from ${f.sessionStartsOn}) no longer a student`,
      { onRegister: true, fullTime: true, graduationYear: s.graduationYear, sessionYear: year },
    );
  return finding(
    schoolCandidates,
    true,
    '该考生是本校全日制在校学生',
    "The candidate is one of the school's full-time students",
    { onRegister: true, fullTime: true, graduationYear: s.graduationYear },
  );
}

function timingFinding(f: SchoolCandidateFacts): Finding {
  const s = f.student!;
  const from = Number(f.sessionStartsOn.slice(0, 4));
  const to = Number(f.sessionEndsOn.slice(0, 4));
  const values = {
    graduationYear: s.graduationYear,
    allCoursesCompleted: s.allCoursesCompleted,
    sessionStartsOn: f.sessionStartsOn,
    sessionEndsOn: f.sessionEndsOn,
  };
  if (s.allCoursesCompleted)
    return finding(
      schoolTiming,
      true,
      '该考生专业全课程已结课',
      "All courses of the candidate's major are completed",
      values,
    );
  if (from === s.graduationYear && to === s.graduationYear)
    return finding(
      schoolTiming,
      true,
      `批次 ${f.sessionStartsOn} 至 ${f.sessionEndsOn} 在该考生的毕业年度（${s.graduationYear} 年）内`,
      `The session (${f.sessionStartsOn} to ${f.sessionEndsOn}) falls in the candidate's graduation year (${s.graduationYear})`,
      values,
    );
  return finding(
    schoolTiming,
    false,
    `该考生的毕业年度为 ${s.graduationYear} 年且专业课程尚未全部结课，批次 ${f.sessionStartsOn} 至 ${f.sessionEndsOn} 不在毕业年度内`,
    `The candidate graduates in ${s.graduationYear} and has not completed all courses; the session (${f.sessionStartsOn} to ${f.sessionEndsOn}) is not in the graduation year`,
    values,
  );
}

export function schoolCandidateFindings(f: SchoolCandidateFacts): Finding[] {
  const who = studentFinding(f);
  // Timing only means something for one of the school's own students at school.
  return who.passed === true ? [who, timingFinding(f)] : [who];
}

export const schoolCandidateCheck = defineCheck({
  name: 'gz-rules.candidate.school_student',
  regime: 'gz-rules',
  title_zh: '院校考生：本校全日制在校学生，毕业年度或全课程结课后（第五条第（一）项）',
  title_en:
    "A school's candidate: own full-time student, in the graduation year or after all courses (§5(1))",
  asOf_zh: '报名登记日期',
  facts: schoolCandidateFacts,
  example: {
    sessionStartsOn: '2027-05-15',
    sessionEndsOn: '2027-05-16',
    student: { fullTime: true, graduationYear: 2027, allCoursesCompleted: false },
  },
  ruleIds: [schoolCandidates.id, schoolTiming.id],
  run: (f) => schoolCandidateFindings(f),
});
