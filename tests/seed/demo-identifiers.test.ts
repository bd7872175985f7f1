import { describe, expect, it } from 'vitest';
import { parseUscc } from '../../src/domain/uscc.js';
import { parseIdNumber } from '../../src/domain/id-number.js';
import { DEMO_BRANCHES, DEMO_INSTITUTIONS } from '../../src/persistence/seed/demo/institutions.js';
import { DEMO_STAFF } from '../../src/persistence/seed/demo/staff.js';
import { DEMO_EXPERTS } from '../../src/persistence/seed/demo/experts.js';

const usccs = [
  ...DEMO_INSTITUTIONS.map((i) => ({ who: i.name, uscc: i.uscc })),
  ...DEMO_BRANCHES.map((b) => ({ who: b.name, uscc: b.uscc })),
  ...DEMO_EXPERTS.flatMap((e) => (e.employerUscc ? [{ who: e.employerName, uscc: e.employerUscc }] : [])),
];
const people = [
  ...Object.values(DEMO_STAFF).flatMap((list) => list.map((p) => ({ who: p.name, id: p.idNumber }))),
  ...DEMO_EXPERTS.flatMap((e) => (e.idNumber ? [{ who: e.name, id: e.idNumber }] : [])),
];

describe('demo identifiers', () => {
  it(`every demo USCC (${usccs.length}) passes GB 32100 (MOD 31) and its GB 11714 organisation-code check`, () => {
    const failures = usccs.filter((u) => !parseUscc(u.uscc).ok);
    expect(failures).toEqual([]);
  });

  it(`every demo 身份证号 (${people.length}) passes GB 11643 (MOD 11-2), with a real birth date`, () => {
    const failures = people.filter((p) => !parseIdNumber(p.id, { asOf: '2026-01-01' }).ok);
    expect(failures).toEqual([]);
  });

  it('no two demo organisations share a USCC and no person appears twice', () => {
    const distinctEmployers = new Map(usccs.map((u) => [u.uscc, u.who]));
    expect(new Set(DEMO_INSTITUTIONS.map((i) => i.uscc)).size).toBe(DEMO_INSTITUTIONS.length);
    for (const u of usccs) expect(distinctEmployers.get(u.uscc)).toBe(u.who);
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
  });

  it('each USCC fits its organisation: 事业单位 12 for schools, 社会团体 51 for the association, 91 or 52 otherwise', () => {
    const expected: Record<string, string[]> = {
      school: ['12'],
      industry_org: ['51'],
      social_org: ['52', '91'],
      employer: ['91'],
      training_org: ['91'],
    };
    for (const i of DEMO_INSTITUTIONS) expect(expected[i.kind]).toContain(i.uscc.slice(0, 2));
    // Registered where they sit: the division code is in the institution's province (10 = national registration).
    for (const i of DEMO_INSTITUTIONS) {
      expect([i.jurisdictionCode.slice(0, 2), '10']).toContain(i.uscc.slice(2, 4));
    }
  });
});
