// mohrss-violations §16–19 — 技能人才评价违纪违规行为处理工作指引（试行）(人社职司便函〔2021〕57号 附件2) —
// 违纪违规行为的处理程序
//
// 第十六条  参评人员涉及本指引所列违纪违规行为的，经 2 名（含）以上工作人员签字报考场负责人确认，评价机构按程序认定
// 后，依据本指引有关条款进行处理。
// 相关工作人员涉及本指引所列违纪违规行为的，评价机构、评价机构监管部门依据本指引有关条款进行处理，评价机构应同时向
// 评价机构监管部门报备处理情况。
// 评价机构涉及本指引所列违纪违规行为的，评价机构监管部门经认定后，依据本指引有关条款进行处理。
// 第十七条  对评价机构和参评人员、相关工作人员违纪违规行为作出处理决定前，应当告知评价机构和相关人员拟作出的处理决
// 定及相关事实、理由和依据。
// 对评价机构和参评人员、工作人员违纪违规行为作出处理决定的，分别由评价机构或评价机构监管部门作出违纪违规行为处理决
// 定，并以书面形式送达相关机构或人员，或按有关规定进行公告。
// 第十八条  对已由其他机关处理的评价机构和相关个人，评价机构监管部门以相关处理结论为依据，作出相应处理。
// 第十九条  对处理决定存在异议的机构或个人，可以向作出处理决定的评价机构或评价机构监管部门进行陈述和申辩。经复核后，
// 评价机构或评价机构监管部门作出复核决定。
//
// The text sets no period in days: no time for a statement before the decision (§17 ¶1 asks only that the
// notice come first), none for the statement and defence against a decision or the review (§19). So the
// checks hold the order of steps, the contents of the notice, who decides and who reviews — and a notice
// served on the very day of the decision is left to the authority, since the text does not say whether the
// person must have had time to answer. §2 defers to laws that do set periods (行政处罚法 where it applies).
// The signature procedure of §16 ¶1 is written for the exam site; for conduct found after the evaluation
// (§8, "经确认") the text names no procedure, so a missing site record there is for the authority to weigh.
import { z } from 'zod';
import { minSignatures } from '../../parameters/mohrss-violations.js';
import { parameterAt } from '../../parameters/parameter.js';
import { required } from '../assessment.js';
import type { CheckContext } from '../check.js';
import { defineCheck } from '../check.js';
import { count, isoDate } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding, judgement } from '../rule.js';
import { mv, violationRule } from './rule.js';

export const signatures = violationRule(
  '16/p1/signatures',
  mv(16, undefined, 1),
  '参评人员违纪违规行为经 2 名（含）以上工作人员签字',
  'A candidate’s violation is signed for by at least 2 staff',
  [minSignatures.id],
);
export const siteHeadConfirmation = violationRule(
  '16/p1/site-head',
  mv(16, undefined, 1),
  '签字记录报考场负责人确认',
  'The signed record is confirmed by the head of the exam site',
);
export const competence = violationRule(
  '16/competence',
  mv(16),
  '处理决定由有权机关作出：参评人员由评价机构，工作人员由评价机构或监管部门，评价机构由监管部门',
  'The decision is made by the competent body: institution for candidates, institution or authority for staff, authority for institutions',
);
export const staffReport = violationRule(
  '16/p2',
  mv(16, undefined, 2),
  '评价机构处理工作人员的，同时向评价机构监管部门报备处理情况',
  'An institution that handles a staff member’s case reports it to the authority at the same time',
);
export const noticeTiming = violationRule(
  '17/p1/timing',
  mv(17, undefined, 1),
  '作出处理决定前告知',
  'Prior notice before the decision',
);
export const noticeContents = violationRule(
  '17/p1/contents',
  mv(17, undefined, 1),
  '告知拟作出的处理决定及相关事实、理由和依据',
  'The notice states the proposed decision, the facts, the reasons and the basis',
);
export const writtenDecision = violationRule(
  '17/p2',
  mv(17, undefined, 2),
  '处理决定以书面形式送达相关机构或人员，或按有关规定公告',
  'The decision is served in writing, or announced as the rules provide',
);
export const otherAuthority = violationRule(
  '18',
  mv(18),
  '已由其他机关处理的，以相关处理结论为依据作出相应处理',
  'Where another body has dealt with it, the decision rests on that body’s conclusion',
);
export const reviewStanding = violationRule(
  '19/standing',
  mv(19),
  '对处理决定有异议的机构或个人可以陈述和申辩',
  'The institution or person the decision concerns may make a statement and defence',
);
export const reviewAddressee = violationRule(
  '19/addressee',
  mv(19),
  '陈述和申辩向作出处理决定的评价机构或监管部门提出',
  'The statement goes to the body that made the decision',
);
export const reviewDecider = violationRule(
  '19/reviewer',
  mv(19),
  '复核决定由作出处理决定的评价机构或监管部门作出',
  'The review decision is made by the body that made the decision',
);

