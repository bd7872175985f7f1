// The texts of the documents a social-organisation filing issues: 受理通知书, 补正材料通知书, 不予受理 /
// 不予备案通知书 and 取消备案决定书 (with the findings their events recorded), the 公示 record, the 备案回执 and
// the 公布记录. Numbered (发文字号), rendered to PDF and kept with the case by the engine.
import { formatCitationZh, type Citation } from '../../domain/citation.js';
import { dateZh, SOURCE_TITLES_ZH, type DocumentKind } from '../../documents/decision-document.js';
import type { Finding } from '../../rules/finding.js';
import type { DraftInput } from '../workflow/apply-transition.js';
import type { DocumentDraft } from '../workflow/issue-document.js';
import { LEVEL_ZH, type SocialOrgFilingData } from '../../workflows/social-org-filing/data.js';
import { numberPrefix } from '../../workflows/social-org-filing/numbering.js';
import { socialOrgChecklist } from './checklist.js';

type Input = DraftInput<SocialOrgFilingData>;

const cite = (c: Citation) => `${SOURCE_TITLES_ZH[c.source]}${formatCitationZh(c)}`;

export const scopeLines = (d: SocialOrgFilingData): string[] =>
  d.occupations.map(
    (o, i) =>
      `${i + 1}. ${o.name}（${o.code}）：${[...o.levels]
        .sort((a, b) => b - a)
        .map((l) => LEVEL_ZH[l])
        .join('、')}`,
  );

const findingLines = (findings: readonly Finding[]): string[] =>
  findings.map(
    (f, i) =>
      `（${i + 1}）${f.message_zh}${f.passed === 'needs_judgement' ? '（待认定）' : ''}——${cite(f.citation)}`,
  );

const prefix = (what: Parameters<typeof numberPrefix>[0], d: Input) =>
  numberPrefix(what, d.after.jurisdictionCode);

function acceptance(d: Input): DocumentDraft {
  return {
    numberPrefix: prefix('acceptance', d),
    title: '社会培训评价组织备案受理通知书',
    paragraphs: [
      `你单位提交的社会培训评价组织备案申请（案件编号 ${d.after.referenceNo}）收悉。经对申报资料收集、整理、汇总和初步审核，申报资料符合要求，现予受理。`,
      '申报的职业（工种）及等级：',
      ...scopeLines(d.data),
      '我部门将对你单位机构性质、职业（工种）范围、相应的国家职业技能标准或评价规范、实施条件及能力等进行核验评估，评估通过的将向社会公示。办理进度可在平台“我的申请”中查看。',
    ],
  };
}

function correction(d: Input): DocumentDraft {
  const items = socialOrgChecklist(d.today).items;
  const c = d.data.correction;
  return {
    numberPrefix: prefix('correction', d),
    title: '社会培训评价组织备案补正材料通知书',
    paragraphs: [
      `你单位提交的社会培训评价组织备案申请（案件编号 ${d.after.referenceNo}）经初步审核，申报资料不符合要求，请补正以下材料后重新提交：`,
      ...(c?.items ?? []).map(
        (id, i) => `${i + 1}. ${items.find((x) => x.id === id)?.title_zh.replace(/^\d+\.\s*/, '') ?? id}`,
      ),
      `补正说明：${c?.note ?? ''}`,
      '补正期间不计入办理时间。你单位对办理事项享有陈述权、知情权。',
    ],
  };
}

/** 二(十一): the cancellation decision, with the finding of the false-materials check it rests on. */
function cancellation(d: Input): DocumentDraft {
  const c = d.data.cancellation!;
  return {
    numberPrefix: prefix('decision', d),
    title: '取消社会培训评价组织备案决定书',
    adverse: true,
    paragraphs: [
      `你单位备案（备案码 ${d.data.filing?.filingCode ?? ''}，案件编号 ${d.after.referenceNo}）的申报材料，经我部门于 ${dateZh(c.verifiedOn)} 查实存在不真实情形：${c.reason}`,
      '作出本决定前，已告知你单位拟作出的决定及事实、理由和依据，并听取了你单位的陈述。',
      `依据${cite({ source: 'mohrss-filing', article: '二', item: '十一' })}“申报材料如有不真实的，经查实后取消备案资质”，决定取消你单位的备案资质，并自即日起从评价机构目录中撤下。`,
      '所依据的认定：',
      ...findingLines(d.findings),
    ],
  };
}

