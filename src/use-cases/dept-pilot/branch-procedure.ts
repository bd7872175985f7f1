// 属地备案 of a pilot organisation's branch (dept-pilot 三（四）、三（五）) as the generic case API runs it:
// the organisation's staff file a branch named in the plan with the provincial HR department where
// the branch is registered; the guard lets it through only once the organisation is in the pilot.
import { z } from 'zod';
import { AppError, forbidden, invalid } from '../../domain/errors.js';
import { checklistCompleteness } from '../../materials/checklist.js';
import { findCase } from '../../persistence/cases.repository.js';
import { listCurrentMaterials } from '../../persistence/materials.repository.js';
import {
  findLiveBranchFiling,
  findLocalAuthority,
  findOrganisation,
  listLivePilots,
  hasPilotCase,
  listOrganisationBranches,
} from '../../persistence/dept-pilot.repository.js';
import { defineProcedure } from '../workflow/procedure-module.js';
import type { DeptPilotData } from '../../workflows/dept-pilot/data.js';
import { correctionPayload, namesBranch } from '../../workflows/dept-pilot/data.js';
import {
  BRANCH_REFERENCE_PREFIX,
  deptPilotBranchMachine,
  fileBranchPayload,
  refuseBranchPayload,
  type BranchFilingCtx,
  type BranchFilingData,
  type ParentPilot,
} from '../../workflows/dept-pilot/branch-machine.js';
import { BRANCH_FILING_CHECKLIST } from './branch-checklist.js';
import { branchFilingDocuments } from './documents.js';
import { branchFilingEffects } from './effects.js';

const openInput = z.strictObject({
  branch: z.string().trim().min(1).max(200).meta({
    description: '备案的分支机构（须列入试点工作方案的分支机构名单）',
    widget: 'remote',
    source: '/dept-pilot/branches',
    labelField: 'label',
  }),
});

export const deptPilotBranchProcedure = defineProcedure<BranchFilingData, BranchFilingCtx>({
  id: deptPilotBranchMachine.id,
  title_zh: '试点社会培训评价组织分支机构属地备案',
  title_en: 'Local filing of a pilot organisation’s branch',
  regimes: ['dept-pilot'],
  machine: deptPilotBranchMachine,

  mayOpen: async (db, caller) =>
    caller.role === 'institution_staff' &&
    !!caller.institutionId &&
    (await hasPilotCase(db, caller.institutionId)),
  openSchema: openInput,
  resolveOpen: async (db, caller, raw) => {
    const { branch: named } = openInput.parse(raw);
    if (caller.role !== 'institution_staff' || !caller.institutionId)
      throw forbidden('分支机构属地备案由试点社会培训评价组织提出');
    const org = await findOrganisation(db, caller.institutionId);
    const branch = (await listOrganisationBranches(db, caller.institutionId)).find((b) =>
      namesBranch({ branch: named }, b),
    );
    if (!org || !branch) throw invalid('BRANCH_UNKNOWN', '该分支机构未登记在本组织名下');
    const parent = (await listLivePilots(db, org.id)).find((c) =>
      (c.data as DeptPilotData).plan.branches.some((d) => namesBranch(d, branch)),
    );
    if (!parent)
      throw invalid(
        'BRANCH_NOT_IN_PLAN',
        `“${branch.name}”未列入本组织任何试点方案的分支机构名单（三（二））`,
      );
    const branchId = branch.id;
    const live = await findLiveBranchFiling(db, branchId);
    if (live)
      throw new AppError(
        409,
        'BRANCH_FILING_EXISTS',
        '已有备案申请',
        `“${branch.name}”已有属地备案申请 ${live.referenceNo}`,
      );
    const local = await findLocalAuthority(db, branch.jurisdictionCode);
    if (!local) throw invalid('AUTHORITY_MISSING', `未登记“${branch.name}”所在省份的人力资源社会保障部门`);
    return {
      institutionId: org.id,
      authorityId: local.id,
      jurisdictionCode: branch.jurisdictionCode,
      branchId,
      parentCaseId: parent.id,
      referencePrefix: BRANCH_REFERENCE_PREFIX,
      data: {
        parentCaseId: parent.id,
        branch: { branchId, name: branch.name, jurisdictionCode: branch.jurisdictionCode },
        organisation: { institutionId: org.id, name: org.name },
      },
    };
  },

  eventSchemas: {
    request_correction: correctionPayload,
    file: fileBranchPayload,
    refuse: refuseBranchPayload,
  },
  previewGuards: ['submit', 'resubmit', 'file'],

  checklist: () => BRANCH_FILING_CHECKLIST,
  loadGuardsCtx: async (trx, c, { today }) => {
    const data = c.data as BranchFilingData;
    const p = await findCase(trx, data.parentCaseId);
    const pd = p?.data as DeptPilotData | undefined;
    const parent: ParentPilot | null =
      p && pd
        ? {
            caseId: p.id,
            referenceNo: p.referenceNo,
            procedure: p.procedure,
            state: p.state,
            institutionId: p.institutionId,
            listedBranchIds: pd.plan.branches.some((d) =>
              namesBranch(d, { id: data.branch.branchId, name: data.branch.name }),
            )
              ? [data.branch.branchId]
              : [],
            decision: pd.decision ?? null,
          }
        : null;
    return {
      asOf: today,
      referenceNo: c.referenceNo,
      parent,
      materials: checklistCompleteness(BRANCH_FILING_CHECKLIST, await listCurrentMaterials(trx, c.id)),
    };
  },
  documents: branchFilingDocuments,
  effects: branchFilingEffects,
  summary: (c) => `分支机构：${(c.data as BranchFilingData).branch.name}`,
  summary_en: (c) => `Branch: ${(c.data as BranchFilingData).branch.name}`,
  summaryData: (c) => ({ branchName: [(c.data as BranchFilingData).branch.name] }),
});
