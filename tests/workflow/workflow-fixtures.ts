// Parties for the workflow tests: Guizhou and Yunnan authorities, an applicant institution and a
// foreign one, their staff, an expert and a system administrator — as Actors, without logging in.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/persistence/database.js';
import type { Actor } from '../../src/policies/actor.js';
import { dated, type Parameter } from '../../src/parameters/parameter.js';
import { ACCEPTANCE } from '../../src/workflows/example-machine.test-support.js';

export interface Parties {
  gzAuthority: string;
  ynAuthority: string;
  institution: string;
  otherInstitution: string;
  applicant: Actor;
  otherApplicant: Actor;
  officer: Actor;
  colleague: Actor;
  foreignOfficer: Actor;
  nationalOfficer: Actor;
  expert: Actor;
  strayExpert: Actor;
  sysadmin: Actor;
}

export const acceptanceDays: Parameter<number> = {
  id: 'example.acceptance_days',
  description_zh: '受理答复期限',
  description_en: 'acceptance answer period',
  unit: 'working_days',
  versions: dated('2021-12-23', 10, ACCEPTANCE),
};
export const parameters = (id: string) => (id === acceptanceDays.id ? acceptanceDays : undefined);

let counter = 0;
const uscc = () => `91520100MA${String(++counter).padStart(6, '0')}${randomUUID().slice(0, 2).toUpperCase()}`;

export async function createParties(db: Database): Promise<Parties> {
  await db
    .insertInto('jurisdictions')
    .values([
      { code: '000000', name: '全国', level: 'national', parent_code: null, source: 'GB/T 2260' },
      { code: '520000', name: '贵州省', level: 'province', parent_code: null, source: 'GB/T 2260' },
      { code: '530000', name: '云南省', level: 'province', parent_code: null, source: 'GB/T 2260' },
    ])
    .onConflict((oc) => oc.doNothing())
    .execute();
  const authority = async (name: string, kind: 'provincial_hrss' | 'national_centre', code: string) => {
    const id = randomUUID();
    await db
      .insertInto('authorities')
      .values({ id, name, kind, jurisdiction_code: code, industry: null })
      .execute();
    return id;
  };
  const gzAuthority = await authority('贵州省人力资源和社会保障厅', 'provincial_hrss', '520000');
  const ynAuthority = await authority('云南省人力资源和社会保障厅', 'provincial_hrss', '530000');
  const national = await authority('中国就业培训技术指导中心', 'national_centre', '000000');
  const institution = async (name: string) => {
    const id = randomUUID();
    await db
      .insertInto('institutions')
      .values({
        id,
        name,
        kind: 'employer',
        uscc: uscc(),
        legal_representative: '张三',
        address: '贵阳市观山湖区',
        jurisdiction_code: '520000',
        authority_id: gzAuthority,
        contact_phone: null,
        established_on: null,
      })
      .execute();
    return id;
  };
  const inst = await institution('贵州黔匠职业技能评价有限公司');
  const other = await institution('贵州另一家评价有限公司');
  const expertId = randomUUID();
  const strayExpertId = randomUUID();
  for (const [id, name] of [
    [expertId, '李专家'],
    [strayExpertId, '王专家'],
  ] as const) {
    await db
      .insertInto('experts')
      .values({
        id,
        name,
        employer_name: '贵州大学',
        employer_uscc: null,
        title: '教授',
        phone: null,
        id_number_enc: null,
        id_number_hmac: null,
        id_number_masked: null,
      })
      .execute();
  }
  const user = async (a: Omit<Actor, 'userId' | 'username'>): Promise<Actor> => {
    const userId = randomUUID();
    const username = `u${userId.slice(0, 8)}`;
    await db
      .insertInto('users')
      .values({
        id: userId,
        username,
        display_name: username,
        password_hash: 'not-used',
        role: a.role,
        authority_id: a.authorityId ?? null,
        institution_id: a.institutionId ?? null,
        expert_id: a.expertId ?? null,
      })
      .execute();
    return { userId, username, ...a };
  };
  const officerOf = (authorityId: string, jurisdictionCode: string, authorityKind = 'provincial_hrss') =>
    user({ role: 'authority_staff', authorityId, authorityKind, jurisdictionCode });
  return {
    gzAuthority,
    ynAuthority,
    institution: inst,
    otherInstitution: other,
    applicant: await user({ role: 'institution_staff', institutionId: inst }),
    otherApplicant: await user({ role: 'institution_staff', institutionId: other }),
    officer: await officerOf(gzAuthority, '520000'),
    colleague: await officerOf(gzAuthority, '520000'),
    foreignOfficer: await officerOf(ynAuthority, '530000'),
    nationalOfficer: await officerOf(national, '000000', 'national_centre'),
    expert: await user({ role: 'expert', expertId }),
    strayExpert: await user({ role: 'expert', expertId: strayExpertId }),
    sysadmin: await user({ role: 'sysadmin' }),
  };
}
