// The checks run when a candidate registers (issue 11 point 2), as one recorded result:
// - the evaluation-ban register, across all institutions and provinces (mohrss-violations §6–7:
//   registrationBanCheck);
// - for a school evaluating under gz-rules (a school filed in Guizhou), its student register: own
//   full-time student, graduation year or after all courses (gz-rules §5(1): schoolCandidateCheck).
// Other kinds of institution, and schools filed elsewhere, have no rule on who their candidates are in
// the texts SkillReg implements (docs/decisions/0027).
import type { Kysely } from 'kysely';
import type { DB, StudentStatus } from '../../persistence/schema.js';
import type { EvaluationSessionRecord } from '../../persistence/evaluation-sessions.repository.js';
import { bansOf } from '../../persistence/evaluation-bans.repository.js';
import { studentOf } from '../../persistence/school-students.repository.js';
import { evaluateCheck } from '../../rules/catalogue.js';
import type { Finding } from '../../rules/finding.js';
import { registrationBanCheck } from '../../rules/mohrss-violations/evaluation-bans.js';
import { schoolCandidateCheck } from '../../rules/gz-rules/candidate-eligibility.js';

export interface RegistrationChecks {
  asOf: string;
  checks: string[];
  outcome: 'pass' | 'fail';
  findings: Finding[];
  /** gz-rules §5(1): why the school may evaluate the student (null for other institutions). */
  studentStatus: StudentStatus | null;
}

export const GUIZHOU = '52';

export async function institutionKindOf(db: Kysely<DB>, id: string): Promise<string> {
  const r = await db.selectFrom('institutions').select('kind').where('id', '=', id).executeTakeFirstOrThrow();
  return r.kind;
}

/** A school whose session is opened under a Guizhou filing is held to gz-rules §5(1). */
export const underGzSchoolRule = (kind: string, session: EvaluationSessionRecord): boolean =>
  kind === 'school' && session.jurisdictionCode.startsWith(GUIZHOU);

export async function runRegistrationChecks(
  db: Kysely<DB>,
  session: EvaluationSessionRecord,
  institutionKind: string,
  docHashes: string[],
  today: string,
): Promise<RegistrationChecks> {
  const window = { sessionStartsOn: session.startsOn, sessionEndsOn: session.endsOn };
  const bans = await bansOf(db, docHashes);
  const banResult = evaluateCheck(registrationBanCheck.name, today, {
    ...window,
    bans: bans.map((b) => ({ article: b.article, startsOn: b.startsOn, endsOn: b.endsOn })),
  });
  const checks = [banResult.check];
  const findings = [...banResult.findings];
  let studentStatus: StudentStatus | null = null;
  if (underGzSchoolRule(institutionKind, session)) {
    const student = await studentOf(db, session.institutionId, docHashes);
    const r = evaluateCheck(schoolCandidateCheck.name, today, { ...window, student: student ?? null });
    checks.push(r.check);
    findings.push(...r.findings);
    if (student && r.outcome === 'pass')
      studentStatus = student.allCoursesCompleted ? 'all_courses_completed' : 'graduation_year';
  }
  const outcome = findings.some((f) => f.passed !== true) ? 'fail' : 'pass';
  return { asOf: today, checks, outcome, findings, studentStatus };
}
