// The dated milestones of the notice (dept-pilot 五 时间安排) for one pilot case, with the due dates the
// notice sets and how each stands, and the branch filings that follow the pilot (三（四）) — for the
// department or association, the national centre and the supervising authorities that see the case.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { notFound } from '../../domain/errors.js';
import { findCase } from '../../persistence/cases.repository.js';
import { listBranchFilings } from '../../persistence/dept-pilot.repository.js';
import { canReadCase } from '../../workflows/case-roles.js';
import { chinaDate } from '../../workflows/deadline.js';
import { partiesOf } from '../workflow/case-parties.js';
import type { DeptPilotData } from '../../workflows/dept-pilot/data.js';
import { deptPilotMachine } from '../../workflows/dept-pilot/machine.js';
import { deptPilotBranchMachine } from '../../workflows/dept-pilot/branch-machine.js';
import { milestonesOf, type MilestoneView } from '../../workflows/dept-pilot/milestones.js';
import { citationView, type CitationView } from '../cases/case-views.js';

export interface PilotMilestonesView {
  caseId: string;
  referenceNo: string;
  state: string;
  asOf: string;
  milestones: (Omit<MilestoneView, 'citation'> & { citation: CitationView })[];
  branchFilings: {
    caseId: string;
    referenceNo: string;
    branchName: string | null;
    state: string;
    stateLabel_zh: string;
    stateLabel_en: string;
    submittedOn: string | null;
    authorityName: string;
  }[];
}

export async function getPilotMilestones(
  db: Kysely<DB>,
  caller: Caller,
  caseId: string,
  today: string,
): Promise<PilotMilestonesView> {
  const c = await findCase(db, caseId);
  if (!c || c.procedure !== deptPilotMachine.id || !canReadCase(caller, partiesOf(c))) throw notFound('案件');
  // A branch filing never submitted is the organisation's alone (src/workflows/case-roles.ts).
  const applicant = caller?.role === 'institution_staff' && caller.institutionId === c.institutionId;
  const filings = (await listBranchFilings(db, c.id)).filter((f) => applicant || f.submittedAt !== null);
  const submitted = filings
    .map((f) => (f.submittedAt ? chinaDate(f.submittedAt) : null))
    .filter((d): d is string => d !== null)
    .sort();
  const states = deptPilotBranchMachine.states as Record<string, { label_zh: string; label_en: string }>;
  return {
    caseId: c.id,
    referenceNo: c.referenceNo,
    state: c.state,
    asOf: today,
    milestones: milestonesOf(c.data as DeptPilotData, submitted[0] ?? null, today).map((m) => ({
      ...m,
      citation: citationView(m.citation),
    })),
    branchFilings: filings.map((f) => ({
      caseId: f.caseId,
      referenceNo: f.referenceNo,
      branchName: f.branchName,
      state: f.state,
      stateLabel_zh: states[f.state]?.label_zh ?? f.state,
      stateLabel_en: states[f.state]?.label_en ?? f.state,
      submittedOn: f.submittedAt ? chinaDate(f.submittedAt) : null,
      authorityName: f.authorityName,
    })),
  };
}