const body = z
  .enum(['institution', 'authority'])
  .describe('institution 评价机构 / authority 评价机构监管部门');
const BODY_ZH = { institution: '评价机构', authority: '评价机构监管部门' } as const;
const SUBJECT_ZH = { candidate: '参评人员', staff: '工作人员', institution: '评价机构' } as const;

export const decisionFacts = z
  .strictObject({
    subject: z
      .enum(['candidate', 'staff', 'institution'])
      .describe('处理对象：candidate 参评人员 / staff 工作人员 / institution 评价机构'),
    decidedBy: body.describe('作出处理决定的单位：institution 评价机构 / authority 评价机构监管部门'),
    discoveredAfterEvaluation: z.boolean().describe('评价活动结束后发现（第八条）'),
    signatures: count('签字确认的工作人员人数（参评人员，第十六条第一款）').optional(),
    confirmedBySiteHead: z.boolean().optional().describe('已报考场负责人确认（参评人员，第十六条第一款）'),
    reportedToAuthority: z
      .boolean()
      .optional()
      .describe('评价机构已同时向监管部门报备处理情况（工作人员，第十六条第二款）'),
    priorNotice: z
      .strictObject({
        servedOn: isoDate('告知送达日期'),
        proposedDecision: z.boolean().describe('告知了拟作出的处理决定'),
        facts: z.boolean().describe('告知了相关事实'),
        reasons: z.boolean().describe('告知了理由'),
        basis: z.boolean().describe('告知了依据'),
      })
      .nullable()
      .describe('处理决定前的告知（第十七条第一款；未告知填 null）'),
    decision: z
      .strictObject({
        written: z.boolean().describe('以书面形式作出'),
        servedOrAnnounced: z.boolean().describe('已送达相关机构或人员，或已按有关规定公告'),
      })
      .optional()
      .describe('处理决定的形式与送达（已作出决定时填写）'),
    otherAuthority: z
      .strictObject({
        conclusionOn: isoDate('其他机关处理结论的日期'),
        reliedOn: z.boolean().describe('处理决定以该结论为依据'),
      })
      .optional()
      .describe('已由其他机关处理的情况（第十八条；无则不填）'),
  })
  .superRefine((f, ctx) => {
    if (f.subject === 'candidate' && (f.signatures === undefined || f.confirmedBySiteHead === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['signatures'],
        message: '参评人员案件须填写签字人数和考场负责人确认情况',
      });
    if (f.subject === 'staff' && f.decidedBy === 'institution' && f.reportedToAuthority === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['reportedToAuthority'],
        message: '评价机构处理工作人员的，须填写是否已报备',
      });
  });
type DecisionFacts = z.infer<typeof decisionFacts>;

const AFTER_EVALUATION_OPTIONS = [
  '按第十六条第一款补齐签字和考场负责人确认后再作决定',
  '评价活动结束后发现的，按第八条“经确认”的其他确认材料认定',
];

function candidateFindings(f: DecisionFacts, asOf: string): Finding[] {
  const min = parameterAt(minSignatures, asOf);
  const n = f.signatures!;
  const sigOk = n >= min;
  const siteOk = f.confirmedBySiteHead!;
  const sig = finding(
    signatures,
    sigOk,
    `${n} 名工作人员签字，${sigOk ? '达到' : '不足'} ${min} 名（含）以上的要求`,
    `${n} staff signed; at least ${min} required`,
    { signatures: n, minimum: min, parameter: minSignatures.id },
  );
  const site = required(
    siteHeadConfirmation,
    siteOk,
    '考场负责人确认',
    'Confirmation by the head of the exam site',
  );
  if (!f.discoveredAfterEvaluation) return [sig, site];
  // After the evaluation there may be no exam-site record: §8 asks only that the conduct be "确认".
  return [sig, site].map((x) =>
    x.passed === true
      ? x
      : judgement(
          x.ruleId === signatures.id ? signatures : siteHeadConfirmation,
          `${x.message_zh}；行为系评价活动结束后发现（第八条），第十六条第一款的现场签字程序如何适用须认定`,
          `${x.message_en}; found after the evaluation (§8): how the on-site procedure applies is to be determined`,
          { ...x.values, discoveredAfterEvaluation: true },
          AFTER_EVALUATION_OPTIONS,
        ),
  );
}

