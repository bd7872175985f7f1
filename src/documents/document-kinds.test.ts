// Every document a procedure issues, rendered from its procedure's own text as the engine does
// (issue-document.ts) and read back from the PDF with pdftotext: the addressee is printed once (and not at
// all on a 公示 or 公布记录), the signature stays on the page of the last paragraph, and every adverse
// decision ends with its remedies — periods, statutes and the body that hears them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../persistence/cases.repository.js';
import type { DraftInput } from '../use-cases/workflow/apply-transition.js';
import type { DocumentDraft } from '../use-cases/workflow/issue-document.js';
import { socialOrgDocuments } from '../use-cases/social-org-filing/documents.js';
import { branchDocuments, employerDocuments } from '../use-cases/employer-filing/documents.js';
import { gzSelectionDocuments } from '../use-cases/gz-selection/documents.js';
import { selection1xDocuments } from '../use-cases/selection-1x/documents.js';
import { branchFilingDocuments, deptPilotDocuments } from '../use-cases/dept-pilot/documents.js';
import type { Finding } from '../rules/finding.js';
import { documentNumber, type DocumentKind } from './decision-document.js';
import { renderWithLayout } from './render-decision-document.js';
import { remediesParagraph, type DecidingAuthority } from './remedies.js';

const GUIZHOU: DecidingAuthority = {
  name: '贵州省人力资源和社会保障厅',
  kind: 'provincial_hrss',
  jurisdictionCode: '520000',
  jurisdictionName: '贵州省',
};
const OSTA: DecidingAuthority = {
  name: '中国就业培训技术指导中心',
  kind: 'national_centre',
  jurisdictionCode: '000000',
  jurisdictionName: null,
};
const JCO: DecidingAuthority = {
  name: '国务院职业教育工作部际联席会议办公室',
  kind: 'joint_conference_office',
  jurisdictionCode: '000000',
  jurisdictionName: null,
};
const TODAY = '2026-03-05';

const caseRecord = (state: string, jurisdictionCode: string): CaseRecord => ({
  id: '00000000-0000-4000-8000-000000000001',
  procedure: 'test',
  referenceNo: documentNumber('黔人社评备申', 2026, 7, 4),
  institutionId: 'i',
  branchId: null,
  authorityId: 'a',
  jurisdictionCode,
  parentCaseId: null,
  state,
  awaiting: null,
  data: {},
  version: 3,
  submittedAt: new Date('2026-03-02T02:00:00Z'),
  closedAt: null,
  validFrom: null,
  validTo: null,
  createdAt: new Date('2026-03-01T02:00:00Z'),
  updatedAt: new Date('2026-03-05T02:00:00Z'),
  deciderInstitutionId: null,
});

const refused: Finding = {
  ruleId: 'mohrss-filing/2/4',
  citation: { source: 'mohrss-filing', article: '二', item: '四' },
  passed: false,
  message_zh: '同一职业（工种）备案的社会培训评价组织超过上限 3家',
  message_en: 'over the limit',
  values: {},
};

function input<D>(
  data: unknown,
  authority: DecidingAuthority,
  extra: { event?: string; payload?: unknown; state?: string; findings?: Finding[] } = {},
): DraftInput<D> {
  const c = caseRecord(extra.state ?? 'under_review', authority.jurisdictionCode);
  return {
    before: c,
    after: c,
    data: data as D,
    event: extra.event ?? 'decide',
    payload: extra.payload ?? {},
    citations: [{ source: 'mohrss-filing', article: '二', item: '十' }],
    findings: extra.findings ?? [],
    today: TODAY,
    institutionName: '贵阳市黔程职业技能评价中心',
    authorityName: authority.name,
  };
}

interface Case {
  name: string;
  kind: DocumentKind;
  draft: DocumentDraft;
  authority: DecidingAuthority;
  institutionName: string;
  addressed: boolean;
  adverse: boolean;
}

