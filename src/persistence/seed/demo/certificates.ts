// Demo step 'demo/certificates' (issue 11 point 5): the closed demo sessions of 贵州黔康 (inst_qk) and
// 杭州钱塘 (inst_qt) issue their certificates through the use case (issue-certificates.ts) as the
// institution's own staff — numbered under the issuer codes the previous step recorded
// (demo/issuer-codes), verifiable at once. A closed session that has no candidate with a decided result
// yet (the results of issue 11 point 4 are recorded on sessions opened later) gets a few candidates
// with their overall result written here, marked as demo data, so that the register has something to
// show; where the results step has decided them, those are used as they are.
// A one-time step (seed_runs), claimed before it runs; a failure is reported and the demo goes on.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../database.js';
import type { PersonalDataProtector } from '../../../identity/personal-data.js';
import { mod112CheckCharacter } from '../../../domain/id-number.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { issueCertificates } from '../../../use-cases/certificates/issue-certificates.js';

export const CERTIFICATES_STEP = 'demo/certificates' as const;

const idNumber = (region: string, birth: string, seq: number) => {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + mod112CheckCharacter(first17);
};

/** Holders of the demo certificates per institution account: name, document, passed. */
const HOLDERS: Record<'inst_qk' | 'inst_qt', [string, string, boolean][]> = {
  inst_qk: [
    ['周丽萍', idNumber('520102', '19900312', 81), true],
    ['吴建国', idNumber('520103', '19870522', 92), true],
    ['赵敏', idNumber('520111', '19950817', 13), true],
    ['孙志刚', idNumber('520112', '19820109', 24), false],
  ],
  inst_qt: [
    ['钱晓东', idNumber('330102', '19890427', 35), true],
    ['何静', idNumber('330105', '19930703', 46), true],
    ['冯伟', idNumber('330106', '19860915', 57), false],
  ],
};

async function issueDemoCertificates(db: Database, personalData: PersonalDataProtector): Promise<void> {
  for (const account of ['inst_qk', 'inst_qt'] as const) {
    const actor = await demoActor(db, account);
    const sessions = await db
      .selectFrom('evaluation_sessions')
      .select(['id', 'institution_id'])
      .where('institution_id', '=', actor.institutionId!)
      .where('status', '=', 'closed')
      .orderBy('ends_on')
      .execute();
    for (const [i, s] of sessions.entries()) {
      const decided = await db
        .selectFrom('candidates')
        .select('id')
        .where('session_id', '=', s.id)
        .where('overall_result', 'is not', null)
        .executeTakeFirst();
      if (!decided)
        // Different people on each session: the sequence digits move with the session's place.
        for (const [name, doc, passed] of HOLDERS[account]) {
          const number =
            i === 0
              ? doc
              : idNumber(doc.slice(0, 6), doc.slice(6, 14), (Number(doc.slice(14, 17)) + 100 * i) % 1000);
          const p = personalData.protect(number);
          await db
            .insertInto('candidates')
            .values({
              id: randomUUID(),
              session_id: s.id,
              institution_id: s.institution_id,
              name,
              doc_type: 'resident_id',
              doc_enc: p.enc,
              doc_hmac: p.hmac,
              doc_masked: p.masked,
              overall_result: passed ? 'passed' : 'failed',
              result_decided_at: new Date(),
              created_by: actor.userId,
            })
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
      await issueCertificates({ db, caller: actor, personalData }, s.id);
    }
  }
}

export async function runCertificatesDemo(
  db: Database,
  personalData: PersonalDataProtector,
): Promise<boolean> {
  if (!(await runOnce(db, CERTIFICATES_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    await issueDemoCertificates(db, personalData);
    return true;
  } catch (err) {
    console.warn(`演示证书未能全部颁发 / demo certificates incomplete: ${(err as Error).message}`);
    return false;
  }
}
