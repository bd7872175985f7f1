// A branch's provincial filing (mohrss-filing 一(十)5) as the generic case API runs it. Opened by the
// employer's staff or by the provincial department where the branch works — refused, with the
// finding citing 一(十)5, while the employer has no ministry filing receipt. The province reviews,
// assigns the branch code (parent code + province + serial) and issues the branch receipt, then
// publishes the branch in the directory.
import { AppError, forbidden, notFound } from '../../domain/errors.js';
import { nextNumber } from '../../persistence/cases.repository.js';
import {
  findApplyingInstitution,
  findAuthorityOfKind,
  findBranchOf,
  findMinistryFiling,
  occupationNames,
  openCasesOf,
  type MinistryFiling,
} from '../../persistence/employer-filing.repository.js';
import { setCaseValidity } from '../../persistence/directory.repository.js';
import { mf } from '../../parameters/mohrss-filing.js';
import { findingView } from '../../rules/catalogue-view.js';
import type { Actor } from '../../policies/actor.js';
import { branchFilingMachine } from '../../workflows/branch-filing/machine.js';
import type { BranchFilingCtx, BranchFilingData, ParentFiling } from '../../workflows/branch-filing/data.js';
import { parentReceiptFinding, scopeWithinParentFinding } from '../../workflows/branch-filing/guards.js';
import type { EmployerFilingData } from '../../workflows/employer-filing/data.js';
import { branchCounter, branchFilingCode } from '../../workflows/employer-filing/filing-code.js';
import { employerFilingMachine } from '../../workflows/employer-filing/machine.js';
import { withName } from '../../workflows/employer-filing/updates.js';
import { defineProcedure } from '../workflow/procedure-module.js';
import { publishDirectoryEntry } from '../directory/publish-directory-entry.js';
import { branchChecklist } from './checklists.js';
import { branchDocuments } from './documents.js';
import { branchEventSchemas, branchOpenSchema } from './forms.js';
import { branchPrefixes } from './number-prefixes.js';

const provinceCode = (jurisdictionCode: string) => `${jurisdictionCode.slice(0, 2)}0000`;

/** The employer's ministry filing as the branch guards see it. */
export function parentFilingOf(m: MinistryFiling | undefined): ParentFiling | null {
  if (!m) return null;
  const data = m.snapshot as Partial<EmployerFilingData>;
  return {
    caseId: m.caseId,
    state: m.state,
    institutionId: m.institutionId,
    filingCode: data.filing?.code ?? null,
    receipt: m.receipt,
    scopes: data.scopes ?? [],
  };
}

const refused = (code: string, title: string, finding: ReturnType<typeof parentReceiptFinding>) =>
  new AppError(422, code, title, finding.message_zh, undefined, { findings: [findingView(finding)] });

async function mayActFor(db: Parameters<typeof findApplyingInstitution>[0], caller: Actor, branchId: string) {
  if (caller.role !== 'institution_staff' && caller.role !== 'authority_staff')
    throw forbidden('分支机构省级备案由用人单位或分支机构所在地省级人力资源社会保障部门提出');
  // A branch the caller may not file for answers what an unknown id answers (issue 9 point 7): its
  // employer's staff and the province where it works may; nobody else learns that it exists.
  const branch = await findBranchOf(db, branchId);
  if (!branch) throw notFound('分支机构');
  const province = await findAuthorityOfKind(db, 'provincial_hrss', provinceCode(branch.jurisdictionCode));
  const mayFile =
    caller.role === 'institution_staff'
      ? caller.institutionId === branch.institutionId
      : province !== undefined && caller.authorityId === province.id;
  if (!mayFile) throw notFound('分支机构');
  if (!province)
    throw new AppError(
      422,
      'NO_RECEIVING_AUTHORITY',
      '无受理机构',
      '分支机构所在省份没有登记人力资源社会保障部门',
    );
  return { branch, province };
}

