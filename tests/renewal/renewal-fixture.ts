// A small Guizhou world for the renewal tests, written straight into the database (no demo seed): an
// institution of a chosen kind with a staff account, a gz-rules directory entry (occupations × levels,
// validity), its registry scopes, and certificates issued on chosen days with chosen statuses.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/persistence/database.js';
import type { InstitutionKind } from '../../src/persistence/schema.js';
import type { Actor } from '../../src/policies/actor.js';
import type { Fixture } from '../support/personas.js';
import { makeUscc } from '../support/personas.js';
import { insertGzEntry } from '../support/gz-entry.js';

export const OCC_A = '4-04-05-01';
export const OCC_B = '6-18-01-01';
export const OCC_C = '4-03-02-01';

let n = 0;

export async function institution(
  db: Database,
  f: Fixture,
  kind: InstitutionKind,
): Promise<{ id: string; staff: Actor }> {
  const id = randomUUID();
  await db
    .insertInto('institutions')
    .values({
      id,
      name: `续期测试机构${++n}`,
      kind,
      uscc: makeUscc('520100', 700_000 + n),
      legal_representative: '李四',
      address: '贵阳市',
      jurisdiction_code: '520100',
      authority_id: f.authorities.guizhou,
      status: 'active',
      contact_phone: null,
      established_on: '2015-03-01',
    })
    .execute();
  const userId = randomUUID();
  const username = `rn${userId.slice(0, 8)}`;
  await db
    .insertInto('users')
    .values({
      id: userId,
      username,
      display_name: username,
      password_hash: 'not-used',
      role: 'institution_staff',
      authority_id: null,
      institution_id: id,
      expert_id: null,
    })
    .execute();
  return { id, staff: { userId, username, role: 'institution_staff', institutionId: id } };
}

/** A gz-rules entry of the institution with the occupations (each at levels 3 and 4) and their scopes. */
export async function entry(
  db: Database,
  f: Fixture,
  institutionId: string,
  occupations: string[],
  validFrom: string,
  validTo: string,
): Promise<string> {
  return insertGzEntry(db, f, {
    institutionId,
    scopes: occupations.flatMap((code) => [3, 4].map((level) => ({ code, level }))),
    validFrom,
    validTo,
    filingCode: `黔人社评遴〔2024〕${String(++n).padStart(4, '0')}号`,
    registryScopes: true,
  });
}

let serial = 0;
/** `count` certificates of the institution for the occupation, issued on `issuedOn`. */
export async function certificates(
  db: Database,
  institutionId: string,
  occupationCode: string,
  count: number,
  issuedOn: string,
  status: 'valid' | 'invalidated' | 'withdrawn' = 'valid',
): Promise<void> {
  const year = Number(issuedOn.slice(0, 4));
  const rows = Array.from({ length: count }, () => {
    const s = ++serial;
    return {
      id: randomUUID(),
      issue_year: year,
      // S + 12 digits + the year's last two + the level + 6 digits (the register's number checks).
      number: `S${String(s).padStart(12, '0')}${String(year % 100).padStart(2, '0')}3000000`,
      issued_on: issuedOn,
      institution_id: institutionId,
      branch_id: null,
      session_id: null,
      candidate_id: null,
      upload_id: randomUUID(),
      holder_name: `持证人${s}`,
      holder_doc_type: 'resident_id',
      holder_doc_enc: 'enc',
      holder_doc_hmac: `hmac-${s}`,
      holder_doc_masked: '520102********0011',
      occupation_code: occupationCode,
      level: 3,
      status,
    };
  });
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('certificates')
      .values(rows.slice(i, i + 500))
      .execute();
}
