// Demo step 'demo/issuer-codes' (issue 11 point 5, decision 0024): every demo institution (and branch)
// that is filed, selected or imported — each with a directory entry — gets its issuer code (positions
// 2–13 of its certificate numbers) from the authority its entry names, through the issuer-code use case
// (assignIssuerCodeIn): as that authority's demo account where it has one, as the system for the
// world's provincial departments, which have none. Deterministic: within each province the issuers
// are numbered in the order of their USCC (branches after their institution) from 100001, and an
// institution filed with the ministry gets the next ministry code from 0001 — the same world gives the
// same codes on every machine. A one-time step (seed_runs), claimed before it runs.
import type { Database } from '../../database.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { assignIssuerCodeIn, issuersOf } from '../../../use-cases/certificates/issuer-codes.js';

export const ISSUER_CODES_STEP = 'demo/issuer-codes' as const;

async function assignDemoIssuerCodes(db: Database): Promise<number> {
  const entries = await db
    .selectFrom('directory_entries as d')
    .innerJoin('institutions as i', 'i.id', 'd.institution_id')
    .leftJoin('branches as b', 'b.id', 'd.branch_id')
    .select(['d.institution_id', 'd.branch_id', 'd.authority_id', 'i.uscc', 'b.name as branch_name'])
    .distinct()
    .execute();
  const withCode = new Set(
    (await db.selectFrom('certificate_issuer_codes').select(['institution_id', 'branch_id']).execute()).map(
      (c) => `${c.institution_id}/${c.branch_id ?? ''}`,
    ),
  );
  const accounts = await db
    .selectFrom('users')
    .select(['username', 'authority_id'])
    .where('role', '=', 'authority_staff')
    .where('authority_id', 'is not', null)
    .orderBy('username')
    .execute();
  const seen = new Set<string>();
  const todo = entries
    .sort((a, b) => a.uscc.localeCompare(b.uscc) || (a.branch_name ?? '').localeCompare(b.branch_name ?? ''))
    .filter((e) => {
      const key = `${e.institution_id}/${e.branch_id ?? ''}`;
      if (seen.has(key) || withCode.has(key)) return false;
      seen.add(key);
      return true;
    });
  const used = await db
    .selectFrom('certificate_issuer_codes')
    .select(['province_code', 'institution_code', 'site_sequence'])
    .execute();
  const nextSequence = new Map<string, number>();
  for (const u of used)
    nextSequence.set(
      u.province_code,
      Math.max(nextSequence.get(u.province_code) ?? 100_000, Number(u.site_sequence)),
    );
  let ministryCode = Math.max(0, ...used.map((u) => Number(u.institution_code)));
  let n = 0;
  for (const e of todo) {
    const issuer = (await issuersOf(db, e.institution_id))?.find((i) => i.branchId === e.branch_id);
    if (!issuer) continue;
    const province = issuer.jurisdictionCode.slice(0, 2);
    const sequence = (nextSequence.get(province) ?? 100_000) + 1;
    nextSequence.set(province, sequence);
    const ministryFiled = issuer.filedBy.some((a) => a.national);
    const account = accounts.find((a) => a.authority_id === e.authority_id);
    const audit: AuditContext = account
      ? { caller: await demoActor(db, account.username) }
      : { caller: null, system: true };
    await db.transaction().execute((trx) =>
      assignIssuerCodeIn(
        trx,
        audit,
        issuer,
        {
          institutionId: e.institution_id,
          branchId: e.branch_id,
          institutionCode: ministryFiled ? String(++ministryCode).padStart(4, '0') : '0000',
          siteSequence: String(sequence).padStart(6, '0'),
        },
        { authorityId: e.authority_id, userId: audit.caller?.userId ?? null },
      ),
    );
    n += 1;
  }
  return n;
}

/** Claims the step, then records the codes; a failure is reported and the demo goes on. */
export async function runIssuerCodesDemo(db: Database): Promise<boolean> {
  if (!(await runOnce(db, ISSUER_CODES_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    await assignDemoIssuerCodes(db);
    return true;
  } catch (err) {
    console.warn(`演示证书编号代码未能全部登记 / demo issuer codes incomplete: ${(err as Error).message}`);
    return false;
  }
}
