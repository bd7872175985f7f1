// The written answer to the organisation (1x-exit §6(5) 书面向提出申请的培训评价组织反馈) and the record of its
// publication: what leaves, from when, what stays valid (§8), the 3-year bar (§10) — or the reasons for a
// refusal.
import { dateZh } from '../../documents/decision-document.js';
import type { DraftInput } from '../workflow/apply-transition.js';
import type { DocumentDraft } from '../workflow/issue-document.js';
import { DEPARTMENT_ZH, type XExitData } from '../../workflows/x-voluntary-exit/data.js';

const what = (d: XExitData, decision: boolean): string =>
  d.level === 'organisation' || decision
    ? '培训评价组织资质'
    : `职业技能等级证书“${d.programmes.map((p) => p.name).join('”“')}”实施资格`;

function exitReply(i: DraftInput<XExitData>): DocumentDraft {
  const d = i.data;
  const dec = d.decision!;
  const applied = `你单位于${dateZh(d.receivedOn ?? i.today)}提出的退出${what(d, false)}申请（${i.before.referenceNo}）`;
  const panel = d.panelDecisions?.at(-1);
  const opinions = [
    ...(panel
      ? [
          `专家评议意见：${panel.outcome === 'approve' ? '同意退出' : panel.outcome === 'reject' ? '不同意退出' : '修改后再议'}（第 ${panel.round} 轮，${panel.decidedOn}）。`,
        ]
      : []),
    ...d.consultations.map(
      (c) =>
        `${c.department === 'other' ? (c.otherName ?? DEPARTMENT_ZH.other) : DEPARTMENT_ZH[c.department]}意见（${dateZh(c.answeredOn)}${c.reference ? `，${c.reference}` : ''}）：${c.opinion}`,
    ),
  ];
  if (dec.outcome === 'refused')
    return {
      numberPrefix: '职教评退复',
      title: '退出申请书面反馈（不同意退出）',
      adverse: true,
      paragraphs: [
        `${applied}，经审核，不同意退出。`,
        `理由：${dec.reason_zh}`,
        ...opinions,
        '你单位应继续按照《职业教育培训评价组织遴选与监督管理办法（试行）》履行职责。',
      ],
    };
  const leaving = dec.organisationExits
    ? d.level === 'organisation'
      ? `自${dateZh(dec.decidedOn)}起，你单位培训评价组织资质退出，所实施的职业技能等级证书实施资格相应取消（第二条第三款）。`
      : `自${dateZh(dec.decidedOn)}起，“${d.programmes.map((p) => p.name).join('”“')}”实施资格退出；该证书为你单位实施的最后一个证书，培训评价组织资质同时取消（第二条第二款）。`
    : `自${dateZh(dec.decidedOn)}起，“${d.programmes.map((p) => p.name).join('”“')}”实施资格退出；你单位其他证书实施资格不受影响，培训评价组织资质保留（第二条第二款）。`;
  return {
    numberPrefix: '职教评退复',
    title: '退出申请书面反馈',
    paragraphs: [
      `${applied}，经专家评议并书面征求有关部门意见，同意退出。`,
      leaving,
      `意见：${dec.reason_zh}`,
      ...opinions,
      '退出前已发放的职业技能等级证书原则上继续有效（第八条）；你单位应对退出前已实施的行为负责，退出后不得参与并扰乱职业技能等级证书的相关活动（第九条、第十一条）。',
      `依据第十条，你单位主体自${dateZh(dec.decidedOn)}起 3 年内（至${dateZh(dec.barredUntil!)}）不得参与培训评价组织招募遴选。`,
    ],
  };
}

function publicationRecord(i: DraftInput<XExitData>): DocumentDraft {
  const d = i.data;
  const dec = d.decision!;
  return {
    numberPrefix: '职教评退公',
    title: '培训评价组织退出公开发布记录',
    addressee: null,
    paragraphs: [
      `${i.institutionName}（${d.filingCode}）依申请退出${dec.organisationExits ? '培训评价组织资质' : `职业技能等级证书“${d.programmes.map((p) => p.name).join('”“')}”实施资格`}，自${dateZh(dec.decidedOn)}起生效。`,
      `于${dateZh(i.today)}通过${d.published?.channel ?? ''}公开发布（第六条第（五）项）。`,
      '退出前已发放的证书继续有效，可在证书查询中核验（第八条）。',
    ],
  };
}

export const xExitDocuments = { exit_reply: exitReply, publication_record: publicationRecord };
