// The findings a dept-pilot case is decided on: dept-pilot.recommendation (department track: at most 2
// per field, together covering the original occupations, 中就培函〔2020〕16号 conditions, no excluded
// body) or dept-pilot.industry_org (industry track), and dept-pilot.submission_checklist (the three
// documents and the 12 regulations, read from the files provided). Facts come from the plan, the
// national centre's review, the registry (the organisation's branches) and the department's other
// cases in the same field. Pure.
import { evaluateCheck } from '../../rules/catalogue.js';
import type { Finding } from '../../rules/finding.js';
import { bodyKindOf } from './body.js';
import { submissionFactsOf } from './checklist.js';
import { DETERMINE, PILOT_SCOPE, WORK_PLAN } from './citations.js';
import { namesBranch, type DeptPilotData, type Review } from './data.js';

export interface RegistryBranch {
  id: string;
  name: string;
  uscc: string | null;
}

/** Another live case of the same department in the same field (counted for 三（一）"推荐2家"). */
export interface FieldSibling {
  caseId: string;
  referenceNo: string;
  state: string;
  organisation: DeptPilotData['organisation'];
  decoupledFromSupervisor?: boolean;
  nonProfessionalAssociation?: boolean;
  override?: Review['override'];
  meetsCallConditions?: boolean;
  coveredOccupations: string[];
}

export interface DeptPilotCtx {
  asOf: string;
  referenceNo: string;
  /** Checklist items that hold a current file. */
  providedItems: string[];
  /** The organisation's branches in the registry. */
  branches: RegistryBranch[];
  siblings: FieldSibling[];
}

export const RECOMMENDATION_CHECK = 'dept-pilot.recommendation';
export const INDUSTRY_CHECK = 'dept-pilot.industry_org';
export const SUBMISSION_CHECK = 'dept-pilot.submission_checklist';

const clean = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function planFindings(data: DeptPilotData, ctx: DeptPilotCtx): Finding[] {
  const p = data.plan;
  const missing: string[] = [];
  if (data.track === 'department' && p.originalOccupations.length === 0)
    missing.push('本部门退出职业资格目录的原有职业（工种）');
  if (data.track === 'industry_org' && !p.associationType) missing.push('行业组织类型');
  const unknown = p.branches.filter((b) => !ctx.branches.some((r) => namesBranch(b, r)));
  return [
    {
      ruleId: 'dept-pilot-case/plan',
      citation: data.track === 'department' ? DETERMINE : WORK_PLAN,
      passed: missing.length === 0,
      message_zh:
        missing.length === 0 ? '试点方案信息填写完整' : `试点方案信息未填写完整：${missing.join('、')}`,
      message_en: missing.length === 0 ? 'Plan complete' : `Plan incomplete: ${missing.join(', ')}`,
      values: { missing },
    },
    {
      ruleId: 'dept-pilot-case/branches',
      citation: WORK_PLAN,
      passed: unknown.length === 0,
      message_zh:
        unknown.length === 0
          ? `分支机构名单 ${p.branches.length} 家，均登记在“${data.organisation.name}”名下`
          : `分支机构名单中有 ${unknown.length} 家未登记在“${data.organisation.name}”名下`,
      message_en: unknown.length === 0 ? 'Branches registered' : 'Unregistered branches in the list',
      values: { branches: p.branches.length, unknown: unknown.map((b) => b.branch) },
    },
  ];
}

function branchBodies(data: DeptPilotData, ctx: DeptPilotCtx) {
  return data.plan.branches.flatMap((b) => {
    const r = ctx.branches.find((x) => namesBranch(b, x));
    if (!r) return [];
    return [
      clean({
        name: r.name,
        kind: bodyKindOf('', r.uscc) ?? data.organisation.kind,
        decoupledFromSupervisor: b.decoupledFromSupervisor,
        nonProfessionalAssociation: b.nonProfessionalAssociation,
      }),
    ];
  });
}

function recommendationFindings(data: DeptPilotData, ctx: DeptPilotCtx, stage: PilotStage): Finding[] {
  const p = data.plan;
  const r = data.review;
  const self = clean({
    name: data.organisation.name,
    kind: data.organisation.kind,
    decoupledFromSupervisor: r?.decoupledFromSupervisor ?? p.decoupledFromSupervisor,
    nonProfessionalAssociation: r?.nonProfessionalAssociation ?? p.nonProfessionalAssociation,
    override: r?.override,
    meetsCallConditions: r?.meetsCallConditions,
    coveredOccupations: [...new Set(p.scope.map((s) => s.code))],
    branches: branchBodies(data, ctx),
  });
  // The other organisations count for the number and the coverage of the field; whether each of them
  // is excluded or meets the conditions is decided in its own case.
  const others = ctx.siblings.map((s) =>
    clean({
      name: s.organisation.name,
      kind: s.organisation.kind,
      decoupledFromSupervisor: s.decoupledFromSupervisor,
      nonProfessionalAssociation: s.nonProfessionalAssociation,
      override: s.override,
      meetsCallConditions: s.meetsCallConditions,
      coveredOccupations: s.coveredOccupations,
    }),
  );
  const siblingNames = new Set(ctx.siblings.map((s) => s.organisation.name));
  const result = evaluateCheck(RECOMMENDATION_CHECK, ctx.asOf, {
    field: p.field,
    originalOccupations: p.originalOccupations,
    organisations: [self, ...others],
    stage,
  });
  return result.findings
    .filter((f) => typeof f.values.name !== 'string' || !siblingNames.has(f.values.name))
    .map((f) =>
      f.ruleId === 'dept-pilot/3/1/count'
        ? {
            ...f,
            values: {
              ...f.values,
              organisations: [
                data.organisation.name,
                ...ctx.siblings.map((s) => `${s.organisation.name}（${s.referenceNo}）`),
              ],
            },
          }
        : f,
    );
}

function industryFindings(data: DeptPilotData, ctx: DeptPilotCtx, stage: PilotStage): Finding[] {
  const p = data.plan;
  return evaluateCheck(
    INDUSTRY_CHECK,
    ctx.asOf,
    clean({
      name: data.organisation.name,
      associationType: p.associationType,
      affiliatedTechnicalSupport: data.review?.affiliatedTechnicalSupport ?? p.affiliatedTechnicalSupport,
      branches: branchBodies(data, ctx),
      stage,
    }),
  ).findings;
}

/**
 * When the findings are made: at submission the exclusions of 二（一） are left to the national centre's
 * judgement; at its decision they fail unless it recorded an exception (docs/decisions/0015).
 */
export type PilotStage = 'submission' | 'decision';

/** Every finding the case is decided on; the rules checks run only on a complete plan. */
export function pilotFindings(
  data: DeptPilotData,
  ctx: DeptPilotCtx,
  stage: PilotStage = 'decision',
): Finding[] {
  const plan = planFindings(data, ctx);
  const submission = evaluateCheck(
    SUBMISSION_CHECK,
    ctx.asOf,
    submissionFactsOf(data.track, ctx.providedItems),
  ).findings;
  if (plan[0]!.passed === false) return [...plan, ...submission];
  const organisation =
    data.track === 'department'
      ? recommendationFindings(data, ctx, stage)
      : industryFindings(data, ctx, stage);
  return [...plan, ...organisation, ...submission];
}

/** The citation a department-track or industry-track case rests on. */
export const trackCitation = (data: DeptPilotData) => (data.track === 'department' ? DETERMINE : PILOT_SCOPE);