const occupations = [
  { code: '4-04-05-05', name: '人工智能训练师', levels: [3, 4, 5] },
  { code: '6-20-03-03', name: '电工', levels: [2, 3] },
];
const socialOrg = {
  occupations,
  correction: { items: ['charter'], note: '章程未加盖公章。' },
  cancellation: { verifiedOn: '2026-03-04', reason: '考评人员名册中 3 人未在本单位任职。' },
  filing: {
    filingCode: 'S520000202600007',
    validFrom: '2026-03-05',
    validTo: '2029-03-04',
    validityBasis: '二、第（九）项',
  },
  refusal: { reason: '申报的职业（工种）在本辖区已达上限。' },
  notice: { startsOn: '2026-03-06', endsOn: '2026-03-12', explanation_zh: '公示期为 5 个工作日。' },
};
const scopes = [
  { occupationCode: '6-20-03-03', occupationName: '电工', level: 3 },
  { occupationCode: '4-04-05-05', occupationName: '人工智能训练师', level: 4 },
];
const panelDecision = (outcome: 'approve' | 'reject' | 'revise') => ({
  outcome,
  counts: { approve: outcome === 'approve' ? 4 : 1, reject: outcome === 'reject' ? 4 : 0, revise: 0 },
  byMajority: true,
  round: 1,
  opinions: [{ recommendation: outcome, opinion: '材料完整，制度健全。' }],
});
const employer = (outcome: 'approve' | 'reject') => ({
  submittedOn: '2026-03-02',
  scopes,
  correction: { items: [{ item: 'branch_list', reason: '缺少分支机构表。' }] },
  panel: { size: 5, poolName: '全国技能人才评价专家库' },
  panelDecisions: [panelDecision(outcome)],
  filing: { code: 'Y000000202600001', filedOn: TODAY },
});
const branch = {
  branch: { name: '中联能源建设集团有限公司贵州分公司' },
  scopes,
  review: { opinion: '场地、设备满足要求。' },
  refusal: { reason: '考评人员不足。' },
  filing: {
    parentReceiptNumber: '人社职鉴备〔2026〕1号',
    parentFilingCode: 'Y000000202600001',
    code: 'Y520000202600001',
    filedOn: TODAY,
  },
};
const gzDecision = (outcome: 'selected' | 'refused') => ({
  outcome,
  reason_zh: outcome === 'refused' ? '专职工作人员少于 3 人。' : '',
  code: 'GZ-2026-007',
  validFrom: TODAY,
  validTo: '2029-03-04',
  selectedOccupations: outcome === 'selected' ? [{ code: '6-20-03-03', levels: [2, 3] }] : [],
  excludedOccupations: [{ code: '4-04-05-05', reasons_zh: ['近三年评价人次少于 150'] }],
});
const gz = (outcome: 'selected' | 'refused') => ({
  applyingAs: 'social_org',
  correction: { items: ['补充场地租赁合同'] },
  decision: gzDecision(outcome),
});
const x1 = {
  submittedOn: '2026-03-02',
  call: { title: '2026年职业教育培训评价组织招募公告', batch: '第一批' },
  application: {
    field: '智能制造',
    programmes: [{ name: '工业机器人操作与运维', code: 'X-001', levels: ['junior', 'intermediate'] }],
  },
  panel: { size: 5, poolName: '1+X 遴选专家库' },
  panelDecisions: [panelDecision('reject')],
  siteVisits: [],
  refusal: { reason_zh: '近三年无相关培训评价业绩。' },
  notice: { startsOn: '2026-03-06', endsOn: '2026-03-12', explanation_zh: '公示期为 5 个工作日。' },
  approval: { decidedOn: TODAY, form: 'meeting', reference: '联席办〔2026〕3号' },
  publication: { validFrom: TODAY, validTo: null },
};
const pilot = {
  department: { name: '交通运输部职业资格中心' },
  track: 'department',
  plan: { field: '道路运输' },
  correction: { items: ['补充评价规范'] },
  decision: {
    code: 'SD-2026-001',
    scope: [{ code: '4-02-02-01', levels: [3, 4] }],
    validFrom: TODAY,
    validTo: null,
    reason_zh: '未与行政机关脱钩。',
  },
};
const pilotBranch = {
  branch: { name: '中国道路运输职业技能评价协会贵州分会' },
  correctionItems: ['补充场地证明'],
  decision: {
    code: 'SDB-520000-001',
    scope: [{ code: '4-02-02-01', levels: [3] }],
    validFrom: TODAY,
    validTo: null,
    reason_zh: '场地不符合要求。',
  },
};

type Builder = (d: never) => DocumentDraft;
const build = (b: Builder | undefined, d: DraftInput<unknown>) => {
  if (!b) throw new Error('no builder');
  return (b as (d: DraftInput<unknown>) => DocumentDraft)(d);
};

