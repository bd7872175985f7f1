// zod schemas of a session's results (issue 11 point 4).
import { z } from 'zod';
import { id, text } from './common.schema.js';
import { finding } from './cases.schema.js';
import { evaluationSubject } from './reference.schema.js';

const mark = z.number().min(0).max(9999.99);
const outcome = z
  .enum(['scored', 'absent', 'cancelled'])
  .describe('scored 有成绩 / absent 缺考 / cancelled 取消成绩');
const overall = z.enum(['passed', 'failed']).nullable().describe('passed 合格 / failed 不合格 / null 未定');

const subjectResult = z.object({
  subject: evaluationSubject,
  outcome,
  score: z.number().nullable(),
  cancelArticle: z.string().nullable(),
  cancelReason: z.string().nullable(),
});

export const sessionResults = z.object({
  sessionId: z.string(),
  status: z.enum(['planned', 'closed', 'cancelled']),
  subjects: z.array(evaluationSubject),
  passMarks: z.array(
    z.object({
      subject: evaluationSubject,
      fullMark: z.number(),
      passMark: z.number(),
      source: z.string(),
      setAt: z.string(),
    }),
  ),
  candidates: z.array(
    z.object({
      candidateId: z.string(),
      name: z.string(),
      docType: z.string(),
      docMasked: z.string(),
      overallResult: overall,
      resultDecidedAt: z.string().nullable(),
      version: z.number(),
      results: z.array(subjectResult),
      findings: z.array(finding),
    }),
  ),
  corrections: z.array(
    z.object({
      id: z.string(),
      candidateId: z.string(),
      candidateName: z.string(),
      subject: evaluationSubject,
      before: z.object({
        outcome: outcome.nullable(),
        score: z.number().nullable(),
        cancelArticle: z.string().nullable(),
        cancelReason: z.string().nullable(),
      }),
      after: subjectResult,
      overallBefore: overall,
      overallAfter: overall,
      reason: z.string(),
      correctedBy: z.string().nullable(),
      correctedAt: z.string(),
    }),
  ),
  counts: z.object({ candidates: z.number(), passed: z.number(), failed: z.number(), undecided: z.number() }),
  abilities: z.object({
    setPassMarks: z.boolean(),
    enter: z.boolean(),
    correct: z.boolean(),
    import: z.boolean(),
  }),
});

export const passMarksBody = z.strictObject({
  marks: z
    .array(
      z.strictObject({
        subject: evaluationSubject,
        fullMark: mark.positive().describe('满分'),
        passMark: mark.positive().describe('合格分数线（按职业技能标准）'),
        source: text(200).describe('出处：职业技能标准（评价规范）名称及条款'),
      }),
    )
    .min(1)
    .max(3)
    .describe('各科合格分数线'),
});

const resultInput = z.strictObject({
  subject: evaluationSubject,
  outcome,
  score: mark.nullable().optional().describe('分数（有成绩时填写）'),
  cancelArticle: z.string().max(10).nullable().optional().describe('取消成绩依据（条和项，如 5(1)、6(2)）'),
  cancelReason: z.string().max(500).nullable().optional().describe('取消成绩的事实经过'),
});

export const enterResultsBody = z.strictObject({
  results: z.array(resultInput).min(1).max(3).describe('各科成绩'),
});
export const correctResultBody = resultInput.extend({ reason: text(500).describe('更正理由') });
export const candidateParams = z.strictObject({
  id: id.describe('评价批次 ID'),
  candidateId: id.describe('考生 ID'),
});

export const correctedResults = sessionResults.extend({
  correction: z.object({ overallBefore: overall, overallAfter: overall, flipped: z.boolean() }),
});

export const importReport = z.object({
  rowsTotal: z.number(),
  entered: z.number(),
  problems: z.array(
    z.object({
      row: z.number(),
      column: z.string().nullable(),
      message: z.string(),
      message_en: z.string().optional(),
    }),
  ),
});
