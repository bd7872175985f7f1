import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase } from '../support/test-database.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { DEMO_STEPS, seedAll } from '../../src/persistence/seed/seed-all.js';
import { importOccupations } from '../../src/persistence/occupations-import.js';
import { DEMO_INSTITUTIONS, DEMO_BRANCHES } from '../../src/persistence/seed/demo/institutions.js';
import { DEMO_STAFF } from '../../src/persistence/seed/demo/staff.js';
import { DEMO_EXPERTS } from '../../src/persistence/seed/demo/experts.js';
import { DEMO_ACCOUNTS } from '../../src/persistence/seed/demo/accounts.js';
import { DEMO_AUTHORITIES } from '../../src/persistence/seed/demo/authorities.js';
import { DEMO_SITES } from '../../src/persistence/seed/demo/sites.js';
import { DEMO_SCOPES } from '../../src/persistence/seed/demo/scopes.js';
import { DEMO_OCCUPATION_STANDARDS } from '../../src/persistence/seed/occupation-standards.js';
import { DEMO_PREFECTURES } from '../../src/persistence/seed/jurisdictions.js';

// A fixed key for tests only (tests/support/test-app.ts uses the same; importing it would load the app).
const TEST_DATA_KEY = Buffer.alloc(32, 7).toString('base64');

const TABLES = [
  'jurisdictions',
  'skill_levels',
  'occupation_editions',
  'occupations',
  'occupation_standards',
  'authorities',
  'institutions',
  'institution_status_history',
  'branches',
  'sites',
  'institution_scopes',
  'staff',
  'staff_roles',
  'experts',
  'expert_pools',
  'expert_pool_members',
  'expert_conflicts',
  'users',
  'seed_runs',
  'audit_log',
] as const;

const personalData = createPersonalDataProtector(TEST_DATA_KEY);
let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => h.close());

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(h.db);
    out[t] = r.rows[0]!.n;
  }
  return out;
}