function cases(): Case[] {
  const out: Case[] = [];
  const add = (
    name: string,
    kind: DocumentKind,
    builder: Builder | undefined,
    d: DraftInput<unknown>,
    authority: DecidingAuthority,
    expected: { addressed: boolean; adverse: boolean },
  ) =>
    out.push({
      name,
      kind,
      draft: build(builder, d),
      authority,
      institutionName: d.institutionName,
      ...expected,
    });
  const yes = { addressed: true, adverse: false };
  const adverse = { addressed: true, adverse: true };
  const toAll = { addressed: false, adverse: false };
  const so = socialOrgDocuments;
  add('社会组织 受理', 'acceptance_notice', so.acceptance_notice, input(socialOrg, GUIZHOU), GUIZHOU, yes);
  add('社会组织 补正', 'correction_request', so.correction_request, input(socialOrg, GUIZHOU), GUIZHOU, yes);
  add(
    '社会组织 不予受理',
    'rejection_notice',
    so.rejection_notice,
    input(socialOrg, GUIZHOU, { state: 'submitted', findings: [refused] }),
    GUIZHOU,
    adverse,
  );
  add(
    '社会组织 不予备案',
    'rejection_notice',
    so.rejection_notice,
    input(socialOrg, GUIZHOU, { findings: [refused] }),
    GUIZHOU,
    adverse,
  );
  add('社会组织 公示', 'public_notice', so.public_notice, input(socialOrg, GUIZHOU), GUIZHOU, toAll);
  add('社会组织 备案回执', 'filing_receipt', so.filing_receipt, input(socialOrg, GUIZHOU), GUIZHOU, yes);
  add(
    '社会组织 公布记录',
    'publication_record',
    so.publication_record,
    input(socialOrg, GUIZHOU),
    GUIZHOU,
    toAll,
  );
  add(
    '社会组织 取消备案',
    'filing_cancellation',
    so.filing_cancellation,
    input(socialOrg, GUIZHOU, { findings: [refused] }),
    GUIZHOU,
    adverse,
  );
  const em = employerDocuments;
  add(
    '用人单位 受理',
    'acceptance_notice',
    em.acceptance_notice,
    input(employer('approve'), OSTA),
    OSTA,
    yes,
  );
  add(
    '用人单位 补正',
    'correction_request',
    em.correction_request,
    input(employer('approve'), OSTA),
    OSTA,
    yes,
  );
  add('用人单位 评审通过', 'panel_decision', em.panel_decision, input(employer('approve'), OSTA), OSTA, yes);
  add(
    '用人单位 评审未通过',
    'panel_decision',
    em.panel_decision,
    input(employer('reject'), OSTA),
    OSTA,
    adverse,
  );
  add('用人单位 备案回执', 'filing_receipt', em.filing_receipt, input(employer('approve'), OSTA), OSTA, yes);
  add(
    '用人单位 公布记录',
    'publication_record',
    em.publication_record,
    input(employer('approve'), OSTA),
    OSTA,
    toAll,
  );
  const br = branchDocuments;
  add(
    '分支机构 备案回执',
    'branch_filing_receipt',
    br.branch_filing_receipt,
    input(branch, GUIZHOU),
    GUIZHOU,
    yes,
  );
  add('分支机构 未通过', 'rejection_notice', br.rejection_notice, input(branch, GUIZHOU), GUIZHOU, adverse);
  add(
    '分支机构 公布记录',
    'publication_record',
    br.publication_record,
    input(branch, GUIZHOU),
    GUIZHOU,
    toAll,
  );
  const gs = gzSelectionDocuments;
  add(
    '贵州遴选 补正',
    'correction_request',
    gs.correction_request,
    input(gz('selected'), GUIZHOU),
    GUIZHOU,
    yes,
  );
  add(
    '贵州遴选 入选（部分职业未入选）',
    'selection_result',
    gs.selection_result,
    input(gz('selected'), GUIZHOU),
    GUIZHOU,
    adverse,
  );
  add(
    '贵州遴选 未入选',
    'selection_result',
    gs.selection_result,
    input(gz('refused'), GUIZHOU),
    GUIZHOU,
    adverse,
  );
  add(
    '贵州遴选 公布记录',
    'publication_record',
    gs.publication_record,
    input(gz('selected'), GUIZHOU),
    GUIZHOU,
    toAll,
  );
  const x = selection1xDocuments;
  add('1+X 受理', 'acceptance_notice', x.acceptance_notice, input(x1, JCO), JCO, yes);
  add(
    '1+X 补正',
    'correction_request',
    x.correction_request,
    input(x1, JCO, { event: 'request_correction', payload: { items: ['补充业绩证明'] } }),
    JCO,
    yes,
  );
  add('1+X 不予受理', 'rejection_notice', x.rejection_notice, input(x1, JCO), JCO, adverse);
  add('1+X 拟入围', 'selection_result', x.selection_result, input(x1, JCO, { event: 'select' }), JCO, yes);
  add(
    '1+X 未入围',
    'selection_result',
    x.selection_result,
    input(x1, JCO, { event: 'not_select' }),
    JCO,
    adverse,
  );
  add(
    '1+X 审议未通过',
    'selection_result',
    x.selection_result,
    input(x1, JCO, { event: 'reject' }),
    JCO,
    adverse,
  );
  add('1+X 公示', 'public_notice', x.public_notice, input(x1, JCO), JCO, toAll);
  add('1+X 公布记录', 'publication_record', x.publication_record, input(x1, JCO), JCO, toAll);
  const dp = deptPilotDocuments;
  add('试点 补正', 'correction_request', dp.correction_request, input(pilot, OSTA), OSTA, yes);
  add('试点 不予纳入', 'rejection_notice', dp.rejection_notice, input(pilot, OSTA), OSTA, adverse);
  add('试点 公示记录', 'publication_record', dp.publication_record, input(pilot, OSTA), OSTA, toAll);
  const bf = branchFilingDocuments;
  add(
    '试点分支 补正',
    'correction_request',
    bf.correction_request,
    input(pilotBranch, GUIZHOU),
    GUIZHOU,
    yes,
  );
  add(
    '试点分支 备案回执',
    'branch_filing_receipt',
    bf.branch_filing_receipt,
    input(pilotBranch, GUIZHOU),
    GUIZHOU,
    yes,
  );
  add(
    '试点分支 不予备案',
    'rejection_notice',
    bf.rejection_notice,
    input(pilotBranch, GUIZHOU),
    GUIZHOU,
    adverse,
  );
  return out;
}

