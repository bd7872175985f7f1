// The texts of the 1+X selection's documents, issued by the office that runs the call: 受理通知书 and
// 补正通知书 (§14), 不予受理通知书, 遴选结果通知 (§15 入围/未入围, §16 信用核查、公示异议、审议), the 公示
// of the selection result (§16) and the 公布记录 of the list of organisations and certificates (§16).
import { dateZh } from '../../documents/decision-document.js';
import type { DocumentDraft } from '../workflow/issue-document.js';
import type { DraftInput } from '../workflow/apply-transition.js';
import type { Finding } from '../../rules/finding.js';
import { formatCitationZh } from '../../domain/citation.js';
import { countsZh, RECOMMENDATION_ZH } from '../../workflows/review/decision.js';
import {
  CERTIFICATE_LEVEL_ZH,
  type CertificateProgramme,
  type Selection1xData,
} from '../../workflows/selection-1x/data.js';
import type { CorrectionPayload, RevisionPayload } from '../../workflows/selection-1x/events.js';
import { SELECTION_1X_PREFIX as P } from './number-prefixes.js';

type D = DraftInput<Selection1xData>;

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const numbered = (items: readonly string[]) => items.map((t, i) => `${NUMERALS[i] ?? i + 1}、${t}`);

export const programmeZh = (p: CertificateProgramme): string =>
  `${p.name}${p.code ? `（${p.code}）` : ''}：${p.levels.map((l) => CERTIFICATE_LEVEL_ZH[l]).join('、')}`;

const programmesZh = (d: D) => d.data.application.programmes.map(programmeZh).join('；');

const applicationRef = (d: D) =>
  `你单位于${dateZh(d.data.submittedOn ?? d.today)}响应“${d.data.call.title}”（${d.data.call.batch}）提交的职业教育培训评价组织申报（${d.before.referenceNo}，申报领域：${d.data.application.field}）`;

/** The findings a decision rests on that did not pass, with their articles (for the reasons given). */
const openFindings = (findings: readonly Finding[]) =>
  findings.filter((f) => f.passed !== true).map((f) => `${f.message_zh}（${formatCitationZh(f.citation)}）`);

