// The texts of the documents a Guizhou renewal issues: the correction request and the 续期决定书 —
// renewed (the occupations renewed with their levels and certificate counts, the new validity and the
// authority's reason for its length, the occupations not renewed and why) or refused (the reasons, and
// that the qualification ends when the validity ends: gz-rules §14).
import type { DraftInput } from '../workflow/apply-transition.js';
import type { DocumentDraft } from '../workflow/issue-document.js';
import { dateZh } from '../../documents/decision-document.js';
import { chinaDate } from '../../workflows/deadline.js';
import { KIND_ZH, type GzRenewalData } from '../../workflows/gz-renewal/data.js';

const LEVEL_ZH = ['', '一级/高级技师', '二级/技师', '三级/高级工', '四级/中级工', '五级/初级工'];
const levels = (ls: readonly number[]) => ls.map((l) => LEVEL_ZH[l] ?? String(l)).join('、');

function correctionRequest(d: DraftInput<GzRenewalData>): DocumentDraft {
  const items = d.data.correction?.items ?? [];
  return {
    numberPrefix: '黔人社评续补',
    title: '续期材料补正通知书',
    paragraphs: [
      `你单位于${d.before.submittedAt ? dateZh(chinaDate(d.before.submittedAt)) : ''}提交的职业技能等级认定机构续期申请（${d.before.referenceNo}），经审核，需补正以下事项：`,
      ...items.map((t, i) => `${i + 1}. ${t}`),
      '请登录平台补正后重新提交。',
    ],
  };
}

function countsLines(d: GzRenewalData): string[] {
  const c = d.results?.counts;
  if (!c) return [];
  return [
    `经统计证书登记，你单位在有效期内（${dateZh(c.periodFrom)}至${dateZh(c.periodTo)}）组织认定并核发有效证书共 ${c.total} 人次，其中：`,
    ...c.occupations.map((o) => `职业（工种）${o.code}：${o.certificates} 人次`),
  ];
}

function renewalDecision(d: DraftInput<GzRenewalData>): DocumentDraft {
  const dec = d.data.decision;
  const kind = KIND_ZH[d.data.kind];
  const head = `你单位作为${kind}就评价机构目录条目（编号 ${d.data.filingCode}，有效期${dateZh(d.data.validFrom)}至${dateZh(d.data.validTo)}）提出的续期申请（${d.before.referenceNo}），`;
  if (!dec || dec.outcome === 'refused') {
    return {
      numberPrefix: '黔人社评续决',
      title: '职业技能等级认定机构续期决定书（续期未通过）',
      adverse: true,
      paragraphs: [
        `${head}经评估，不符合《贵州省职业技能等级认定机构遴选及退出实施细则》规定的续期条件，续期未通过。`,
        `理由：${dec?.reason_zh ?? ''}`,
        ...countsLines(d.data),
        ...(dec?.notRenewed ?? [])
          .filter((o) => o.reasons_zh.length > 0)
          .map((o) => `职业（工种）${o.code}：${o.reasons_zh.join('；')}。`),
        `依据细则第十四条，你单位评价资格于原有效期届满（${dateZh(d.data.validTo)}）时自动终止，应在15日内完成证书数据上报、资料整理归档等收尾工作。`,
      ],
    };
  }
  return {
    numberPrefix: '黔人社评续决',
    title: '职业技能等级认定机构续期决定书',
    // Occupations not renewed are refused: the party may contest that part.
    adverse: dec.notRenewed.length > 0,
    paragraphs: [
      `${head}经评估，准予续期，续期决定编号 ${dec.code}。`,
      ...countsLines(d.data),
      '续期的认定范围：',
      ...dec.renewed.map((o) => `职业（工种）${o.code}：${levels(o.levels)}`),
      `新有效期：${dateZh(dec.validFrom!)}至${dateZh(dec.validTo!)}。细则未规定有效期长度，本有效期由本部门确定，理由：${dec.validityReason}。`,
      ...(dec.notRenewed.length > 0
        ? [
            '下列职业（工种）不予续期，其认定资格于原有效期届满时终止（细则第十四条）：',
            ...dec.notRenewed.map((o) => `职业（工种）${o.code}：${o.reasons_zh.join('；')}。`),
          ]
        : []),
      '请严格按照认定范围开展职业技能等级认定工作，接受人力资源社会保障部门的监督管理。',
    ],
  };
}

export const gzRenewalDocuments = {
  correction_request: correctionRequest,
  renewal_decision: renewalDecision,
};
