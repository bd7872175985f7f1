// The demo world's double-random inspections (issue 14 point 1, demo/inspections.ts; 1x-selection §25):
// guizhou's finished round (drawn, every inspection concluded and published, one rectification) and its
// running round (drawn, inspections under way); both draws re-run to their published result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { INSPECTIONS_STEP } from '../../src/persistence/seed/demo/inspections.js';
import { getPublicDraw } from '../../src/use-cases/draw/public-draw-record.js';
import { listPublicRounds } from '../../src/use-cases/inspections/inspection-reads.js';
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

describe('demo inspections (§25 双随机、一公开)', () => {
  it('guizhou has a completed round and a running one', async () => {
    expect(loaded).toContain(INSPECTIONS_STEP);
    const rounds = await h.db
      .selectFrom('inspection_rounds as r')
      .innerJoin('users as u', 'u.authority_id', 'r.authority_id')
      .select(['r.id', 'r.status', 'r.draw_id'])
      .where('u.username', '=', 'guizhou')
      .orderBy('r.created_at')
      .execute();
    const statuses = rounds.map((r) => r.status);
    expect(statuses).toContain('completed');
    expect(statuses.some((s) => s === 'drawn' || s === 'in_progress')).toBe(true);
  });

  it('every inspection of the completed round is concluded and published; one found a problem and has a rectification', async () => {
    const rows = await h.db
      .selectFrom('inspections as i')
      .innerJoin('inspection_rounds as r', 'r.id', 'i.round_id')
      .select(['i.status', 'i.outcome', 'i.published_on', 'i.rectification_id'])
      .where('r.status', '=', 'completed')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'concluded' && r.published_on !== null)).toBe(true);
    expect(rows.filter((r) => r.outcome === 'rectify' && r.rectification_id !== null)).toHaveLength(1);
  });

  it('each drawn round’s public draw re-runs to its result, and the public list shows the outcomes', async () => {
    const draws = await h.db
      .selectFrom('inspection_rounds')
      .select('draw_id')
      .where('status', '!=', 'planned')
      .execute();
    expect(draws.length).toBeGreaterThanOrEqual(2);
    for (const d of draws) {
      const pub = await getPublicDraw(h.db, d.draw_id);
      expect(pub.check).toEqual({ commitmentMatches: true, inputsCanonical: true, resultMatches: true });
    }
    const list = await listPublicRounds(h.db, {});
    expect(list.flatMap((r) => r.inspections).some((i) => i.outcome === 'rectify')).toBe(true);
  });

  it('the entry panels drawn by the demo are public draws, each committed before its draw', async () => {
    const panels = await h.db
      .selectFrom('public_draws')
      .select(['id'])
      .where('purpose', '=', 'review_panel')
      .execute();
    expect(panels.length).toBeGreaterThan(0);
    for (const p of panels) {
      const pub = await getPublicDraw(h.db, p.id);
      expect(pub.check?.resultMatches).toBe(true);
      // 公布抽取承诺 came first (decision 0038): the demo commits before each draw_panel.
      expect(pub.committedBeforeDraw).toBe(true);
    }
  });
});
