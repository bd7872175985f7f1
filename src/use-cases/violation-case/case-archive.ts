// The case archive of §20 (违纪违规行为处理档案) exported as one PDF: every event of the append-only log
// with its articles, findings and what was entered, then every document with its signed original
// attached. For those who may read the case.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import type { FileStore } from '../../persistence/file-store.js';
import { notFound } from '../../domain/errors.js';
import { findCase } from '../../persistence/cases.repository.js';
import { canReadCase } from '../../workflows/case-roles.js';
import { partiesOf } from '../workflow/case-parties.js';
import { formatCitationZh, type Citation } from '../../domain/citation.js';
import { SOURCE_TITLES_ZH } from '../../documents/decision-document.js';
import type { Finding } from '../../rules/finding.js';
import { renderCaseArchive, type ArchiveEvent } from '../../documents/render-case-archive.js';
import type { ViolationCaseData } from '../../workflows/violation-case/data.js';
import { violationCaseMachine } from '../../workflows/violation-case/machine.js';
import { chargeLabelZh, SUBJECT_ZH } from '../../workflows/violation-case/sanction-plan.js';

const ROLE_ZH: Record<string, string> = {
  applicant: '当事人',
  authority: '作出决定的单位',
  system: '系统（当事人在线提交）',
  public: '公众',
  expert: '专家',
};

const PAYLOAD_LABELS: Record<string, string> = {
  staffId: '签字人', signedOn: '签字日期', siteHeadName: '考场负责人', confirmedOn: '确认日期',
  violation: '违纪违规情形', conductOn: '行为发生日期', facts: '认定的事实', severity: '情节', severityReason: '认定情节的理由',
  servedOn: '送达日期', means: '送达方式', statementDueOn: '陈述申辩截止日期', periodReason: '期限理由', reasons: '理由',
  choiceReason: '选择的理由', text: '陈述和申辩', receivedOn: '收到日期', form: '形式', statementAnswer: '对陈述申辩的采纳情况',
  departure: '减轻理由', grounds: '复核理由', requestedOn: '提出日期', outcome: '复核结论', reason: '理由',
  completedOn: '整改完成日期', note: '整改验收情况', rectificationDueOn: '整改期限', creditBlacklist: '列入诚信不良档案',
  publish: '公告', voidResults: '宣布无效', ladder: '第十五条加处', xMeasures: '培训评价组织处理措施', withdraw: '不再作出的处理',
  section12Item: '所涉第十二条情形（项）', subject: '所涉科目', remindedAndRefused: '经提醒拒不改正', adverseEffect: '造成不良影响',
  justifiedReason: '有正当理由', rectification: '整改情况', verified: '经核实', outOfScopeRecords: '超范围上传条数',
  erroneousRecords: '错误上传条数', certificateNumbers: '证书编号', breaches: '数据安全行为', unlawful: '违反法律法规',
  escalate: '认定为整改后再次违反', voidSessionId: '宣布无效的评价批次', voidCertificateNumbers: '宣布无效的证书编号',
}; // prettier-ignore

const VALUE_ZH: Record<string, string> = {
  minor: '情节轻微', serious: '情节严重', in_person: '直接送达', post: '邮寄送达', electronic: '电子送达',
  announcement: '公告送达', online: '在线提交', paper: '书面材料', upheld: '维持', varied: '变更', revoked: '撤销',
  none: '不适用', some: '部分无效', all: '全部无效', warning: '警告', suspension: '暂停评价活动', termination: '终止备案',
  true: '是', false: '否', theory: '理论知识', skills: '操作技能', comprehensive_review: '综合评审',
  credit_blacklist: '诚信不良档案', publication: '公告', x_measures: '培训评价组织处理措施', void_results: '宣布无效', ladder: '第十五条加处',
  over_scope_read: '超范围读取证书数据', privacy_leak: '泄露个人隐私', paid_service: '利用证书数据提供有偿服务', other: '其他同类行为',
  interview: '约谈', circular: '通报', rectification: '责令限期整改', scale_limit: '限制实施规模', funding_cut: '扣减有关经费',
}; // prettier-ignore

