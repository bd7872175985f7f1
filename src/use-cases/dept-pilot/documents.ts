// The texts of the documents the dept-pilot procedures issue: the correction request, the
// publication record of an organisation admitted to the pilot (三（五）网上公示), the refusal, and for a
// branch the local filing receipt.
import type { DraftInput } from '../workflow/apply-transition.js';
import type { DocumentDraft } from '../workflow/issue-document.js';
import { dateZh } from '../../documents/decision-document.js';
import { TRACK_ZH, type DeptPilotData, type ScopeEntry } from '../../workflows/dept-pilot/data.js';
import type { BranchFilingData } from '../../workflows/dept-pilot/branch-machine.js';

const LEVEL_ZH = ['', '一级/高级技师', '二级/技师', '三级/高级工', '四级/中级工', '五级/初级工'];
const scopeLines = (scope: readonly ScopeEntry[]) =>
  scope.map((s) => `职业（工种）${s.code}：${s.levels.map((l) => LEVEL_ZH[l] ?? String(l)).join('、')}`);
const validity = (from: string | null, to: string | null) =>
  from ? `有效期：${dateZh(from)}起${to ? `至${dateZh(to)}` : '（通知未规定截止日）'}。` : '';

/** The applicant the documents are addressed to: the recommending department, or the association. */
const addressee = (d: DraftInput<DeptPilotData>) => d.data.department?.name ?? d.institutionName;

function correctionRequest(d: DraftInput<DeptPilotData>): DocumentDraft {
  return {
    numberPrefix: '人社鉴试补',
    title: '补正材料通知书',
    addressee: addressee(d),
    paragraphs: [
      `关于“${d.institutionName}”的部门行业职业技能等级认定试点材料（${d.before.referenceNo}），经审核，需补正以下事项：`,
      ...(d.data.correction?.items ?? []).map((t, i) => `${i + 1}. ${t}`),
      '请补正后重新提交。',
    ],
  };
}

function publicationRecord(d: DraftInput<DeptPilotData>): DocumentDraft {
  const dec = d.data.decision!;
  return {
    numberPrefix: '人社鉴试公',
    title: '部门行业职业技能等级认定试点社会培训评价组织网上公示记录',
    addressee: null,
    paragraphs: [
      `${d.institutionName}（${TRACK_ZH[d.data.track]}，领域：${d.data.plan.field}${d.data.department ? `，推荐部门：${d.data.department.name}` : ''}）经审核纳入试点社会培训评价组织目录，试点机构编号 ${dec.code}，于${dateZh(d.today)}在技能人才评价信息平台网上公示。`,
      '认定范围：',
      ...scopeLines(dec.scope),
      validity(dec.validFrom, dec.validTo),
      '其分支机构应在属地人力资源社会保障部门备案，完成属地备案后网上公示。',
    ],
  };
}

function rejection(d: DraftInput<DeptPilotData>): DocumentDraft {
  return {
    numberPrefix: '人社鉴试否',
    title: '不予纳入试点通知书',
    adverse: true,
    addressee: addressee(d),
    paragraphs: [
      `关于“${d.institutionName}”纳入部门行业职业技能等级认定试点（${d.before.referenceNo}），经审核，不予纳入。`,
      `理由：${d.data.decision?.reason_zh ?? ''}`,
    ],
  };
}

export const deptPilotDocuments = {
  correction_request: correctionRequest,
  publication_record: publicationRecord,
  rejection_notice: rejection,
};

function branchCorrection(d: DraftInput<BranchFilingData>): DocumentDraft {
  const items = Array.isArray(d.data.correctionItems) ? (d.data.correctionItems as string[]) : [];
  return {
    numberPrefix: '试点分支补',
    title: '补正材料通知书',
    paragraphs: [
      `你单位“${d.data.branch.name}”的属地备案申请（${d.before.referenceNo}），需补正以下事项：`,
      ...items.map((t, i) => `${i + 1}. ${t}`),
    ],
  };
}

function branchReceipt(d: DraftInput<BranchFilingData>): DocumentDraft {
  const dec = d.data.decision!;
  return {
    numberPrefix: '试点分支备',
    title: '分支机构属地备案回执',
    paragraphs: [
      `你单位分支机构“${d.data.branch.name}”已于${dateZh(d.today)}在${d.authorityName}完成属地备案，备案编号 ${dec.code}，并在技能人才评价信息平台网上公示。`,
      '认定范围（在试点社会培训评价组织的范围内）：',
      ...scopeLines(dec.scope),
      validity(dec.validFrom, dec.validTo),
      '该分支机构接受属地人力资源社会保障部门的日常监督。',
    ],
  };
}

function branchRejection(d: DraftInput<BranchFilingData>): DocumentDraft {
  return {
    numberPrefix: '试点分支否',
    title: '不予备案通知书',
    adverse: true,
    paragraphs: [
      `你单位分支机构“${d.data.branch.name}”的属地备案申请（${d.before.referenceNo}），经审核，不予备案。`,
      `理由：${d.data.decision?.reason_zh ?? ''}`,
    ],
  };
}

export const branchFilingDocuments = {
  correction_request: branchCorrection,
  branch_filing_receipt: branchReceipt,
  rejection_notice: branchRejection,
};