/** The PDF's text as pdftotext reads it, without white space (justified lines may read as spaced). */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'skillreg-doc-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}
const count = (text: string, s: string) => text.split(s).length - 1;

describe('every document kind a procedure issues', () => {
  const all = cases();
  it('covers every kind the procedures issue', () => {
    const kinds = new Set(all.map((c) => c.kind));
    for (const k of [
      'acceptance_notice',
      'correction_request',
      'rejection_notice',
      'panel_decision',
      'public_notice',
      'filing_receipt',
      'branch_filing_receipt',
      'selection_result',
      'publication_record',
      'filing_cancellation',
    ] as const)
      expect(kinds.has(k), k).toBe(true);
  });

  for (const c of all)
    it(`${c.name}: ${c.adverse ? 'states the remedies, ' : ''}addressee ${c.addressed ? 'once' : 'none'}, signature with the body`, async () => {
      expect(c.draft.adverse ?? false).toBe(c.adverse);
      const addressee = c.draft.addressee === undefined ? c.institutionName : c.draft.addressee;
      expect(addressee !== null).toBe(c.addressed);
      // The text of the procedure never repeats the addressee line the layout prints.
      for (const p of c.draft.paragraphs)
        expect(p === `${addressee}：` || p === `${c.institutionName}：`).toBe(false);
      const remedies = c.draft.adverse ? remediesParagraph(c.authority, TODAY) : undefined;
      const { pdf, layout } = await renderWithLayout({
        kind: c.kind,
        number: documentNumber('黔人社评', 2026, 12),
        title: c.draft.title,
        issuer: c.draft.issuer ?? c.authority.name,
        date: TODAY,
        addressee,
        paragraphs: c.draft.paragraphs,
        citations: c.draft.citations ?? [{ source: 'mohrss-filing', article: '二', item: '十' }],
        ...(remedies ? { remedies } : {}),
        caseReference: documentNumber('黔人社评备申', 2026, 7, 4),
      });
      // SKILLREG_DOCUMENTS_OUT=dir keeps the PDFs, to look at them (pdftoppm -r 60 -png).
      const out = process.env.SKILLREG_DOCUMENTS_OUT;
      if (out) writeFileSync(join(out, `${c.name.replace(/[\s（）+]/g, '_')}.pdf`), pdf);
      const text = pdfText(pdf);
      expect(text).toContain(c.draft.title.replace(/\s+/g, ''));
      expect(count(text, `${addressee ?? c.institutionName}：`)).toBe(c.addressed ? 1 : 0);
      expect(layout.rows.filter((r) => r.kind === 'addressee').length > 0).toBe(c.addressed);
      // The issuer stands at the head and above the date; the date once.
      expect(count(text, c.draft.issuer ?? c.authority.name)).toBeGreaterThanOrEqual(2);
      expect(count(text, '2026年3月5日')).toBeGreaterThanOrEqual(1);
      const issuer = layout.rows.find((r) => r.kind === 'issuer')!;
      const lastText = layout.rows.filter((r) => ['body', 'basis', 'remedies'].includes(r.kind)).at(-1)!;
      expect(issuer.page).toBe(lastText.page);
      if (c.adverse) {
        expect(lastText.kind).toBe('remedies');
        expect(text).toContain('申请行政复议');
        expect(text).toContain('六十日内');
        expect(text).toContain('六个月内依法向人民法院提起行政诉讼');
        expect(text).toContain('《中华人民共和国行政复议法》第二十条第一款');
        expect(text).toContain('《中华人民共和国行政诉讼法》第四十六条第一款');
        const body =
          c.authority === GUIZHOU ? '贵州省人民政府' : c.authority === JCO ? '教育部' : '人力资源社会保障部';
        expect(text).toContain(`向${body}申请行政复议`);
      } else {
        expect(text).not.toContain('行政复议');
      }
      expect(pdf.length).toBeLessThan(150_000);
    });
});
