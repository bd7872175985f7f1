// A held session of institution X for the staff and results tests (issue 11 points 3, 4): X filed for
// 4-04-05-01 level 3 (a directory entry through a case row), the standard's subjects recorded, a session
// opened through the API for today (so it can be closed), staff of X in each role written as registry rows,
// and candidates registered through the API.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Database } from '../../src/persistence/database.js';
import { publishDirectoryEntry } from '../../src/use-cases/directory/publish-directory-entry.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import { TEST_DATA_KEY } from './test-app.js';
import { makeIdNumber, type Client, type Fixture } from './personas.js';

export const OCC = '4-04-05-01';
export const pd = createPersonalDataProtector(TEST_DATA_KEY);
let serial = 0;

export async function fileX(db: Database, f: Fixture): Promise<void> {
  await db
    .updateTable('occupation_standards')
    .set({ subjects_by_level: JSON.stringify({ '3': ['theory', 'skills'] }) })
    .where('id', '=', f.standard)
    .execute();
  const caseId = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('cases')
      .values({
        id: caseId,
        procedure: 'session-test-filing',
        reference_no: `成绩测试申〔2026〕${++serial}号`,
        institution_id: f.institutions.x,
        branch_id: null,
        authority_id: f.authorities.guizhou,
        jurisdiction_code: '520100',
        parent_case_id: null,
        state: 'filed',
        awaiting: null,
        snapshot: '{}',
        submitted_at: new Date(),
        closed_at: null,
        valid_from: null,
        valid_to: null,
        created_by: null,
      })
      .execute();
    await publishDirectoryEntry(
      trx,
      { caller: null },
      {
        institutionId: f.institutions.x,
        branchId: null,
        caseId,
        procedure: 'session-test-filing',
        regime: 'mohrss-filing',
        filingCode: `成绩测试备案码〔2026〕${serial}号`,
        validFrom: '2026-03-02',
        validTo: '2029-03-01',
        scopes: [{ occupationCode: OCC, level: 3 }],
        authorityId: f.authorities.guizhou,
        citations: [{ source: 'mohrss-filing', article: '二', item: '十' }],
      },
    );
  });
}

export interface HeldSession {
  id: string;
  version: number;
  startsOn: string;
}

/** A session of X held today (closable) or on later dates. */
export async function openSession(
  x: Client,
  f: Fixture,
  on: { startsOn: string; endsOn: string } | 'today' = 'today',
): Promise<HeldSession> {
  const today = chinaDate(new Date());
  const dates = on === 'today' ? { startsOn: today, endsOn: today } : on;
  const res = await x.inject('POST', '/api/v1/evaluation-sessions', {
    siteId: f.sites.x,
    occupationCode: OCC,
    level: 3,
    ...dates,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<HeldSession>();
}

export type Role = {
  role: 'full_time_staff' | 'assessor' | 'quality_supervisor' | 'exam_admin';
  occupationCode?: string;
  level?: number;
};

/** A staff member of an institution with roles; returns the id and the document number. */
export async function addStaff(
  db: Database,
  institutionId: string,
  name: string,
  roles: Role[],
): Promise<{ id: string; number: string }> {
  const id = randomUUID();
  const number = makeIdNumber(7100 + ++serial);
  const p = pd.protect(number);
  await db
    .insertInto('staff')
    .values({
      id,
      institution_id: institutionId,
      branch_id: null,
      name,
      id_doc_type: 'resident_id',
      id_number_enc: p.enc,
      id_number_hmac: p.hmac,
      id_number_masked: p.masked,
      phone: null,
    })
    .execute();
  for (const r of roles)
    await db
      .insertInto('staff_roles')
      .values({
        id: randomUUID(),
        staff_id: id,
        role: r.role,
        occupation_code: r.occupationCode ?? null,
        level: r.level ?? null,
      })
      .execute();
  return { id, number };
}

let cand = 0;
export async function register(x: Client, sessionId: string, name: string): Promise<string> {
  const res = await x.inject('POST', `/api/v1/evaluation-sessions/${sessionId}/candidates`, {
    name,
    docType: 'resident_id',
    docNumber: makeIdNumber(8500 + ++cand),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/**
 * What closing needs (mohrss-violations §12(1)–(4)), written straight into the database for the tests of
 * other features that close a session without candidates: one of each duty and every subject's pass mark.
 */
export async function readyToClose(db: Database, sessionId: string, institutionId: string): Promise<void> {
  const s = await db
    .selectFrom('evaluation_sessions')
    .select('subjects')
    .where('id', '=', sessionId)
    .executeTakeFirstOrThrow();
  for (const duty of ['exam_admin', 'assessor', 'quality_supervisor'] as const) {
    const p = await addStaff(db, institutionId, `关闭用${duty}`, [
      duty === 'assessor' ? { role: duty, occupationCode: OCC, level: 3 } : { role: duty },
    ]);
    await db
      .insertInto('session_staff')
      .values({
        id: randomUUID(),
        session_id: sessionId,
        institution_id: institutionId,
        staff_id: p.id,
        duty,
        findings: '{}',
        assigned_by: null,
      })
      .execute();
  }
  for (const subject of s.subjects)
    await db
      .insertInto('session_pass_marks')
      .values({ session_id: sessionId, subject, full_mark: 100, pass_mark: 60, source: '测试', set_by: null })
      .execute();
}