function competenceFinding(f: DecisionFacts): Finding {
  // §16 ¶1–3 and §17 ¶2; §8 lets the authority void results found after the evaluation.
  const allowed: Record<DecisionFacts['subject'], DecisionFacts['decidedBy'][]> = {
    candidate: f.discoveredAfterEvaluation ? ['institution', 'authority'] : ['institution'],
    staff: ['institution', 'authority'],
    institution: ['authority'],
  };
  const ok = allowed[f.subject].includes(f.decidedBy);
  return finding(
    competence,
    ok,
    ok
      ? `${SUBJECT_ZH[f.subject]}的违纪违规行为由${BODY_ZH[f.decidedBy]}处理`
      : `${SUBJECT_ZH[f.subject]}的违纪违规行为应由${allowed[f.subject].map((b) => BODY_ZH[b]).join('或')}处理，不由${BODY_ZH[f.decidedBy]}处理`,
    ok
      ? `${f.decidedBy} may decide on a ${f.subject}`
      : `A ${f.subject} case is for the ${allowed[f.subject].join(' or ')}, not the ${f.decidedBy}`,
    { subject: f.subject, decidedBy: f.decidedBy, competent: allowed[f.subject] },
  );
}

function noticeFindings(f: DecisionFacts, asOf: string): Finding[] {
  const n = f.priorNotice;
  if (n === null)
    return [
      finding(noticeTiming, false, '作出处理决定前未告知', 'No prior notice before the decision', {
        priorNotice: null,
        decisionOn: asOf,
      }),
    ];
  const values = { servedOn: n.servedOn, decisionOn: asOf };
  const timing =
    n.servedOn < asOf
      ? finding(
          noticeTiming,
          true,
          `${n.servedOn} 告知，早于 ${asOf} 作出决定`,
          `Notice ${n.servedOn}, before the decision on ${asOf}`,
          values,
        )
      : n.servedOn === asOf
        ? judgement(
            noticeTiming,
            `告知与决定同日（${asOf}）：本指引未规定告知后至决定前的期间，是否已给予陈述机会须认定`,
            `Notice and decision on the same day (${asOf}): the text sets no period between them; whether the person could respond is to be determined`,
            values,
            ['告知在先且已听取陈述，可同日决定', '应给予陈述时间后另行决定'],
          )
        : finding(
            noticeTiming,
            false,
            `${n.servedOn} 方告知，晚于 ${asOf} 作出决定`,
            `Notice only on ${n.servedOn}, after the decision on ${asOf}`,
            values,
          );
  const missing = (
    [
      ['proposedDecision', '拟作出的处理决定'],
      ['facts', '相关事实'],
      ['reasons', '理由'],
      ['basis', '依据'],
    ] as const
  )
    .filter(([k]) => !n[k])
    .map(([, zh]) => zh);
  const contents = finding(
    noticeContents,
    missing.length === 0,
    missing.length === 0
      ? '告知了拟作出的处理决定及相关事实、理由和依据'
      : `告知内容缺少：${missing.join('、')}`,
    missing.length === 0
      ? 'The notice states decision, facts, reasons and basis'
      : `The notice lacks: ${missing.join(', ')}`,
    { proposedDecision: n.proposedDecision, facts: n.facts, reasons: n.reasons, basis: n.basis },
  );
  return [timing, contents];
}

export function decisionFindings(f: DecisionFacts, ctx: CheckContext): Finding[] {
  const out: Finding[] = [competenceFinding(f)];
  if (f.subject === 'candidate') out.push(...candidateFindings(f, ctx.asOf));
  if (f.subject === 'staff')
    out.push(
      f.decidedBy === 'institution'
        ? required(
            staffReport,
            f.reportedToAuthority!,
            '评价机构同时向监管部门报备处理情况',
            'Handling reported to the authority',
          )
        : finding(
            staffReport,
            true,
            '由监管部门处理，无需评价机构报备',
            'Decided by the authority: no report needed',
            {
              decidedBy: 'authority',
            },
          ),
    );
  out.push(...noticeFindings(f, ctx.asOf));
  if (f.decision) {
    const ok = f.decision.written && f.decision.servedOrAnnounced;
    out.push(
      finding(
        writtenDecision,
        ok,
        ok
          ? '处理决定以书面形式作出并已送达或公告'
          : `处理决定${f.decision.written ? '' : '未以书面形式作出'}${!f.decision.written && !f.decision.servedOrAnnounced ? '，且' : ''}${f.decision.servedOrAnnounced ? '' : '尚未送达或公告'}`,
        ok
          ? 'Written decision served or announced'
          : 'The decision is not in writing, or not yet served or announced',
        { ...f.decision },
      ),
    );
  }
  if (f.otherAuthority)
    out.push(
      finding(
        otherAuthority,
        f.otherAuthority.reliedOn,
        f.otherAuthority.reliedOn
          ? `以其他机关 ${f.otherAuthority.conclusionOn} 的处理结论为依据`
          : `已由其他机关处理（${f.otherAuthority.conclusionOn}），但处理决定未以其结论为依据`,
        f.otherAuthority.reliedOn
          ? 'Rests on the other body’s conclusion'
          : 'Does not rest on the other body’s conclusion',
        { ...f.otherAuthority },
      ),
    );
  return out;
}

