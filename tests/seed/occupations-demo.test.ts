import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OCCUPATION_COLUMNS, parseOccupationsCsv } from '../../src/persistence/occupations-import.js';
import { DEMO_OCCUPATIONS_FILE } from '../../src/persistence/seed/occupations-demo.js';
import { DEMO_OCCUPATION_STANDARDS } from '../../src/persistence/seed/occupation-standards.js';
import { DEMO_SCOPES } from '../../src/persistence/seed/demo/scopes.js';
import { DEMO_STAFF } from '../../src/persistence/seed/demo/staff.js';
import { DEMO_EXPERTS } from '../../src/persistence/seed/demo/experts.js';

const SHARED = fileURLToPath(new URL('../../../shared/data/occupations-2022.csv', import.meta.url));
const demoText = readFileSync(DEMO_OCCUPATIONS_FILE, 'utf8');
const demo = parseOccupationsCsv(demoText);
const demoCodes = new Set(demo.rows.map((r) => r.code));

describe('the demo occupation subset (occupations-demo.csv)', () => {
  it('is a valid import file: the catalogue header, no bad row, at least 60 occupations covering 大类 2–6 only', () => {
    expect(demoText.split('\n')[0]).toBe(OCCUPATION_COLUMNS.join(','));
    expect(demo.issues).toEqual([]);
    expect(demo.rows.length).toBeGreaterThanOrEqual(60);
    expect([...new Set(demo.rows.map((r) => r.major_code))].sort()).toEqual(['2', '3', '4', '5', '6']);
  });

  // With the shared catalogue beside the repository, every row must be a verbatim copy of its row
  // there; without it, the structural checks above are all that can be asserted.
  it(`${existsSync(SHARED) ? 'copies every row verbatim from' : 'cannot be compared: absent'} shared/data/occupations-2022.csv`, () => {
    if (!existsSync(SHARED)) {
      expect(demo.rows.every((r) => /^[2-6]-\d{2}-\d{2}-\d{2}$/.test(r.code))).toBe(true);
      return;
    }
    const shared = new Map(
      readFileSync(SHARED, 'utf8')
        .split(/\r?\n/)
        .filter((l) => l !== '')
        .map((l) => [l.slice(0, l.indexOf(',')), l] as const),
    );
    const lines = demoText
      .split(/\r?\n/)
      .filter((l) => l !== '')
      .slice(1);
    expect(lines.length).toBe(demo.rows.length);
    for (const line of lines) expect(shared.get(line.slice(0, line.indexOf(',')))).toBe(line);
  });

  it('holds every occupation the demo data refers to (scopes, assessors, experts, standards)', () => {
    const used = [
      ...DEMO_SCOPES.map((s) => s.occupation),
      ...Object.values(DEMO_STAFF).flatMap((people) =>
        people.flatMap((p) => p.roles.flatMap((r) => (typeof r === 'string' ? [] : [r.assessor]))),
      ),
      ...DEMO_EXPERTS.flatMap((e) => e.specialties),
      ...DEMO_OCCUPATION_STANDARDS.map((s) => s.occupation_code),
    ];
    expect(used.filter((c) => !demoCodes.has(c))).toEqual([]);
  });

  it('lists national standards without an invented 文号: document number and date stay empty until confirmed', () => {
    expect(DEMO_OCCUPATION_STANDARDS.length).toBeGreaterThan(0);
    for (const s of DEMO_OCCUPATION_STANDARDS) {
      expect(s).toMatchObject({ kind: 'national_standard', document_no: null, issued_on: null });
      expect(s.notes).toContain('to be confirmed');
    }
  });
});
