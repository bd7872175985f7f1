// The pure parts of the Guizhou selection and dept-pilot procedures, without a database: the facts
// built from registry data at the thresholds of gz-rules §6 (desk spacing 80 cm, 4 assessors, 3
// supervisors), the reading of "与拟认定职业（工种）、等级相匹配" for assessors, the legal form read from
// the USCC, and the machines' transitions each citing their own text.
import { describe, expect, it } from 'vitest';
import { evaluateSelection } from '../../src/workflows/gz-selection/results.js';
import {
  legalFormOf,
  matchingAssessors,
  type RegistryFacts,
} from '../../src/workflows/gz-selection/registry-facts.js';
import type { Application } from '../../src/workflows/gz-selection/data.js';
import { gzSelectionMachine } from '../../src/workflows/gz-selection/machine.js';
import { deptPilotMachine } from '../../src/workflows/dept-pilot/machine.js';
import { deptPilotBranchMachine } from '../../src/workflows/dept-pilot/branch-machine.js';
import { bodyKindOf } from '../../src/workflows/dept-pilot/body.js';
import { paths, type Machine } from '../../src/workflows/machine.js';

const ASOF = '2026-11-25';
const CODE = '4-10-01-05';

function registry(
  p: { deskSpacingCm?: number | null; assessorLevels?: (number | null)[]; supervisors?: number } = {},
): RegistryFacts {
  return {
    institution: {
      id: 'i',
      name: '测试评价中心',
      kind: 'social_org',
      uscc: '52520115MJ5K3R2C8B',
      jurisdictionCode: '520100',
    },
    fullTimeStaff: 3,
    qualitySupervisors: p.supervisors ?? 3,
    assessors: (p.assessorLevels ?? [3, 3, 3, 3]).map((level, n) => ({
      staffId: `s${n}`,
      occupationCode: CODE,
      level,
    })),
    site: {
      id: 'site',
      name: '考点',
      tenure: 'owned',
      leaseStart: null,
      leaseEnd: null,
      floorAreaM2: 100,
      functionalRooms: ['考务室', '保密室', '档案室', '候考室'],
      examRooms: 2,
      computerSeats: 0,
      deskSpacingCm: p.deskSpacingCm === undefined ? 80 : p.deskSpacingCm,
      cctvExamRooms: true,
      cctvFullCoverage: true,
    },
    siteCount: 1,
  };
}

const application = (levels: number[] = [5, 4, 3]): Application => ({
  occupations: [{ code: CODE, levels, trainingVolume: 1000 }],
  siteId: '00000000-0000-4000-8000-000000000000',
  trainingHistorySince: '2020-01-01',
  managementSystems: [
    'exam_affairs',
    'personnel',
    'finance',
    'archives',
    'question_bank',
    'certificates',
    'violations',
  ],
  expertTeam: true,
  officeAndCommunicationEquipment: true,
  singleSeatPerDesk: true,
});

const finding = (r: ReturnType<typeof evaluateSelection>, id: string) =>
  [...r.institution.findings, ...r.occupations.flatMap((o) => o.findings)].find((f) => f.ruleId === id)!;

describe('gz-rules §6 from registry facts, at the thresholds', () => {
  it('§6(7): desks 80 cm apart pass, 79 cm fail; a spacing not registered counts as 0 and fails', () => {
    expect(
      finding(
        evaluateSelection('social_org', application(), undefined, registry({ deskSpacingCm: 80 }), ASOF),
        'gz-rules/6/7/desk-spacing',
      ).passed,
    ).toBe(true);
    expect(
      finding(
        evaluateSelection('social_org', application(), undefined, registry({ deskSpacingCm: 79 }), ASOF),
        'gz-rules/6/7/desk-spacing',
      ).passed,
    ).toBe(false);
    const none = evaluateSelection(
      'social_org',
      application(),
      undefined,
      registry({ deskSpacingCm: null }),
      ASOF,
    );
    expect(finding(none, 'gz-rules/6/7/desk-spacing')).toMatchObject({
      passed: false,
      values: { actual: 0 },
    });
  });

  it('§6(6): 4 assessors pass and 3 fail — for that occupation only; 3 supervisors pass and 2 fail the institution', () => {
    const four = evaluateSelection('social_org', application(), undefined, registry(), ASOF);
    expect(four.occupations[0]!.assessors).toBe(4);
    expect(four.occupations[0]!.outcome).not.toBe('fail');
    const three = evaluateSelection(
      'social_org',
      application(),
      undefined,
      registry({ assessorLevels: [3, 3, 3] }),
      ASOF,
    );
    expect(three.occupations[0]!.outcome).toBe('fail');
    expect(three.institution.outcome).not.toBe('fail');
    const two = evaluateSelection('social_org', application(), undefined, registry({ supervisors: 2 }), ASOF);
    expect(two.institution.outcome).toBe('fail');
    expect(two.overall).toBe('not_selectable');
  });

  it('§6(6) 等级相匹配: an assessor accredited up to level 4 counts for levels 5–4 but not for an application reaching level 3', () => {
    const r = registry({ assessorLevels: [3, 3, 3, 4] });
    expect(matchingAssessors(r, CODE, [5, 4])).toBe(4);
    expect(matchingAssessors(r, CODE, [5, 4, 3])).toBe(3);
    expect(matchingAssessors(registry({ assessorLevels: [null, 3, 3, 3] }), CODE, [3])).toBe(4);
  });

  it('no registered site: the site conditions cannot be verified and nothing is selectable', () => {
    const r = { ...registry(), site: null };
    const res = evaluateSelection('social_org', application(), undefined, r, ASOF);
    expect(finding(res, 'gz-selection/site').passed).toBe(false);
    expect(res.overall).toBe('not_selectable');
  });
});

describe('legal form and body kind from the USCC (GB 32100-2015)', () => {
  it('9x enterprise, 51 social group, 52 private non-enterprise unit, 12 public institution (a school is a school)', () => {
    expect(legalFormOf('employer', '91520302MA6DT3K2XA')).toBe('enterprise');
    expect(legalFormOf('social_org', '51100000MJ0H4K8A4A')).toBe('social_group');
    expect(legalFormOf('social_org', '52520115MJ5K3R2C8B')).toBe('private_non_enterprise');
    expect(legalFormOf('social_org', '12522601429571J342')).toBe('public_institution');
    expect(legalFormOf('school', '12522601429571J342')).toBe('school');
    expect(bodyKindOf('industry_org', '51100000MJ0H4K8A4A')).toBe('association');
    expect(bodyKindOf('social_org', '11100000000000000X')).toBe('government_body');
  });
});

describe('the machines', () => {
  it.each([
    ['gz-selection', gzSelectionMachine, 'gz-rules'],
    ['dept-pilot', deptPilotMachine, 'dept-pilot'],
    ['dept-pilot-branch', deptPilotBranchMachine, 'dept-pilot'],
  ] as const)('%s: every transition cites its own text and is reached by a path', (_id, machine, source) => {
    for (const t of machine.transitions) expect(t.citations.every((c) => c.source === source)).toBe(true);
    expect(paths(machine as unknown as Machine)).toHaveLength(machine.transitions.length);
  });
});