export const decisionCheck = defineCheck({
  name: 'mohrss-violations.procedure.decision',
  regime: 'mohrss-violations',
  title_zh: '作出处理决定的程序要件（第十六条至第十八条）',
  title_en:
    'Preconditions of a violation decision: signatures, competence, prior notice, written decision (§16–18)',
  asOf_zh: '处理决定日期',
  facts: decisionFacts,
  example: {
    subject: 'candidate',
    decidedBy: 'institution',
    discoveredAfterEvaluation: false,
    signatures: 2,
    confirmedBySiteHead: true,
    priorNotice: { servedOn: '2024-06-03', proposedDecision: true, facts: true, reasons: true, basis: true },
    decision: { written: true, servedOrAnnounced: true },
  },
  ruleIds: [
    competence.id,
    signatures.id,
    siteHeadConfirmation.id,
    staffReport.id,
    noticeTiming.id,
    noticeContents.id,
    writtenDecision.id,
    otherAuthority.id,
  ],
  run: (f, ctx) => decisionFindings(f, ctx),
});

export const reviewFacts = z.strictObject({
  decisionBy: body.describe('原处理决定的作出单位：institution 评价机构 / authority 评价机构监管部门'),
  requester: z
    .enum(['concerned', 'other'])
    .describe('提出人：concerned 处理决定所涉的机构或个人 / other 其他机构或个人'),
  addressedTo: body.describe('陈述和申辩提交的单位：institution 评价机构 / authority 评价机构监管部门'),
  reviewDecisionBy: body.optional().describe('作出复核决定的单位（已复核时填写）'),
});
type ReviewFacts = z.infer<typeof reviewFacts>;

export function reviewFindings(f: ReviewFacts): Finding[] {
  const out = [
    finding(
      reviewStanding,
      f.requester === 'concerned',
      f.requester === 'concerned' ? '由处理决定所涉的机构或个人提出' : '提出人并非处理决定所涉的机构或个人',
      f.requester === 'concerned' ? 'Made by the party concerned' : 'Not made by the party concerned',
      { requester: f.requester },
    ),
    finding(
      reviewAddressee,
      f.addressedTo === f.decisionBy,
      f.addressedTo === f.decisionBy
        ? `向作出处理决定的${BODY_ZH[f.decisionBy]}提出（本指引未规定提出期限）`
        : `应向作出处理决定的${BODY_ZH[f.decisionBy]}提出，而非${BODY_ZH[f.addressedTo]}`,
      f.addressedTo === f.decisionBy
        ? `Addressed to the deciding ${f.decisionBy} (the text sets no time limit)`
        : `Must go to the deciding ${f.decisionBy}, not the ${f.addressedTo}`,
      { decisionBy: f.decisionBy, addressedTo: f.addressedTo },
    ),
  ];
  if (f.reviewDecisionBy)
    out.push(
      finding(
        reviewDecider,
        f.reviewDecisionBy === f.decisionBy,
        f.reviewDecisionBy === f.decisionBy
          ? `复核决定由作出处理决定的${BODY_ZH[f.decisionBy]}作出`
          : `复核决定应由${BODY_ZH[f.decisionBy]}作出，而非${BODY_ZH[f.reviewDecisionBy]}`,
        f.reviewDecisionBy === f.decisionBy ? 'Reviewed by the deciding body' : 'Reviewed by another body',
        { decisionBy: f.decisionBy, reviewDecisionBy: f.reviewDecisionBy },
      ),
    );
  return out;
}

export const reviewCheck = defineCheck({
  name: 'mohrss-violations.procedure.review',
  regime: 'mohrss-violations',
  title_zh: '对处理决定的陈述申辩与复核（第十九条）',
  title_en: 'Statement, defence and review of a decision (§19)',
  asOf_zh: '陈述和申辩提出日期（本指引未规定期限）',
  facts: reviewFacts,
  example: {
    decisionBy: 'authority',
    requester: 'concerned',
    addressedTo: 'authority',
    reviewDecisionBy: 'authority',
  },
  ruleIds: [reviewStanding.id, reviewAddressee.id, reviewDecider.id],
  run: (f) => reviewFindings(f),
});

export const procedureRules = [
  competence,
  signatures,
  siteHeadConfirmation,
  staffReport,
  noticeTiming,
  noticeContents,
  writtenDecision,
  otherAuthority,
  reviewStanding,
  reviewAddressee,
  reviewDecider,
];
