// The texts of a violation case's documents: the prior notice (告知书, §17 ¶1: the proposed decision with
// its facts, reasons and basis, and the period for the statement), the written decision (§17 ¶2) and the
// review decision (§19). The deciding body issues them — the institution for its candidates and staff,
// else the authority — addressed to the party. An authority's decision is an administrative act and
// closes with the remedies of 行政复议 and 行政诉讼 as well as §19's statement and review.
import { formatCitationZh, type Citation } from '../../domain/citation.js';
import { dateZh, SOURCE_TITLES_ZH } from '../../documents/decision-document.js';
import type { DraftInput } from '../workflow/apply-transition.js';
import type { DocumentDraft } from '../workflow/issue-document.js';
import type { ViolationCaseData } from '../../workflows/violation-case/data.js';
import { CITE } from '../../workflows/violation-case/machine.js';
import {
  chargeCitation,
  chargeLabelZh,
  sanctionsText,
  SUBJECT_NAME_ZH,
  SUBJECT_ZH,
} from '../../workflows/violation-case/sanction-plan.js';
import { provinceAbbreviation } from '../../workflows/social-org-filing/numbering.js';

type Input = DraftInput<ViolationCaseData>;

const cite = (c: Citation) => `${SOURCE_TITLES_ZH[c.source]}${formatCitationZh(c)}`;

const MEANS_ZH = {
  in_person: '直接送达',
  post: '邮寄送达',
  electronic: '电子送达',
  announcement: '公告送达',
};

/** 发文字号 prefix: the institution's own for its decisions, the province's for an authority's. */
function prefix(d: Input, what: '告' | '决' | '复'): string {
  return d.data.decidedBy === 'institution'
    ? `${d.institutionName}违处${what}`
    : `${provinceAbbreviation(d.after.jurisdictionCode)}人社违处${what}`;
}

const issuer = (d: Input) => (d.data.decidedBy === 'institution' ? d.institutionName : d.authorityName);

function partyLine(d: ViolationCaseData): string {
  if (d.subject === 'institution') return d.institutionName;
  return `${d.partyName}（${SUBJECT_ZH[d.subject]}，${d.institutionName}）`;
}

function factLines(d: ViolationCaseData): string[] {
  const c = d.charge!;
  const end = (t: string) => (/[。！？]$/.test(t) ? t : `${t}。`);
  const lines = [`经查，${dateZh(c.conductOn)}，${end(c.facts)}`];
  if (c.subject) lines.push(`所涉科目：${SUBJECT_NAME_ZH[c.subject]}。`);
  if (d.record?.confirmedBy)
    lines.push(
      `上述行为经 ${d.record.signatures.map((s) => s.name).join('、')} 等 ${d.record.signatures.length} 名工作人员签字，并经考场负责人 ${d.record.confirmedBy.name} 于 ${dateZh(d.record.confirmedBy.confirmedOn)}确认（第十六条第一款）。`,
    );
  if (d.basis)
    lines.push(
      `本案以 ${d.basis.authorityName} ${d.basis.documentNumber}（${dateZh(d.basis.conclusionOn)}）的处理结论为依据（第十八条）：${end(d.basis.conclusion)}`,
    );
  return lines;
}

/** The deciding body's answer to the statement, ending with a full stop. */
function answer(d: Input): string {
  const a = (d.payload as { statementAnswer: string }).statementAnswer;
  return /[。！？]$/.test(a) ? a : `${a}。`;
}

function basisLine(d: ViolationCaseData): string {
  const c = chargeCitation(d.charge!.violation);
  return `依据：${cite(c)}${d.charge!.severity ? `（${d.charge!.severity === 'serious' ? '情节严重' : '情节轻微'}${d.charge!.severityReason ? `：${d.charge!.severityReason}` : ''}）` : ''}${d.xOrganisation && (d.notice?.choices.xMeasures?.length ?? 0) > 0 ? `；${cite(CITE.xMeasures)}` : ''}。`;
}

function remedyLine(d: ViolationCaseData): string {
  const who = d.decidedBy === 'institution' ? '本机构' : '本部门';
  const x =
    d.xOrganisation && d.subject === 'institution'
      ? `对处理意见有异议的，可在收到本决定书之日起十五个工作日内提出申诉（${cite(CITE.xAppeal)}）。`
      : '';
  return `对本处理决定有异议的，可以向${who}进行陈述和申辩，${who}经复核后作出复核决定（${cite(CITE.review)}）。${x}`;
}

