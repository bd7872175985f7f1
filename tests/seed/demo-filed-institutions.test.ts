// The hand-made demo institutions described as filed are in the public directory through the procedures
// that put them there (issue 10 point 1): 黔康 and 钱塘 by a social-organisation filing run through the use
// cases (filing code, scope, validity, receipt PDF), 之江 and 甬江 by the import of Zhejiang's register
// (their provincial rules are not SkillReg's procedures); a case sits in 公示 with a citizen's objection,
// in the Zhejiang department's 待办 and on the public notice list; and two fresh worlds are the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { listPublicEntries } from '../../src/persistence/directory.repository.js';
import { getDirectoryEntry } from '../../src/use-cases/directory/get-directory-entry.js';
import { listPublicNotices } from '../../src/use-cases/public-notice/list-public-notices.js';
import { listCaseQueue } from '../../src/use-cases/cases/list-cases.js';
import { builtInCalendar } from '../../src/calendar/calendar-data.js';
import { procedures } from '../../src/use-cases/workflow/procedure-registry.js';
import { demoActor } from '../../src/persistence/seed/demo/demo-actor.js';
import { DEMO_INSTITUTIONS } from '../../src/persistence/seed/demo/institutions.js';
import { DEMO_SCOPES } from '../../src/persistence/seed/demo/scopes.js';
import {
  FILED_INSTITUTIONS_STEP,
  NOTICE_ORG,
  SOCIAL_ORG_FILINGS,
  ZHEJIANG_REGISTER_FILE,
} from '../../src/persistence/seed/demo/filed-institutions.js';
import { institutionId } from '../../src/persistence/seed/demo/load-registry.js';
import { SELECTED_1X_CALL } from '../../src/persistence/seed/demo/selected-1x.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';

const personalData = createPersonalDataProtector(TEST_DATA_KEY);
const store = databaseFileStore();

async function freshWorld(): Promise<DatabaseHandle> {
  const h = await openTestDatabase();
  const report = await seedAll(h.db, { demo: true, personalData, world: true, store });
  expect(report.loaded).toContain(FILED_INSTITUTIONS_STEP);
  return h;
}

