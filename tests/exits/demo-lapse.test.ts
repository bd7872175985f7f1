// Demo step 'demo/lapse' (gz-rules §14; 1x-exit §9): a Guizhou employer selected through gz-selection with a
// validity that ended 6 days ago is terminated by the real daily job — terminated the day after the last
// valid day, 15 days to wrap up — and its wrap-up list holds the records the story made through the use
// cases: 2 fees without an exam, 2 passed candidates without certificates, 1 closed session not archived —
// and an earlier session's 3 certificates that stay valid after the exit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { runEvaluationSessionsDemo } from '../../src/persistence/seed/demo/evaluation-sessions.js';
import { LAPSED_NAME, LAPSED_USERNAME, runLapseDemo } from '../../src/persistence/seed/demo/lapse.js';
import { publicCertificateByNumber } from '../../src/persistence/certificate-verification.repository.js';
import { wrapUpChecklist } from '../../src/use-cases/exits/wrap-up.js';
import { todayInChina } from '../../src/use-cases/registry/registry-context.js';
import { addCalendarDays } from '../../src/calendar/calendar-days.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';

let h: DatabaseHandle;
const personalData = createPersonalDataProtector(TEST_DATA_KEY);
const today = todayInChina();

beforeAll(async () => {
  h = await openTestDatabase();
  await seedAll(h.db, { demo: true, personalData });
  await runEvaluationSessionsDemo(h.db, personalData);
}, 120_000);
afterAll(async () => h?.close());

describe('demo/lapse', () => {
  it('gz-rules §14: the selection valid to 6 days ago lapses by the daily job, with its wrap-up records', async () => {
    expect(await runLapseDemo(h.db, databaseFileStore(), personalData)).toBe(true);
    const inst = await h.db
      .selectFrom('institutions')
      .select(['id', 'status'])
      .where('name', '=', LAPSED_NAME)
      .executeTakeFirstOrThrow();
    expect(inst.status).toBe('exited');
    const exit = await h.db
      .selectFrom('institution_exits')
      .selectAll()
      .where('institution_id', '=', inst.id)
      .executeTakeFirstOrThrow();
    expect([exit.route, exit.scope, exit.regime]).toEqual(['lapse', 'institution', 'gz-rules']);
    expect(exit.terminated_on).toBe(addCalendarDays(today, -5));
    expect(exit.wrap_up_due! >= addCalendarDays(today, 9)).toBe(true);
    const list = await wrapUpChecklist(h.db, { institutionId: inst.id, exitId: exit.id }, today);
    expect(Object.fromEntries(list.items.map((i) => [i.item, i.count]))).toEqual({
      fees_without_exam: 2,
      exams_without_certificates: 2,
      certificate_data_not_uploaded: 0,
      records_not_archived: 1,
    });
    expect(list.clear).toBe(false);
    // The first session's certificates, issued within the validity, stay valid after the exit and answer
    // a public verification by number as valid (1x-exit §8).
    const certs = await h.db
      .selectFrom('certificates')
      .select(['number', 'status', 'issued_on'])
      .where('institution_id', '=', inst.id)
      .execute();
    expect(certs).toHaveLength(3);
    for (const c of certs) {
      expect(c.status).toBe('valid');
      expect(String(c.issued_on) <= exit.terminated_on).toBe(true);
      const found = await publicCertificateByNumber(h.db, c.number);
      expect(found?.status).toBe('valid');
      expect(found?.institution_name).toBe(LAPSED_NAME);
    }
    const login = await h.db
      .selectFrom('users')
      .select('institution_id')
      .where('username', '=', LAPSED_USERNAME)
      .executeTakeFirstOrThrow();
    expect(login.institution_id).toBe(inst.id);
    // Once: a second start does nothing.
    expect(await runLapseDemo(h.db, databaseFileStore(), personalData)).toBe(false);
  }, 120_000);
});
