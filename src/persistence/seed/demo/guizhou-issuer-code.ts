// The certificate code the Guizhou department gives a demo institution of its own story (the renewal and
// lapse stories): the next free site sequence of province 52 above the generated history's, through the
// real use case (assignIssuerCode), so that its certificates are numbered as every other institution's.
import type { Database } from '../../database.js';
import type { PersonalDataProtector } from '../../../identity/personal-data.js';
import type { RegistryContext } from '../../../use-cases/registry/registry-context.js';
import { assignIssuerCode } from '../../../use-cases/certificates/issuer-codes.js';
import { demoActor } from './demo-actor.js';

export async function assignGuizhouIssuerCode(
  db: Database,
  personalData: PersonalDataProtector,
  institutionId: string,
): Promise<void> {
  const guizhou: RegistryContext = { db, caller: await demoActor(db, 'guizhou'), personalData };
  const sequences = await db
    .selectFrom('certificate_issuer_codes')
    .select('site_sequence')
    .where('province_code', '=', '52')
    .execute();
  await assignIssuerCode(guizhou, {
    institutionId,
    branchId: null,
    institutionCode: '0000',
    siteSequence: String(Math.max(100_000, ...sequences.map((x) => Number(x.site_sequence))) + 1),
  });
}