function notice(d: Input): DocumentDraft {
  const n = d.data.notice!;
  return {
    numberPrefix: prefix(d, '告'),
    title: '违纪违规行为处理告知书',
    issuer: issuer(d),
    addressee: partyLine(d.data),
    paragraphs: [
      ...factLines(d.data),
      `以上行为属于${chargeLabelZh(d.data.charge!.violation)}规定的情形。`,
      `理由：${/[。！？]$/.test(n.reasons) ? n.reasons : `${n.reasons}。`}`,
      basisLine(d.data),
      `拟作出的处理决定：${sanctionsText(n.sanctions, n.choices)}${n.choices.rectificationDueOn ? `；整改期限至${dateZh(n.choices.rectificationDueOn)}` : ''}。`,
      `根据${cite(CITE.notice)}，现将拟作出的处理决定及相关事实、理由和依据告知。你（单位）可以在${dateZh(n.statementDueOn)}前（含当日）进行陈述和申辩（${n.periodReason}）；${d.data.subject === 'institution' ? '可登录平台在本案件页提交' : '可在平台“当事人查询”页以姓名和证件号码登录提交，或提交书面材料'}。逾期未陈述和申辩的，视为放弃。`,
      `案件编号：${d.after.referenceNo}。送达方式：${MEANS_ZH[n.means]}。`,
    ],
    citations: [CITE.notice, chargeCitation(d.data.charge!.violation)],
  };
}

function decision(d: Input): DocumentDraft {
  const x = d.data.decision!;
  const heard = d.data.statements.filter((s) => s.stage === 'notice');
  return {
    numberPrefix: prefix(d, '决'),
    title: '违纪违规行为处理决定书',
    issuer: issuer(d),
    addressee: partyLine(d.data),
    paragraphs: [
      ...factLines(d.data),
      `${dateZh(d.data.notice!.servedOn)}，${issuer(d)}已告知拟作出的处理决定及相关事实、理由和依据（${cite(CITE.notice)}）。${heard.length > 0 ? `当事人于${heard.map((s) => dateZh(s.receivedOn)).join('、')}提出陈述和申辩，经审查：${answer(d)}` : `当事人在期限内未提出陈述和申辩。${answer(d)}`}`,
      `以上行为属于${chargeLabelZh(d.data.charge!.violation)}规定的情形。${basisLine(d.data)}`,
      `现决定：${sanctionsText(x.sanctions, x.choices)}${x.choices.rectificationDueOn && x.sanctions.includes('rectification') ? `；整改期限至${dateZh(x.choices.rectificationDueOn)}` : ''}。${x.departure ? `（与告知内容相比予以减轻：${x.departure}）` : ''}`,
      remedyLine(d.data),
      `案件编号：${d.after.referenceNo}。`,
    ],
    citations: [CITE.decision, chargeCitation(d.data.charge!.violation), CITE.review],
    adverse: d.data.decidedBy === 'authority',
  };
}

const OUTCOME_ZH = { upheld: '维持原处理决定', varied: '变更原处理决定', revoked: '撤销原处理决定' };

function review(d: Input): DocumentDraft {
  const r = d.data.reviewDecision!;
  const x = d.data.decision!;
  return {
    numberPrefix: prefix(d, '复'),
    title: '违纪违规行为处理复核决定书',
    issuer: issuer(d),
    addressee: partyLine(d.data),
    paragraphs: [
      `你（单位）于${dateZh(d.data.review!.requestedOn)}对本机关作出的违纪违规行为处理决定（案件编号 ${d.after.referenceNo}）提出陈述和申辩：${d.data.review!.grounds}`,
      `经复核：${r.reason}`,
      `复核决定：${OUTCOME_ZH[r.outcome]}。${r.outcome === 'varied' ? `变更后的处理：${sanctionsText(x.sanctions, x.choices)}。` : ''}${r.outcome === 'revoked' ? '原处理决定的各项处理措施自即日起撤销。' : ''}`,
      `依据：${cite(CITE.review)}。`,
    ],
    citations: [CITE.review],
  };
}

export const violationDocuments = {
  violation_notice: notice,
  violation_decision: decision,
  review_decision: review,
};
