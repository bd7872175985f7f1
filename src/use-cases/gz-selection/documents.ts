// The texts of the decision documents a Guizhou selection issues: the correction request, the
// selection result (selected for the occupations that pass, with validity and the occupations left
// out and why — or not selected, with the reasons) and the publication record.
import type { DraftInput } from '../workflow/apply-transition.js';
import type { DocumentDraft } from '../workflow/issue-document.js';
import { dateZh } from '../../documents/decision-document.js';
import { chinaDate } from '../../workflows/deadline.js';
import { APPLICANT_KIND_ZH, type GzSelectionData } from '../../workflows/gz-selection/data.js';

const LEVEL_ZH = ['', '一级/高级技师', '二级/技师', '三级/高级工', '四级/中级工', '五级/初级工'];
const levels = (ls: readonly number[]) => ls.map((l) => LEVEL_ZH[l] ?? String(l)).join('、');

function correctionRequest(d: DraftInput<GzSelectionData>): DocumentDraft {
  const items = d.data.correction?.items ?? [];
  return {
    numberPrefix: '黔人社评遴补',
    title: '补正材料通知书',
    paragraphs: [
      `你单位于${d.before.submittedAt ? dateZh(chinaDate(d.before.submittedAt)) : ''}提交的职业技能等级认定机构遴选申报（${d.before.referenceNo}），经审核，需补正以下事项：`,
      ...items.map((t, i) => `${i + 1}. ${t}`),
      '请登录平台补正后重新提交。',
    ],
  };
}

function selectionResult(d: DraftInput<GzSelectionData>): DocumentDraft {
  const dec = d.data.decision;
  const kind = APPLICANT_KIND_ZH[d.data.applyingAs];
  if (!dec || dec.outcome === 'refused') {
    return {
      numberPrefix: '黔人社评遴决',
      title: '职业技能等级认定机构遴选结果通知（未入选）',
      adverse: true,
      paragraphs: [
        `你单位作为${kind}申报的职业技能等级认定机构遴选（${d.before.referenceNo}），经审核，不予遴选。`,
        `理由：${dec?.reason_zh ?? ''}`,
        ...(dec?.excludedOccupations ?? [])
          .filter((o) => o.reasons_zh.length > 0)
          .map((o) => `职业（工种）${o.code}：${o.reasons_zh.join('；')}。`),
      ],
    };
  }
  return {
    numberPrefix: '黔人社评遴决',
    title: '职业技能等级认定机构遴选结果通知',
    // Occupations left out are refused: the party may contest that part.
    adverse: dec.excludedOccupations.length > 0,
    paragraphs: [
      `你单位作为${kind}申报的职业技能等级认定机构遴选（${d.before.referenceNo}），经审核，符合《贵州省职业技能等级认定机构遴选及退出实施细则》规定的条件，遴选为职业技能等级认定机构，遴选结果编号 ${dec.code}。`,
      '认定范围：',
      ...dec.selectedOccupations.map((o) => `职业（工种）${o.code}：${levels(o.levels)}`),
      `有效期：${dateZh(dec.validFrom!)}至${dateZh(dec.validTo!)}。`,
      ...(dec.excludedOccupations.length > 0
        ? [
            '下列申报职业（工种）未达到遴选条件，不纳入认定范围：',
            ...dec.excludedOccupations.map((o) => `职业（工种）${o.code}：${o.reasons_zh.join('；')}。`),
          ]
        : []),
      '请严格按照认定范围开展职业技能等级认定工作，接受人力资源社会保障部门的监督管理。',
    ],
  };
}

function publicationRecord(d: DraftInput<GzSelectionData>): DocumentDraft {
  const dec = d.data.decision!;
  return {
    numberPrefix: '黔人社评遴公',
    title: '职业技能等级认定机构遴选结果公布记录',
    addressee: null,
    paragraphs: [
      `${d.institutionName}（遴选结果编号 ${dec.code}）经遴选为职业技能等级认定机构，于${dateZh(d.today)}在评价机构目录中公布。`,
      ...dec.selectedOccupations.map((o) => `职业（工种）${o.code}：${levels(o.levels)}`),
      `有效期：${dateZh(dec.validFrom!)}至${dateZh(dec.validTo!)}。`,
    ],
  };
}

export const gzSelectionDocuments = {
  correction_request: correctionRequest,
  selection_result: selectionResult,
  publication_record: publicationRecord,
};