export const branchFilingProcedure = defineProcedure<BranchFilingData, BranchFilingCtx>({
  id: branchFilingMachine.id,
  title_zh: '全国性用人单位分支机构备案（省级备案）',
  title_en: 'Provincial filing of a national employer’s branch',
  regimes: ['mohrss-filing'],
  machine: branchFilingMachine,

  mayOpen: async (db, caller) => {
    if (caller.role === 'authority_staff') return caller.authorityKind === 'provincial_hrss';
    if (caller.role !== 'institution_staff' || !caller.institutionId) return false;
    return (await findApplyingInstitution(db, caller.institutionId))?.kind === 'employer';
  },
  openSchema: branchOpenSchema,
  resolveOpen: async (db, caller, raw) => {
    const input = branchOpenSchema.parse(raw);
    const { branch, province } = await mayActFor(db, caller, input.branchId);
    const filing = await findMinistryFiling(
      db,
      employerFilingMachine.id,
      input.parentCaseId ? { caseId: input.parentCaseId } : { institutionId: branch.institutionId },
    );
    // A named filing that is unknown or another employer's: the same answer (issue 9 point 7).
    if ((input.parentCaseId && !filing) || (filing && filing.institutionId !== branch.institutionId))
      throw notFound('用人单位的部级备案');
    const parent = parentFilingOf(filing);
    // 一(十)5 根据部级备案回执: no branch filing before the employer's receipt.
    const receipt = parentReceiptFinding(parent);
    if (receipt.passed !== true || !parent)
      throw refused('BRANCH_BEFORE_RECEIPT', '尚无部级备案回执', receipt);
    const scopes = input.scopes?.length ? input.scopes : parent.scopes;
    const within = scopeWithinParentFinding(scopes, parent);
    if (within.passed !== true) throw refused('BRANCH_SCOPE_OUTSIDE', '超出用人单位备案范围', within);
    const open = await openCasesOf(db, branchFilingMachine.id, {
      institutionId: branch.institutionId,
      branchId: branch.id,
    });
    if (open.length > 0)
      throw new AppError(
        409,
        'CASE_ALREADY_OPEN',
        '已有办理中的申请',
        `该分支机构已有办理中的备案申请：${open.join('、')}`,
      );
    const names = await occupationNames(
      db,
      scopes.map((s) => s.occupationCode),
    );
    return {
      institutionId: branch.institutionId,
      authorityId: province.id,
      jurisdictionCode: branch.jurisdictionCode,
      branchId: branch.id,
      parentCaseId: parent.caseId,
      referencePrefix: branchPrefixes(branch.jurisdictionCode).case,
      data: {
        parentCaseId: parent.caseId,
        branch: { id: branch.id, name: branch.name, jurisdictionCode: branch.jurisdictionCode },
        scopes: scopes.map((s) => withName(s, names)),
        openedBy: caller.role === 'authority_staff' ? 'authority' : 'applicant',
      },
    };
  },

  eventSchemas: branchEventSchemas,
  previewGuards: ['submit', 'resubmit_review_correction'],
  checklist: () => branchChecklist,

  loadGuardsCtx: async (trx, c, { caller, event, payload, today }) => {
    const data = c.data as BranchFilingData;
    const parent = parentFilingOf(
      await findMinistryFiling(trx, employerFilingMachine.id, { caseId: data.parentCaseId }),
    );
    const named = (payload as { scopes?: { occupationCode: string }[] } | undefined)?.scopes ?? [];
    const ctx: BranchFilingCtx = {
      today,
      parent,
      occupations: await occupationNames(
        trx,
        named.map((s) => s.occupationCode),
      ),
    };
    // 一(十)5 赋码: the branch code, allocated under the lock (a rollback returns it).
    if (event === 'file' && caller !== null && c.state === 'under_review' && parent?.filingCode) {
      const { scope, year } = branchCounter(parent.filingCode, c.jurisdictionCode);
      ctx.filingCode = branchFilingCode(
        parent.filingCode,
        c.jurisdictionCode,
        await nextNumber(trx, scope, year),
      );
    }
    return ctx;
  },
  documents: branchDocuments,

  effects: async (trx, ctx) => {
    const data = ctx.data;
    if (ctx.event === 'file' && data.filing)
      await setCaseValidity(trx, ctx.after.id, data.filing.filedOn, null);
    if (ctx.event === 'publish' && data.filing) {
      await publishDirectoryEntry(trx, ctx, {
        institutionId: ctx.after.institutionId,
        branchId: ctx.after.branchId,
        caseId: ctx.after.id,
        procedure: ctx.after.procedure,
        regime: 'mohrss-filing',
        filingCode: data.filing.code,
        validFrom: data.filing.filedOn,
        validTo: null,
        scopes: data.scopes.map((s) => ({ occupationCode: s.occupationCode, level: s.level })),
        authorityId: ctx.after.authorityId,
        citations: [mf('一', '十', 5), mf('一', '十', 6)],
        publishedOn: ctx.today,
      });
    }
  },
  summary: (c) => {
    const d = c.data as BranchFilingData;
    return `${d.branch?.name ?? ''}：认定职业 ${d.scopes?.length ?? 0} 项`;
  },
  summary_en: (c) => {
    const d = c.data as BranchFilingData;
    return `${d.branch?.name ?? ''}: ${d.scopes?.length ?? 0} occupation(s)`;
  },
  summaryData: (c) => {
    const name = (c.data as BranchFilingData).branch?.name;
    return { branchName: name ? [name] : [] };
  },
});
