// The counts of gz-rules §8(2), §9(2), §10(2), computed from the certificate register: certificates the
// institution issued (its branches' included — they issue under its qualification) with issued_on
// within the entry's validity period (both ends included; counted up to the day of counting), status
// valid (docs/decisions/0043), per occupation of the entry. The total of §10(2) 总人数 is over every
// occupation of the entry, applied for or not: it counts the work done under the qualification.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { COUNTED_STATUSES, countCertificatesPerOccupation } from '../../persistence/gz-renewal.repository.js';
import type { GzRenewalData, RenewalCounts } from '../../workflows/gz-renewal/data.js';

export function countPeriod(d: Pick<GzRenewalData, 'validFrom' | 'validTo'>, asOf: string) {
  return { from: d.validFrom, to: asOf < d.validTo ? asOf : d.validTo };
}

export async function countForRenewal(
  db: Kysely<DB> | Transaction<DB>,
  institutionId: string,
  d: Pick<GzRenewalData, 'validFrom' | 'validTo' | 'entryOccupations'>,
  asOf: string,
): Promise<RenewalCounts> {
  const period = countPeriod(d, asOf);
  const occupations = await countCertificatesPerOccupation(db, {
    institutionId,
    from: period.from,
    to: period.to,
    occupationCodes: d.entryOccupations.map((o) => o.code),
  });
  return {
    asOf,
    periodFrom: period.from,
    periodTo: period.to,
    statuses: [...COUNTED_STATUSES],
    total: occupations.reduce((n, o) => n + o.certificates, 0),
    occupations,
  };
}