export const selection1xDocuments = {
  acceptance_notice: (d: D): DocumentDraft => {
    const pending = openFindings(d.findings);
    return {
      numberPrefix: P.acceptance,
      title: '职业教育培训评价组织申报受理通知书',
      paragraphs: [
        `${applicationRef(d)}及申报材料，经资格审查，符合申报条件，现予受理。`,
        `申报的职业技能等级证书：${programmesZh(d)}。`,
        ...(pending.length > 0 ? ['以下事项由遴选专家对照条件认定（第十五条）：', ...numbered(pending)] : []),
        '我办将从遴选专家库中随机抽取专家，对照条件择优遴选，根据需要可进行实地考察。办理进度可在本平台查询。',
      ],
    };
  },
  correction_request: (d: D): DocumentDraft => {
    const revision = d.event === 'return_for_revision';
    const p = d.payload as CorrectionPayload | RevisionPayload;
    const decision = d.data.panelDecisions?.at(-1);
    return {
      numberPrefix: P.correction,
      title: revision ? '职业教育培训评价组织申报修改意见通知书' : '职业教育培训评价组织申报补正材料通知书',
      paragraphs: [
        revision
          ? `${applicationRef(d)}，经遴选专家评审（第 ${decision?.round ?? 1} 轮，${decision ? countsZh(decision) : ''}），评审组意见为修改后再审，请修改以下内容：`
          : `${applicationRef(d)}，经审核，需补正以下内容：`,
        ...numbered(p.items),
        ...('note' in p && p.note ? [p.note] : []),
        revision
          ? '请修改后在本平台重新提交，由原评审组再次评审。'
          : '请补正后在本平台重新提交。补正材料不受招募公告申报截止日期的限制。',
      ],
    };
  },
  rejection_notice: (d: D): DocumentDraft => ({
    numberPrefix: P.rejection,
    title: '职业教育培训评价组织申报不予受理通知书',
    adverse: true,
    paragraphs: [
      `${applicationRef(d)}，经资格审查，不予受理。`,
      `理由：${d.data.refusal?.reason_zh ?? ''}`,
      '你单位对办理事项享有陈述权、知情权，可在本平台查看审查所依据的条文和结论。',
    ],
  }),
  selection_result: (d: D): DocumentDraft => {
    const decision = d.data.panelDecisions?.at(-1);
    const votes = decision
      ? `评审组 ${d.data.panel?.size ?? 0} 人（从“${d.data.panel?.poolName ?? ''}”随机抽取），${countsZh(decision)}，结论：${RECOMMENDATION_ZH[decision.outcome]}${decision.byMajority ? '' : `（评审组未形成多数意见，由我办认定：${decision.reason ?? ''}）`}。`
      : '';
    const visits = d.data.siteVisits.map(
      (v) => `${dateZh(v.visitedOn)}实地考察（${v.visitors}）：${v.findings_zh}`,
    );
    const outcome: Record<string, string[]> = {
      select: [
        `${applicationRef(d)}，经遴选专家对照条件择优遴选（第十五条），拟入围。${votes}`,
        ...visits,
        '下一步将通过国家发展改革委、市场监管总局有关信用平台核查你单位信用情况，并商税务总局核查是否存在重大税收违法失信情况；核查无不良记录的，遴选结果向社会公示（第十六条）。',
      ],
      not_select: [
        `${applicationRef(d)}，经遴选专家对照条件择优遴选（第十五条），未入围。${votes}`,
        ...visits,
        `理由：${d.data.refusal?.reason_zh ?? ''}`,
      ],
      exclude_for_credit: [
        `${applicationRef(d)}，经遴选拟入围，经信用核查（第十六条）发现不良记录，不予入围。`,
        ...openFindings(d.findings),
        `说明：${d.data.refusal?.reason_zh ?? ''}`,
      ],
      exclude_after_objection: [
        `${applicationRef(d)}，遴选结果公示期间收到的异议经核实成立（第十六条：公示无异议后方可提请审议），不予入围。`,
        `说明：${d.data.refusal?.reason_zh ?? ''}`,
      ],
      reject: [
        `${applicationRef(d)}，经部际联席会议审议，未予通过（第十六条）。`,
        `说明：${d.data.refusal?.reason_zh ?? ''}`,
      ],
    };
    return {
      numberPrefix: P.result,
      title: '职业教育培训评价组织遴选结果通知',
      // Every outcome but 拟入围 (an interim step) refuses the application.
      adverse: d.event !== 'select',
      paragraphs: [
        ...(outcome[d.event] ?? [`${applicationRef(d)}的遴选结果见本平台。`]),
        '你单位对办理事项享有陈述权、知情权。',
      ],
    };
  },
  public_notice: (d: D): DocumentDraft => ({
    numberPrefix: P.notice,
    title: '职业教育培训评价组织遴选结果公示',
    addressee: null,
    paragraphs: [
      `根据《职业教育培训评价组织遴选与监督管理办法（试行）》第十六条，经公开招募（${d.data.call.title}，${d.data.call.batch}）、专家遴选和信用核查，现将拟入围的培训评价组织及职业技能等级证书予以公示：`,
      `培训评价组织：${d.institutionName}；职业技能领域：${d.data.application.field}；职业技能等级证书：${programmesZh(d)}。`,
      d.data.notice
        ? `公示期：${dateZh(d.data.notice.startsOn)}至${dateZh(d.data.notice.endsOn)}。${d.data.notice.explanation_zh}`
        : '',
      '公示期间，任何单位和个人对公示内容有异议的，可通过本平台的公示页面实名提出，并提供必要的证明材料。',
    ].filter((p) => p !== ''),
  }),
  publication_record: (d: D): DocumentDraft => ({
    numberPrefix: P.publication,
    title: '职业教育培训评价组织和职业技能等级证书清单公布记录',
    addressee: null,
    paragraphs: [
      `经公开招募（${d.data.call.title}，${d.data.call.batch}）、专家遴选、信用核查和公示，遴选结果公示无异议，部际联席会议于${dateZh(d.data.approval?.decidedOn ?? d.today)}${d.data.approval?.form === 'written' ? '书面审议' : '会议审议'}通过（${d.data.approval?.reference ?? ''}），现面向社会发布（第十六条）：`,
      `培训评价组织：${d.institutionName}。`,
      `职业技能领域：${d.data.application.field}。`,
      `职业技能等级证书：${programmesZh(d)}。`,
      d.data.publication
        ? `列入清单日期：${dateZh(d.data.publication.validFrom)}${d.data.publication.validTo ? `，至${dateZh(d.data.publication.validTo)}止` : '；办法未规定期限，至依法退出目录时止（第二十八条）'}。`
        : '',
    ].filter((p) => p !== ''),
  }),
};