/** 不予受理 / 不予备案: the reason, and the findings not passed that the refusal event recorded. */
function decision(d: Input): DocumentDraft {
  const r = d.data.refusal!;
  const grounds = d.findings.filter((f) => f.passed !== true);
  const beforeAcceptance = d.before.state === 'submitted';
  return {
    numberPrefix: prefix('decision', d),
    title: beforeAcceptance ? '社会培训评价组织备案不予受理通知书' : '社会培训评价组织不予备案通知书',
    adverse: true,
    paragraphs: [
      `你单位提交的社会培训评价组织备案申请（案件编号 ${d.after.referenceNo}），经${beforeAcceptance ? '初步审核' : '核验评估'}，${beforeAcceptance ? '不予受理' : '决定不予备案'}。`,
      `理由：${r.reason}`,
      ...(grounds.length > 0 ? ['不符合的条件：', ...findingLines(grounds)] : []),
      '你单位对办理事项享有陈述权、知情权。',
    ],
  };
}

function notice(d: Input): DocumentDraft {
  const n = d.data.notice!;
  return {
    numberPrefix: prefix('notice', d),
    title: '关于拟备案社会培训评价组织的公示',
    addressee: null,
    paragraphs: [
      `根据${cite({ source: 'mohrss-filing', article: '二', item: '十', point: 4 })}，经核验评估，${d.institutionName}符合社会培训评价组织备案条件，拟予备案，现向社会公示、征求意见。`,
      '拟备案的职业（工种）及等级：',
      ...scopeLines(d.data),
      `公示期：${dateZh(n.startsOn)}至${dateZh(n.endsOn)}。${n.explanation_zh}`,
      '公示期间，任何单位和个人对公示对象有异议的，可通过本平台“公示公告”栏目在线提出，请写明事实依据并留下联系方式。受理部门将逐件核查答复；异议均已答复后方作出备案决定。',
    ],
  };
}

function receipt(d: Input): DocumentDraft {
  const f = d.data.filing!;
  return {
    numberPrefix: prefix('receipt', d),
    title: '社会培训评价组织备案回执',
    paragraphs: [
      `你单位的社会培训评价组织备案申请（案件编号 ${d.after.referenceNo}）经核验评估，并于 ${dateZh(d.data.notice?.startsOn ?? d.today)}至${dateZh(d.data.notice?.endsOn ?? d.today)}向社会公示期满，符合要求，准予备案。`,
      `备案码：${f.filingCode}`,
      '备案的职业（工种）及等级：',
      ...scopeLines(d.data),
      `有效期：${dateZh(f.validFrom)}至${dateZh(f.validTo)}（依据：${f.validityBasis}）。`,
      '请严格按照备案的职业（工种）和等级开展职业技能等级认定工作，自觉接受各级人力资源社会保障部门的监督。申报材料如有不真实的，经查实后取消备案资质。',
    ],
  };
}

function publication(d: Input): DocumentDraft {
  const f = d.data.filing!;
  return {
    numberPrefix: prefix('publication', d),
    title: '社会培训评价组织网上公布记录',
    addressee: null,
    paragraphs: [
      `依据${cite({ source: 'mohrss-filing', article: '二', item: '十', point: 6 })}，${dateZh(d.today)}将以下备案的社会培训评价组织列入评价机构目录，向社会公布：`,
      `机构名称：${d.institutionName}`,
      `备案码：${f.filingCode}`,
      '职业（工种）及等级：',
      ...scopeLines(d.data),
      `有效期：${dateZh(f.validFrom)}至${dateZh(f.validTo)}`,
    ],
  };
}

export const socialOrgDocuments: Partial<Record<DocumentKind, (d: Input) => DocumentDraft>> = {
  acceptance_notice: acceptance,
  correction_request: correction,
  rejection_notice: decision,
  public_notice: notice,
  filing_receipt: receipt,
  publication_record: publication,
  filing_cancellation: cancellation,
};
