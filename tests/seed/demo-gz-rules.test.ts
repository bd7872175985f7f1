// The two demo 贵州 social organisations, measured against the numbers of gz-rules §6(5)–(7) as
// raw facts from the database: 黔程 meets every one, 汇才 misses several. (The rule engine's own
// tests judge these facts; this file checks that the demo data says what it claims to.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase } from '../support/test-database.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';

// A fixed key for tests only (tests/support/test-app.ts uses the same; importing it would load the app).
const TEST_DATA_KEY = Buffer.alloc(32, 7).toString('base64');

const GOOD = '52520115MJ5K3R2C8B'; // 贵阳市黔程职业技能评价中心
const WEAK = '52520302MJ5H7QD49N'; // 遵义市汇才职业技能评价中心
const REQUIRED_ROOMS = ['考务室', '保密室', '档案室', '候考室'];

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
  await seedAll(h.db, { demo: true, personalData: createPersonalDataProtector(TEST_DATA_KEY) });
});
afterAll(async () => h.close());

interface Facts {
  kind: string;
  fullTimeStaff: number;
  qualitySupervisors: number;
  assessorsPerOccupation: Record<string, number>;
  sites: {
    tenure: string;
    lease_start: string | null;
    lease_end: string | null;
    floor_area_m2: number;
    functional_rooms: string[];
    exam_rooms: number;
    computer_seats: number;
    desk_spacing_cm: number | null;
    cctv_exam_rooms: boolean;
    cctv_full_coverage: boolean;
  }[];
}

async function facts(uscc: string): Promise<Facts> {
  const inst = await h.db
    .selectFrom('institutions')
    .select(['id', 'kind'])
    .where('uscc', '=', uscc)
    .executeTakeFirstOrThrow();
  const roleCount = async (role: string) =>
    (
      await sql<{
        n: number;
      }>`select count(distinct s.id)::int as n from staff s join staff_roles r on r.staff_id = s.id
        where s.institution_id = ${inst.id} and s.active and r.role = ${role}`.execute(h.db)
    ).rows[0]!.n;
  const assessors = await sql<{ occupation_code: string; n: number }>`
    select sc.occupation_code, count(distinct r.staff_id)::int as n
    from (select distinct occupation_code from institution_scopes where institution_id = ${inst.id}) sc
    left join staff_roles r on r.role = 'assessor' and r.occupation_code = sc.occupation_code
      and r.staff_id in (select id from staff where institution_id = ${inst.id} and active)
    group by sc.occupation_code order by sc.occupation_code`.execute(h.db);
  const sites = await h.db
    .selectFrom('sites')
    .select([
      'tenure',
      'lease_start',
      'lease_end',
      'floor_area_m2',
      'functional_rooms',
      'exam_rooms',
      'computer_seats',
      'desk_spacing_cm',
      'cctv_exam_rooms',
      'cctv_full_coverage',
    ])
    .where('institution_id', '=', inst.id)
    .execute();
  return {
    kind: inst.kind,
    fullTimeStaff: await roleCount('full_time_staff'),
    qualitySupervisors: await roleCount('quality_supervisor'),
    assessorsPerOccupation: Object.fromEntries(assessors.rows.map((r) => [r.occupation_code, r.n])),
    sites,
  };
}

/** Whole years a lease runs, counting both end dates (2024-03-01 … 2029-02-28 is 5 years). */
function leaseYears(start: string, end: string): number {
  const s = new Date(`${start}T00:00:00Z`);
  const dayAfterEnd = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000);
  let years = dayAfterEnd.getUTCFullYear() - s.getUTCFullYear();
  const anniversary = new Date(s);
  anniversary.setUTCFullYear(s.getUTCFullYear() + years);
  if (anniversary > dayAfterEnd) years--;
  return years;
}

describe('the demo 贵州 social organisation that meets gz-rules §6', () => {
  let f: Facts;
  beforeAll(async () => {
    f = await facts(GOOD);
  });

  it('is a social organisation with 3 full-time staff — gz-rules §6(5): at least 3', () => {
    expect(f.kind).toBe('social_org');
    expect(f.fullTimeStaff).toBe(3);
  });

  it('has 3 quality supervisors and 4 assessors for each of its 3 occupations — gz-rules §6(6): ≥ 3 and ≥ 4', () => {
    expect(f.qualitySupervisors).toBe(3);
    expect(f.assessorsPerOccupation).toEqual({ '4-03-02-01': 4, '4-10-01-03': 4, '4-10-01-05': 4 });
  });

  it('has one leased site: a 5-year lease, 420.5 m², the four rooms, 3 exam rooms and 64 seats, desks 85 cm apart, CCTV — gz-rules §6(7)', () => {
    expect(f.sites).toHaveLength(1);
    const s = f.sites[0]!;
    expect(s.tenure).toBe('leased');
    expect(leaseYears(s.lease_start!, s.lease_end!)).toBe(5);
    expect(s.floor_area_m2).toBe(420.5);
    expect(s.functional_rooms).toEqual(expect.arrayContaining(REQUIRED_ROOMS));
    expect([s.exam_rooms, s.computer_seats]).toEqual([3, 64]);
    expect(s.desk_spacing_cm).toBe(85);
    expect([s.cctv_exam_rooms, s.cctv_full_coverage]).toEqual([true, true]);
  });
});

describe('the demo 贵州 social organisation that misses gz-rules §6', () => {
  let f: Facts;
  beforeAll(async () => {
    f = await facts(WEAK);
  });

  it('has 3 full-time staff (meets §6(5)) but only 2 quality supervisors and 3 assessors for 茶叶加工工 (misses §6(6))', () => {
    expect(f.kind).toBe('social_org');
    expect(f.fullTimeStaff).toBe(3);
    expect(f.qualitySupervisors).toBe(2);
    expect(f.assessorsPerOccupation).toEqual({ '4-03-02-07': 4, '6-02-06-10': 3 });
  });

  it('leases for 2 years 10 months, has no 候考室 and puts desks 79 cm apart (misses §6(7)); 110 m², 2 exam rooms and CCTV meet it', () => {
    expect(f.sites).toHaveLength(1);
    const s = f.sites[0]!;
    expect(s.tenure).toBe('leased');
    expect([s.lease_start, s.lease_end]).toEqual(['2024-09-01', '2027-06-30']);
    expect(leaseYears(s.lease_start!, s.lease_end!)).toBe(2);
    expect(s.functional_rooms).not.toContain('候考室');
    expect(s.desk_spacing_cm).toBe(79);
    expect(s.floor_area_m2).toBe(110);
    expect(s.exam_rooms).toBe(2);
    expect([s.cctv_exam_rooms, s.cctv_full_coverage]).toEqual([true, true]);
  });
});
