// The texts of the documents of the national employer's filing (issued by the national centre) and
// of its branches' provincial filings (issued by the province): 受理通知书 and 补正材料通知书 (一(十)2),
// 技术评审结论 (一(十)3), 备案回执 — "关于同意***开展职业技能等级认定工作备案的函" (一(十)4, 一(十二)),
// 分支机构备案回执 (一(十)5) and 公布记录 (一(十)6). Each is numbered and rendered by the engine.
import { dateZh } from '../../documents/decision-document.js';
import type { DocumentDraft } from '../workflow/issue-document.js';
import type { DraftInput } from '../workflow/apply-transition.js';
import { parameterAt } from '../../parameters/parameter.js';
import { employerMaterials } from '../../parameters/mohrss-filing.js';
import type { EmployerFilingData, ScopeEntry } from '../../workflows/employer-filing/data.js';
import type { BranchFilingData } from '../../workflows/branch-filing/data.js';
import { RECOMMENDATION_ZH } from '../../workflows/review/decision.js';
import { branchPrefixes, MINISTRY_PREFIX } from './number-prefixes.js';

const LEVEL_ZH: Record<number, string> = {
  1: '一级/高级技师',
  2: '二级/技师',
  3: '三级/高级工',
  4: '四级/中级工',
  5: '五级/初级工',
};

export const scopeZh = (s: ScopeEntry): string =>
  `${s.occupationName ?? ''}（${s.occupationCode}）${LEVEL_ZH[s.level] ?? `${s.level}级`}`;

export const scopesZh = (scopes: readonly ScopeEntry[]): string =>
  scopes.length === 0 ? '（未填写）' : scopes.map(scopeZh).join('；');

const NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
];

function materialName(id: string, on: string): string {
  if (id === 'application') return '申请信息（申请条件声明、申报职业及等级）';
  return parameterAt(employerMaterials, on).find((m) => m.id === id)?.name_zh ?? id;
}

type Employer = DraftInput<EmployerFilingData>;

const applicationRef = (d: Employer) =>
  `你单位于${dateZh(d.data.submittedOn ?? d.today)}提交的全国性用人单位职业技能等级评价机构备案申请（${d.before.referenceNo}）`;

export const employerDocuments = {
  acceptance_notice: (d: Employer): DocumentDraft => ({
    numberPrefix: MINISTRY_PREFIX.acceptance,
    title: '职业技能等级评价机构备案申请受理通知书',
    paragraphs: [
      `${applicationRef(d)}及申请材料，经收集、整理和初步审核，申报资料符合要求，现予受理。`,
      `申报职业（工种）及等级：${scopesZh(d.data.scopes)}。`,
      '我中心将组织专家对你单位是否具备条件开展职业技能等级认定工作进行技术评审，重点对人才队伍建设相关制度、职业（工种）范围、相应职业标准等进行技术评审。办理进度可在本平台查询。',
    ],
  }),
  correction_request: (d: Employer): DocumentDraft => ({
    numberPrefix: MINISTRY_PREFIX.correction,
    title: '职业技能等级评价机构备案补正材料通知书',
    paragraphs: [
      `${applicationRef(d)}，经初步审核，申报资料需补正以下内容：`,
      ...(d.data.correction?.items ?? []).map(
        (item, i) => `${NUMERALS[i] ?? i + 1}、${materialName(item.item, d.today)}：${item.reason}`,
      ),
      '请按上述要求补正后在本平台重新提交。补正期间，告知申报资料是否符合要求的 10 个工作日期限暂停计算，补正材料提交后继续计算。',
    ],
  }),
  panel_decision: (d: Employer): DocumentDraft => {
    const decision = d.data.panelDecisions?.at(-1);
    const outcome = decision ? RECOMMENDATION_ZH[decision.outcome] : '';
    const counts = decision
      ? `通过 ${decision.counts.approve} 票、不通过 ${decision.counts.reject} 票、修改后再审 ${decision.counts.revise} 票`
      : '';
    const conclusion =
      decision?.outcome === 'approve'
        ? '技术评审通过。我中心将为你单位赋予机构备案码并出具备案回执。'
        : decision?.outcome === 'reject'
          ? '技术评审未通过，不予备案。你单位对办理事项享有陈述权、知情权。'
          : `请你单位按评审意见修改相关材料后在本平台重新提交，由评审组再次评审。${d.data.revision?.note ? `修改要求：${d.data.revision.note}` : ''}`;
    return {
      numberPrefix: MINISTRY_PREFIX.review,
      title: '职业技能等级评价机构备案技术评审结论',
      adverse: decision?.outcome === 'reject',
      paragraphs: [
        `我中心组织专家评审组（${d.data.panel?.size ?? 0} 人，从“${d.data.panel?.poolName ?? ''}”随机抽取）对你单位备案申请（${d.before.referenceNo}）进行了第 ${decision?.round ?? 1} 轮技术评审，评审意见为：${counts}。`,
        decision?.byMajority
          ? `评审组合议结论：${outcome}。`
          : `评审组未形成多数意见，经我中心认定为“${outcome}”，理由：${decision?.reason ?? ''}。`,
        conclusion,
        ...(decision?.opinions ?? []).map(
          (o, i) =>
            `专家${NUMERALS[i] ?? i + 1}意见（建议${RECOMMENDATION_ZH[o.recommendation]}）：${o.opinion}`,
        ),
      ],
    };
  },
  filing_receipt: (d: Employer): DocumentDraft => ({
    numberPrefix: MINISTRY_PREFIX.receipt,
    title: `关于同意${d.institutionName}开展职业技能等级认定工作备案的函`,
    paragraphs: [
      `你单位报送的职业技能等级评价机构备案申请（${d.before.referenceNo}）已收悉。经技术评审，同意你单位开展职业技能等级认定工作，予以备案。`,
      `机构备案码：${d.data.filing?.code ?? ''}。`,
      `备案职业（工种）及等级：${scopesZh(d.data.scopes)}。`,
      `备案日期：${dateZh(d.data.filing?.filedOn ?? d.today)}。《职业技能等级评价机构备案事项办理指南（试行）》未规定全国性用人单位备案的有效期限。`,
      '你单位分支机构开展职业技能等级认定工作的，由分支机构所在地人力资源社会保障部门根据本回执进行技术评审并赋码、出具分支机构备案回执。请你单位自觉接受各级人力资源社会保障部门的监督。',
    ],
  }),
  publication_record: (d: Employer): DocumentDraft => ({
    numberPrefix: MINISTRY_PREFIX.publication,
    title: '全国性用人单位职业技能等级评价机构公布记录',
    addressee: null,
    paragraphs: [
      `${dateZh(d.today)}，在机构目录中统一公布${d.institutionName}（机构备案码 ${d.data.filing?.code ?? ''}）。`,
      `公布的职业（工种）及等级：${scopesZh(d.data.scopes)}。`,
      `有效期：自${dateZh(d.data.filing?.filedOn ?? d.today)}起，备案指南未规定截止日期。`,
    ],
  }),
};