/** What a visitor reads of the hand-made institutions in the directory, ids left out. */
async function directoryOf(h: DatabaseHandle) {
  const all = await listPublicEntries(
    h.db,
    { today: '2026-06-01', includeLapsed: true },
    { page: 1, pageSize: 500 },
  );
  const names = new Set([...DEMO_INSTITUTIONS.map((i) => i.name), NOTICE_ORG.name]);
  return all.items
    .filter((e) => names.has(e.institutionName))
    .map((e) => ({
      name: e.institutionName,
      procedure: e.procedure,
      filingCode: e.filingCode,
      validFrom: e.validFrom,
      validTo: e.validTo,
      authority: e.authority.name,
      scopes: e.scopes.map((s) => `${s.occupationCode}:${s.level}`).sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const expectedScopes = (key: string) =>
  DEMO_SCOPES.filter((s) => s.institution === key)
    .flatMap((s) => s.levels.map((l) => `${s.occupation}:${l}`))
    .sort();

let h: DatabaseHandle;
beforeAll(async () => {
  h = await freshWorld();
}, 600_000);
afterAll(async () => h?.close());

describe('institutions the demo describes as filed', () => {
  it('黔康 and 钱塘: filed by their procedure — code, scope, validity, receipt PDF, the case’s history', async () => {
    const all = await listPublicEntries(
      h.db,
      { today: '2026-06-01', includeLapsed: true },
      { page: 1, pageSize: 500 },
    );
    for (const f of SOCIAL_ORG_FILINGS) {
      const inst = DEMO_INSTITUTIONS.find((i) => i.key === f.key)!;
      const entry = all.items.find((e) => e.institutionName === inst.name);
      expect(entry, inst.name).toBeDefined();
      expect(entry).toMatchObject({
        procedure: 'social-org-filing',
        imported: null,
        validFrom: f.validFrom,
        validTo: f.validTo,
        current: true,
      });
      expect(entry!.filingCode).toMatch(/\S/);
      expect(entry!.scopes.map((s) => `${s.occupationCode}:${s.level}`).sort()).toEqual(
        expectedScopes(f.key),
      );
      const detail = await getDirectoryEntry(h.db, entry!.id, new Date('2026-06-01T02:00:00Z'));
      const pdfs = detail.documents.map((d) => d.kind);
      expect(pdfs.length, JSON.stringify(detail.documents)).toBeGreaterThan(0);
      const stored = await h.db
        .selectFrom('documents')
        .innerJoin('cases', 'cases.id', 'documents.case_id')
        .select(['documents.kind', 'documents.number'])
        .where(
          'cases.institution_id',
          '=',
          (
            await h.db
              .selectFrom('institutions')
              .select('id')
              .where('uscc', '=', inst.uscc)
              .executeTakeFirstOrThrow()
          ).id,
        )
        .execute();
      // The receipt carries the filing code; acceptance, 公示 and receipt are the case's own PDFs.
      expect(stored.map((d) => d.kind)).toEqual(
        expect.arrayContaining(['acceptance_notice', 'public_notice']),
      );
      expect(stored.length).toBeGreaterThanOrEqual(3);
      const events = await h.db
        .selectFrom('case_events')
        .innerJoin('cases', 'cases.id', 'case_events.case_id')
        .select('case_events.event')
        .where('cases.procedure', '=', 'social-org-filing')
        .where(
          'cases.institution_id',
          '=',
          entry!.id
            ? (
                await h.db
                  .selectFrom('directory_entries')
                  .select('institution_id')
                  .where('id', '=', entry!.id)
                  .executeTakeFirstOrThrow()
              ).institution_id
            : '',
        )
        .orderBy('case_events.seq')
        .execute();
      expect(events.map((e) => e.event)).toEqual(
        expect.arrayContaining(['submit', 'accept', 'assess', 'start_notice', 'file', 'publish']),
      );
    }
  });

  it('之江 and 甬江: imported from Zhejiang’s register with their code, scope and validity', async () => {
    const all = await listPublicEntries(
      h.db,
      { today: '2026-06-01', includeLapsed: true },
      { page: 1, pageSize: 500 },
    );
    for (const key of ['zj-zhijiang', 'zj-yongjiang-school']) {
      const inst = DEMO_INSTITUTIONS.find((i) => i.key === key)!;
      const entry = all.items.find((e) => e.institutionName === inst.name);
      expect(entry, inst.name).toBeDefined();
      expect(entry!.imported?.fileName).toBe(ZHEJIANG_REGISTER_FILE);
      expect(entry!.scopes.map((s) => `${s.occupationCode}:${s.level}`).sort()).toEqual(expectedScopes(key));
    }
  });

  it('the institutions the browser walks file themselves are not in the directory before the walk', async () => {
    const names = (await directoryOf(h)).map((e) => e.name);
    for (const key of [
      'gz-qiancheng',
      'gz-huicai',
      'gz-wujiang',
      'gz-qiandongnan-school',
      'nat-zhonglian',
      'ind-daoyun',
      'tx-zhilian',
    ])
      expect(names).not.toContain(DEMO_INSTITUTIONS.find((i) => i.key === key)!.name);
  });
});

describe('a case in 公示 with an objection', () => {
  it('is on the public notice list, with one objection to answer in the Zhejiang department’s 待办 (mohrss-filing 二(十)4)', async () => {
    const notices = await listPublicNotices(h.db, { status: 'current', page: 1, pageSize: 100 });
    const n = notices.items.find((x) => x.subjectName === NOTICE_ORG.name);
    expect(n, JSON.stringify(notices.items.map((x) => x.subjectName))).toBeDefined();
    const objections = await h.db
      .selectFrom('objections as o')
      .innerJoin('public_notices as p', 'p.id', 'o.notice_id')
      .innerJoin('cases as c', 'c.id', 'p.case_id')
      .select(['c.state'])
      .where('p.subject_name', '=', NOTICE_ORG.name)
      .execute();
    expect(objections).toEqual([{ state: 'public_notice' }]);
    const zhejiang = await demoActor(h.db, 'zhejiang');
    // 公示 awaits the public (the machine's `awaiting`), but the unanswered objection is the department's
    // to answer (mohrss-filing 二(十)4 公示、征求意见): the case is in its 待办 and 辖区, not in 已办.
    const ctx = { db: h.db, store, caller: zhejiang, procedures, calendar: builtInCalendar() };
    const inView = async (view: 'todo' | 'done' | 'supervised') =>
      (await listCaseQueue(ctx, { view, page: 1, pageSize: 100 })).items.filter(
        (i) => i.institutionName === NOTICE_ORG.name && i.state === 'public_notice',
      );
    expect(await inView('todo')).toEqual([
      expect.objectContaining({ awaiting: 'public', openObjections: 1, task_zh: '待答复异议（1件）' }),
    ]);
    expect(await inView('supervised')).toHaveLength(1);
    expect(await inView('done')).toEqual([]);
  });
});

describe('the 1+X organisation the demo describes as selected', () => {
  it('杭州数智: selected through the 1+X selection (1x-selection §12–16) — its programmes and levels in the directory', async () => {
    const all = await listPublicEntries(
      h.db,
      { today: '2026-06-01', includeLapsed: true },
      { page: 1, pageSize: 500 },
    );
    const entry = all.items.find((e) => e.institutionName === '杭州数智云科技股份有限公司');
    expect(entry).toMatchObject({ procedure: '1x-selection', imported: null, validFrom: '2023-06-16' });
    expect(entry!.programmes.map((p) => [p.name, [...p.levels]])).toEqual([
      ['大数据应用开发（Python）', ['junior', 'intermediate', 'senior']],
      ['云计算平台运维与开发', ['intermediate', 'senior']],
    ]);
    const c = await h.db
      .selectFrom('cases')
      .select(['id', 'state'])
      .where('procedure', '=', '1x-selection')
      .where('institution_id', '=', institutionId('tx-shuzhi'))
      .executeTakeFirstOrThrow();
    expect(c.state).toBe('published');
    const events = await h.db
      .selectFrom('case_events')
      .select(['event', 'occurred_at'])
      .where('case_id', '=', c.id)
      .orderBy('seq')
      .execute();
    // Each event is dated by the transition's clock: the story's days, opening to publication.
    const days = events.map((e) => new Date(e.occurred_at).toISOString().slice(0, 10));
    expect([days[0], days.at(-1)]).toEqual(['2023-03-06', '2023-06-16']);
    expect(events.map((e) => e.event)).toEqual(
      expect.arrayContaining([
        'submit',
        'accept',
        'draw_panel',
        'select',
        'start_notice',
        'approve',
        'publish',
      ]),
    );
    // The panel's three opinions are dated on the story's day, not on the day the demo was loaded.
    const opinions = await h.db
      .selectFrom('expert_opinions as o')
      .innerJoin('review_panels as p', 'p.id', 'o.panel_id')
      .select('o.submitted_at')
      .where('p.case_id', '=', c.id)
      .execute();
    expect(opinions.map((o) => new Date(o.submitted_at).toISOString().slice(0, 10))).toEqual([
      '2023-04-06',
      '2023-04-06',
      '2023-04-06',
    ]);
    // The past call it answered is public, with its 2023 window.
    const call = await h.db
      .selectFrom('recruitment_calls')
      .select(['open_on', 'close_on'])
      .where('title', '=', SELECTED_1X_CALL.title)
      .executeTakeFirstOrThrow();
    expect([String(call.open_on), String(call.close_on)]).toEqual(['2023-03-01', '2023-03-31']);
  });
});

describe('determinism', () => {
  it('a second fresh world has the same directory entries for the hand-made institutions', async () => {
    const again = await freshWorld();
    try {
      expect(await directoryOf(again)).toEqual(await directoryOf(h));
    } finally {
      await again.close();
    }
  }, 600_000);
});
