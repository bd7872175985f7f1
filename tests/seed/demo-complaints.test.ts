// The demo world's complaints, lead ledger and rectification orders (issue 14 points 2, 6 and 9;
// demo/complaints.ts): every state of a lead (1x-selection §26, 1x-exit §7(1)), one routed to the industry
// department (dept-pilot 四(三)), a duplicate kept and linked, a response requested and given, a lead that
// led to a violation case; orders open, reported, accepted and overdue (the deadline day is in time, the
// next day overdue: decision 0039); the README's tracking code shows the answer and never the contact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { COMPLAINTS_STEP, DEMO_TRACKING_CODE } from '../../src/persistence/seed/demo/complaints.js';
import { demoActor } from '../../src/persistence/seed/demo/demo-actor.js';
import { trackComplaint } from '../../src/use-cases/leads/complaints.js';
import { getLead, listLeads } from '../../src/use-cases/leads/lead-lists.js';
import { listResponseRequests } from '../../src/use-cases/leads/response-requests.js';
import { listRectifications } from '../../src/use-cases/rectifications/rectification-lists.js';
import { todayInChina } from '../../src/use-cases/registry/registry-context.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';

const personalData = createPersonalDataProtector(TEST_DATA_KEY);
let h: DatabaseHandle;
let loaded: string[];

beforeAll(async () => {
  h = await openTestDatabase();
  ({ loaded } = await seedAll(h.db, { demo: true, personalData, world: true, store: databaseFileStore() }));
}, 600_000);
afterAll(async () => h?.close());

describe('demo complaints and the lead ledger', () => {
  it('hold every state of a lead, both outcomes and a merged duplicate', async () => {
    expect(loaded).toContain(COMPLAINTS_STEP);
    const leads = await h.db.selectFrom('leads').select(['status', 'outcome', 'source', 'duplicate_of']).execute();
    expect(new Set(leads.map((l) => l.status))).toEqual(
      new Set(['received', 'triaged', 'routed', 'investigating', 'answered', 'closed']),
    );
    expect(new Set(leads.map((l) => l.outcome))).toEqual(
      new Set([null, 'substantiated', 'not_substantiated', 'duplicate']),
    );
    expect(leads.filter((l) => l.duplicate_of !== null)).toHaveLength(1);
    for (const s of ['complaint', 'hotline', 'letter', 'certificate_platform', 'biweekly_report', 'inspection', 'violation_detection'])
      expect(leads.map((l) => l.source)).toContain(s);
  }); // prettier-ignore

  it("the README's tracking code shows the answer, never the contact (decision 0039 point 4)", async () => {
    const t = await trackComplaint(h.db, DEMO_TRACKING_CODE.toLowerCase());
    expect(t.status).toBe('answered');
    expect(t.answer).toContain('属实');
    expect(JSON.stringify(t)).not.toContain('13985000001');
  });

  it('guizhou works its ledger oldest open first; the lead routed to the industry department is in its ledger', async () => {
    const gz = await demoActor(h.db, 'guizhou');
    const list = await listLeads(h.db, gz, { olderThanDays: 0, page: 1, pageSize: 100 });
    const ages = list.items.map((i) => i.ageDays);
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
    expect(list.items.every((i) => i.status !== 'closed')).toBe(true);
    const industry = await demoActor(h.db, 'industry');
    const theirs = await listLeads(h.db, industry, { page: 1, pageSize: 20 });
    expect(theirs.items.map((i) => i.status)).toContain('routed');
    // guiyang's complaint about 黔康: guizhou reads it (territorial superior) but does not handle it.
    const guiyang = list.items.find((i) => !i.mine && i.authorityName === '贵阳市人力资源和社会保障局');
    expect(guiyang?.subject).toBe('贵州黔康职业技能评价有限公司');
    const detail = await getLead(h.db, personalData, gz, guiyang!.id);
    expect(detail.handles).toBe(false);
    expect(detail.contact).toBeNull();
  });

  it('黔程 was asked to respond and did (1x-selection §26); a lead led to a violation case', async () => {
    const qc = await demoActor(h.db, 'inst_gz');
    const rr = await listResponseRequests(h.db, qc);
    expect(rr.some((r) => r.response !== null && r.respondedOn !== null)).toBe(true);
    const linked = await h.db.selectFrom('leads').select('violation_case_id').where('violation_case_id', 'is not', null).execute();
    expect(linked).toHaveLength(1);
  }); // prettier-ignore

  it('rectification orders are open, reported, accepted and overdue (the day after the deadline)', async () => {
    const gz = await demoActor(h.db, 'guizhou');
    const all = await listRectifications(h.db, gz, { page: 1, pageSize: 100 });
    const mine = all.items.filter((r) => r.source === 'lead');
    expect(new Set(mine.map((r) => r.status))).toEqual(new Set(['open', 'reported', 'accepted']));
    const overdue = mine.filter((r) => r.overdue);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.daysOverdue).toBe(18);
    expect(overdue[0]!.deadline < todayInChina()).toBe(true);
    // Overdue first.
    expect(all.items[0]!.overdue).toBe(true);
    const only = await listRectifications(h.db, gz, { overdue: true, page: 1, pageSize: 100 });
    expect(only.items.every((r) => r.overdue)).toBe(true);
  });
});