const cite = (c: Citation) => `${SOURCE_TITLES_ZH[c.source]}${formatCitationZh(c)}`;

function valueText(key: string, v: unknown): string {
  if (key === 'violation' && typeof v === 'string') return chargeLabelZh(v);
  if (Array.isArray(v)) return v.map((x) => valueText(key, x)).join('、');
  const s = String(v);
  return VALUE_ZH[s] ?? s;
}

function details(payload: unknown, names: Map<string, string>): string[] {
  if (!payload || typeof payload !== 'object') return [];
  return Object.entries(payload as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(
      ([k, v]) =>
        `${PAYLOAD_LABELS[k] ?? '其他'}：${k === 'staffId' ? (names.get(String(v)) ?? '') : valueText(k, v)}`,
    );
}

export async function exportCaseArchive(
  db: Kysely<DB>,
  store: FileStore,
  actor: Actor,
  caseId: string,
  now = new Date(),
): Promise<{ pdf: Buffer; referenceNo: string }> {
  const c = await findCase(db, caseId);
  if (!c || c.procedure !== violationCaseMachine.id || !canReadCase(actor, partiesOf(c)))
    throw notFound('案件');
  const d = c.data as ViolationCaseData;
  const events = await db
    .selectFrom('case_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .select(['e.seq', 'e.event', 'e.from_state', 'e.to_state', 'e.actor_role', 'e.citations', 'e.findings', 'e.payload', 'e.comment', 'e.occurred_at', 'u.display_name'])
    .where('e.case_id', '=', c.id)
    .orderBy('e.seq')
    .execute(); // prettier-ignore
  const staff = d.record?.signatures ?? [];
  const names = new Map(staff.map((s) => [s.staffId, s.name]));
  const states = violationCaseMachine.states as Record<string, { label_zh: string }>;
  const label = (event: string) =>
    event === 'open'
      ? '立案'
      : (violationCaseMachine.transitions.find((t) => t.event === event)?.description_zh ?? event);
  const archiveEvents: ArchiveEvent[] = events.map((e) => ({
    seq: e.seq,
    at: new Date(e.occurred_at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
    what: label(e.event),
    from: e.from_state ? (states[e.from_state]?.label_zh ?? e.from_state) : null,
    to: states[e.to_state]?.label_zh ?? e.to_state,
    by: `${ROLE_ZH[e.actor_role] ?? e.actor_role}${e.display_name ? `（${e.display_name}）` : ''}`,
    citations: ((e.citations as Citation[]) ?? []).map(cite).join('；'),
    findings: ((e.findings as Finding[]) ?? []).map((f) => `${f.message_zh}${f.passed === 'needs_judgement' ? '（待认定）' : f.passed === false ? '（不符合）' : ''}`),
    details: details(e.payload, names),
    comment: e.comment,
  })); // prettier-ignore
  const docs = await db
    .selectFrom('documents')
    .select(['number', 'title', 'issued_on', 'sha256'])
    .where('case_id', '=', c.id)
    .orderBy('case_event_seq')
    .execute();
  const documents = [];
  for (const x of docs) {
    const pdf = await store.get(db, x.sha256);
    if (pdf)
      documents.push({ number: x.number, title: x.title, issuedOn: x.issued_on, sha256: x.sha256, pdf });
  }
  const pdf = await renderCaseArchive({
    title: '违纪违规行为处理档案',
    referenceNo: c.referenceNo,
    heading: [
      `案件编号：${c.referenceNo}`,
      `处理对象：${SUBJECT_ZH[d.subject]} ${d.partyName}${d.subject === 'institution' ? '' : `（${d.institutionName}）`}`,
      `作出决定的单位：${d.decidedBy === 'institution' ? d.institutionName : '评价机构监管部门'}`,
      `当前状态：${states[c.state]?.label_zh ?? c.state}`,
      `依据：${cite({ source: 'mohrss-violations', article: 20 })}（建立违纪违规行为处理档案，记录、保存处理决定等）`,
    ],
    events: archiveEvents,
    documents,
    exportedAt: now.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
  });
  return { pdf, referenceNo: c.referenceNo };
}