describe('seedAll', () => {
  it('without the demo loads the national level, 31 provinces, the 兵团 as 660000 and the five skill levels — nothing else', async () => {
    expect(await seedAll(h.db, { demo: false, personalData })).toEqual({ loaded: [] });
    const j = await h.db.selectFrom('jurisdictions').selectAll().orderBy('code').execute();
    expect(j.length).toBe(33);
    expect(j[0]).toMatchObject({ code: '000000', name: '全国', level: 'national', parent_code: null });
    expect(j.filter((x) => x.level === 'province' && x.parent_code === '000000').length).toBe(32);
    expect(j.find((x) => x.code === '520000')).toMatchObject({
      name: '贵州省',
      source: expect.stringContaining('GB/T 2260'),
    });
    expect(j.find((x) => x.code === '650000')?.name).toBe('新疆维吾尔自治区');
    expect(j.find((x) => x.code === '660000')).toMatchObject({
      name: '新疆生产建设兵团',
      level: 'province',
      source: expect.stringContaining('非 GB/T 2260 代码'),
    });
    const levels = await h.db.selectFrom('skill_levels').selectAll().orderBy('level', 'desc').execute();
    expect(levels.map((l) => `${l.level} ${l.name_zh}/${l.title_zh} ${l.name_en}`)).toEqual([
      '5 五级/初级工 Level 5 Elementary',
      '4 四级/中级工 Level 4 Intermediate',
      '3 三级/高级工 Level 3 Advanced',
      '2 二级/技师 Level 2 Technician',
      '1 一级/高级技师 Level 1 Senior technician',
    ]);
    const c = await counts();
    expect([c.institutions, c.occupations, c.users, c.seed_runs]).toEqual([0, 0, 0, 0]);
  });

  it('upserts reference data on every start: a damaged name is restored', async () => {
    await h.db.updateTable('jurisdictions').set({ name: '贵州' }).where('code', '=', '520000').execute();
    await seedAll(h.db, { demo: false, personalData });
    const gz = await h.db
      .selectFrom('jurisdictions')
      .select('name')
      .where('code', '=', '520000')
      .executeTakeFirstOrThrow();
    expect(gz.name).toBe('贵州省');
  });

  it('loads the demo once — even when two servers start together — in recorded, audited steps; a later start changes no row count', async () => {
    // A full import that came first keeps its edition and names: the demo subset only fills gaps.
    await importOccupations(
      h.db,
      'code,name,major_code,major_name,middle_code,middle_name,minor_code,minor_name\n' +
        '6-31-01-03,电工（更正版）,6,生产制造及有关人员,6-31,生产辅助人员,6-31-01,机械设备修理人员\n',
      { edition: '2022', title: '大典 2022', source: 'test' },
    );

    // Two servers starting at once: each step runs exactly once, whichever claims it first.
    const [a, b] = await Promise.all([
      seedAll(h.db, { demo: true, personalData }),
      seedAll(h.db, { demo: true, personalData }),
    ]);
    expect([...a.loaded, ...b.loaded].sort()).toEqual([...DEMO_STEPS].sort());
    const after = await counts();
    expect(after).toMatchObject({
      jurisdictions: 33 + DEMO_PREFECTURES.length,
      authorities: DEMO_AUTHORITIES.length,
      institutions: DEMO_INSTITUTIONS.length,
      branches: DEMO_BRANCHES.length,
      sites: DEMO_SITES.length,
      institution_scopes: DEMO_SCOPES.reduce((n, s) => n + s.levels.length, 0),
      staff: Object.values(DEMO_STAFF).flat().length,
      experts: DEMO_EXPERTS.length,
      occupation_standards: DEMO_OCCUPATION_STANDARDS.length,
      users: DEMO_ACCOUNTS.length,
      seed_runs: DEMO_STEPS.length,
    });
    expect(after.occupations).toBeGreaterThanOrEqual(60);
    const electrician = await h.db
      .selectFrom('occupations')
      .selectAll()
      .where('code', '=', '6-31-01-03')
      .executeTakeFirstOrThrow();
    expect(electrician).toMatchObject({ name: '电工（更正版）', edition: '2022' });
    const welder = await h.db
      .selectFrom('occupations')
      .selectAll()
      .where('code', '=', '6-18-02-04')
      .executeTakeFirstOrThrow();
    expect(welder).toMatchObject({ name: '焊工', edition: '2022-demo' });

    const audit = await h.db
      .selectFrom('audit_log')
      .select(['entity_id', 'action'])
      .where('entity', '=', 'seed_run')
      .orderBy('id')
      .execute();
    expect(
      audit.sort(
        (x, y) => DEMO_STEPS.indexOf(x.entity_id as never) - DEMO_STEPS.indexOf(y.entity_id as never),
      ),
    ).toEqual(DEMO_STEPS.map((s) => ({ entity_id: s, action: 'load' })));

    expect(await seedAll(h.db, { demo: true, personalData })).toEqual({ loaded: [] });
    expect(await counts()).toEqual(after);
  });

  it('never brings back demo records that users have changed or removed', async () => {
    await h.db
      .updateTable('institutions')
      .set({ name: '黔程评价中心（已更名）' })
      .where('uscc', '=', '52520115MJ5K3R2C8B')
      .execute();
    await h.db.deleteFrom('users').where('username', '=', 'jco').execute();
    await seedAll(h.db, { demo: true, personalData });
    const inst = await h.db
      .selectFrom('institutions')
      .select('name')
      .where('uscc', '=', '52520115MJ5K3R2C8B')
      .executeTakeFirstOrThrow();
    expect(inst.name).toBe('黔程评价中心（已更名）');
    expect(await h.db.selectFrom('users').select('id').where('username', '=', 'jco').execute()).toEqual([]);
  });

  it('stores staff and expert document numbers only encrypted, with the HMAC index and the masked copy', async () => {
    const rows = await h.db.selectFrom('staff').selectAll().execute();
    const plain = new Set(Object.values(DEMO_STAFF).flatMap((list) => list.map((p) => p.idNumber)));
    expect(rows.length).toBe(plain.size);
    for (const r of rows) {
      const number = personalData.reveal(r.id_number_enc);
      expect(plain.has(number)).toBe(true);
      expect(r.id_number_hmac).toBe(personalData.lookupHash(number));
      expect(r.id_number_masked).toBe(`${number.slice(0, 3)}***********${number.slice(14)}`);
      expect(r.id_doc_type).toBe('resident_id');
    }
    const everything = JSON.stringify([rows, await h.db.selectFrom('experts').selectAll().execute()]);
    for (const n of [...plain, ...DEMO_EXPERTS.flatMap((e) => (e.idNumber ? [e.idNumber] : []))]) {
      expect(everything.includes(n)).toBe(false);
    }
    const experts = await h.db
      .selectFrom('experts')
      .select(['name', 'id_number_enc', 'id_doc_type'])
      .execute();
    for (const e of experts) {
      const demo = DEMO_EXPERTS.find((d) => d.name === e.name)!;
      expect(e.id_number_enc ? personalData.reveal(e.id_number_enc) : null).toBe(demo.idNumber);
      expect(e.id_doc_type).toBe(demo.idNumber ? 'resident_id' : null);
    }
  });

  it('puts the national employer under the national centre with a branch in each province, and experts in the three pools', async () => {
    const branches = await h.db
      .selectFrom('branches')
      .innerJoin('institutions', 'institutions.id', 'branches.institution_id')
      .innerJoin('authorities', 'authorities.id', 'institutions.authority_id')
      .select(['branches.jurisdiction_code', 'authorities.kind', 'institutions.kind as institutionKind'])
      .orderBy('institutions.kind')
      .orderBy('branches.jurisdiction_code')
      .execute();
    expect(branches).toEqual([
      { jurisdiction_code: '330200', kind: 'national_centre', institutionKind: 'employer' },
      { jurisdiction_code: '520100', kind: 'national_centre', institutionKind: 'employer' },
      // dept-pilot 三（四）: the industry association's Guizhou branch, to be filed locally.
      { jurisdiction_code: '520100', kind: 'industry_department', institutionKind: 'industry_org' },
    ]);
    const pools = await sql<{ kind: string; members: number }>`
      select a.kind, count(*)::int as members from expert_pools p
      join authorities a on a.id = p.authority_id join expert_pool_members m on m.pool_id = p.id
      group by a.kind order by a.kind`.execute(h.db);
    expect(pools.rows).toEqual([
      { kind: 'joint_conference_office', members: 5 },
      { kind: 'national_centre', members: 9 },
      { kind: 'provincial_hrss', members: 8 },
    ]);
    // Conflict checks have material: experts employed by a demo institution, found by USCC.
    const employed = await sql<{ n: number }>`
      select count(*)::int as n from experts e join institutions i on i.uscc = e.employer_uscc`.execute(h.db);
    expect(employed.rows[0]!.n).toBe(4);
  });
});