type Branch = DraftInput<BranchFilingData>;

const branchRef = (d: Branch) =>
  `${d.data.branch.name}（${d.institutionName}分支机构）省级备案申请（${d.before.referenceNo}）`;

export const branchDocuments = {
  branch_filing_receipt: (d: Branch): DocumentDraft => ({
    numberPrefix: branchPrefixes(d.before.jurisdictionCode).receipt,
    title: '全国性用人单位分支机构职业技能等级认定备案回执',
    paragraphs: [
      `根据中国就业培训技术指导中心出具的部级备案回执（${d.data.filing?.parentReceiptNumber ?? ''}，机构备案码 ${d.data.filing?.parentFilingCode ?? ''}），我厅对${branchRef(d)}进行了技术评审。`,
      `技术评审意见：${d.data.review?.opinion ?? ''}`,
      `经技术评审，同意${d.data.branch.name}备案，分支机构备案码：${d.data.filing?.code ?? ''}。`,
      `认定职业（工种）及等级：${scopesZh(d.data.scopes)}。`,
      `备案日期：${dateZh(d.data.filing?.filedOn ?? d.today)}，文本未规定有效期限。`,
    ],
  }),
  rejection_notice: (d: Branch): DocumentDraft => ({
    numberPrefix: branchPrefixes(d.before.jurisdictionCode).refusal,
    title: '全国性用人单位分支机构备案技术评审未通过通知书',
    adverse: true,
    paragraphs: [
      `我厅对${branchRef(d)}进行了技术评审，评审未通过，不予分支机构备案。`,
      `理由：${d.data.refusal?.reason ?? ''}`,
      '你单位对办理事项享有陈述权、知情权。',
    ],
  }),
  publication_record: (d: Branch): DocumentDraft => ({
    numberPrefix: branchPrefixes(d.before.jurisdictionCode).publication,
    title: '全国性用人单位分支机构公布记录',
    addressee: null,
    paragraphs: [
      `${dateZh(d.today)}，在机构目录中公布${d.data.branch.name}（${d.institutionName}分支机构，分支机构备案码 ${d.data.filing?.code ?? ''}）。`,
      `认定职业（工种）及等级：${scopesZh(d.data.scopes)}。`,
    ],
  }),
};
