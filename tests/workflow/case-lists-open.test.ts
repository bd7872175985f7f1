// A list never shows a case its detail page refuses: for every demo account and every case list it has
// (待办, 已办, 辖区, 我的申请, 我的评审), each case listed opens for that account. The demo world's open
// cases are joined by what the browser specs add: a department's recommendation of 黔程 (dept-pilot 三:
// the department applies, the organisation's own staff do not — src/workflows/case-roles.ts), a draft
// and a submitted one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import type { Actor } from '../../src/policies/actor.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { builtInCalendar } from '../../src/calendar/calendar-data.js';
import { institutionId as demoInstitution } from '../../src/persistence/seed/demo/load-registry.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import { caseViewsOf } from '../../src/policies/case.policy.js';
import type { CaseContext } from '../../src/use-cases/cases/case-context.js';
import { openProcedureCase } from '../../src/use-cases/cases/open-procedure-case.js';
import { sendCaseEvent } from '../../src/use-cases/cases/send-case-event.js';
import { uploadCaseMaterial } from '../../src/use-cases/cases/upload-case-material.js';
import { getCaseDetail } from '../../src/use-cases/cases/get-case-detail.js';
import { listCaseQueue } from '../../src/use-cases/cases/list-cases.js';
import { procedures } from '../../src/use-cases/workflow/procedure-registry.js';
import { pilotChecklist } from '../../src/workflows/dept-pilot/checklist.js';
import { openTestDatabase } from '../support/test-database.js';
import { caseVersion, demoActor } from './demo-fixtures.js';
import { TEST_DATA_KEY } from '../support/test-app.js';

let h: DatabaseHandle;
const store = databaseFileStore();
const calendar = builtInCalendar();
// Wednesday 25 November 2026, 10:00 in Beijing.
const NOW = new Date('2026-11-25T02:00:00Z');
const TODAY = '2026-11-25';

const ctx = (caller: Actor): CaseContext => ({ db: h.db, store, caller, procedures, calendar, now: NOW });

/** Every demo account as the HTTP layer builds it (experts with their expert record). */
async function accounts(): Promise<Actor[]> {
  const users = await h.db
    .selectFrom('users')
    .select(['username', 'expert_id'])
    .orderBy('username')
    .execute();
  const out: Actor[] = [];
  for (const u of users) {
    const a = await demoActor(h.db, u.username);
    out.push(u.expert_id ? { ...a, expertId: u.expert_id } : a);
  }
  return out;
}

const QIANCHENG = demoInstitution('gz-qiancheng');

beforeAll(async () => {
  h = await openTestDatabase();
  await seedAll(h.db, { demo: true, personalData: createPersonalDataProtector(TEST_DATA_KEY) });
  const industry = await demoActor(h.db, 'industry');
  const uscc = (
    await h.db.selectFrom('institutions').select('uscc').where('id', '=', QIANCHENG).executeTakeFirstOrThrow()
  ).uscc!;
  const recommend = (field: string) =>
    openProcedureCase(ctx(industry), {
      procedure: 'dept-pilot',
      input: {
        organisationUscc: uscc,
        field,
        originalOccupations: ['4-02-02-01'],
        scope: [{ code: '4-02-02-01', levels: [5, 4] }],
        branches: [],
      },
    });
  // A draft, and a recommendation submitted to the national centre.
  await recommend('交通运输 水路运输');
  const submitted = (await recommend('交通运输 道路运输')).id;
  for (const item of pilotChecklist('dept-pilot', 'department', TODAY).items)
    await uploadCaseMaterial(ctx(industry), {
      caseId: submitted,
      checklistItem: item.id,
      bytes: pdfBytes(item.id),
      fileName: `${item.id}.pdf`,
      declaredType: 'application/pdf',
    });
  await sendCaseEvent(ctx(industry), {
    caseId: submitted,
    event: 'submit',
    version: await caseVersion(h.db, submitted),
  });
});
afterAll(async () => h?.close());

describe('every case a list shows opens for the same caller', () => {
  it('for every demo account and each of its lists', async () => {
    let listed = 0;
    for (const actor of await accounts()) {
      for (const view of caseViewsOf(actor)) {
        const list = await listCaseQueue(ctx(actor), { view, page: 1, pageSize: 500 });
        expect(list.items.length, `${actor.username} ${view}: one page holds the list`).toBe(list.total);
        for (const item of list.items) {
          listed++;
          const opened = await getCaseDetail(ctx(actor), item.id).then(
            () => 'opens',
            (e: unknown) => `refused: ${String((e as { status?: number }).status)}`,
          );
          expect(opened, `${actor.username} ${view}: ${item.referenceNo} (${item.procedure})`).toBe('opens');
        }
      }
    }
    expect(listed).toBeGreaterThan(5);
  });

  it('a department’s recommendation is in the department’s 我的申请, not the organisation’s', async () => {
    const mine = async (username: string) =>
      (await listCaseQueue(ctx(await demoActor(h.db, username)), { view: 'mine', page: 1, pageSize: 500 }))
        .items;
    expect((await mine('industry')).filter((i) => i.institutionId === QIANCHENG)).toHaveLength(2);
    expect((await mine('inst_gz')).filter((i) => i.procedure === 'dept-pilot')).toEqual([]);
  });
});
