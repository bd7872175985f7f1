// 学分银行 (issue 12 point 4; 1x-selection §24, 1x-exit §8): the credit bank takes the certificates of an
// occupation issued in a date range as signed Verifiable Credentials (the same credential a holder
// downloads), page by page with a cursor, through an API key of an organisation of kind credit_bank.
// Each credential counts against the organisation's daily quota like a checked certificate. Certificates
// of an institution that has exited stay exportable and valid (1x-exit §8): the institution's standing
// is not read here.
import { AppError, english } from '../../domain/errors.js';
import type { Database } from '../../persistence/database.js';
import { certificatesForExport } from '../../persistence/certificate-verification.repository.js';
import { credentialOf } from '../verification/e-certificate.js';
import type { PublishedKeys } from '../verification/published-keys.js';
import type { Json } from '../../verification/credential.js';
import { reserve, type BatchChannel } from './batch-verify.js';

export const MAX_EXPORT_PAGE = 200;

export interface ExportQuery {
  occupationCode?: string | undefined;
  from: string;
  to: string;
  cursor?: string | undefined;
  limit: number;
}

export interface ExportPage {
  credentials: { [k: string]: Json }[];
  nextCursor: string | null;
}

const notCreditBank = () =>
  new AppError(
    403,
    'VERIFIER_NOT_CREDIT_BANK',
    '仅学分银行可导出证书',
    '按职业和日期导出证书凭证仅向学分银行开放；其他核验单位请使用批量核验',
    undefined,
    english(
      'Only a credit bank may export certificates',
      'Exporting credentials by occupation and date is open to credit banks only; others use batch verification',
    ),
  );

function readCursor(cursor: string): { year: number; number: string } {
  const m = /^(\d{4})\.([YS]\d{21})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new AppError(400, 'INVALID_CURSOR', '翻页标记无效', '请使用上一页返回的 nextCursor');
  return { year: Number(m[1]), number: m[2]! };
}

export async function exportCredentials(
  db: Database,
  keys: PublishedKeys,
  channel: BatchChannel,
  q: ExportQuery,
  origin: string,
  now: Date = new Date(),
): Promise<ExportPage> {
  const org = await db
    .selectFrom('verifier_organisations')
    .select('kind')
    .where('id', '=', channel.organisationId)
    .executeTakeFirst();
  if (org?.kind !== 'credit_bank') throw notCreditBank();
  if (q.from > q.to)
    throw new AppError(
      422,
      'DATE_RANGE_INVALID',
      '日期范围不正确',
      '起始日期不得晚于截止日期',
      undefined,
      english('Date range not valid', 'The first day may not come after the last'),
    );
  const rows = await certificatesForExport(db, {
    occupationCode: q.occupationCode,
    from: q.from,
    to: q.to,
    after: q.cursor ? readCursor(q.cursor) : null,
    limit: q.limit,
  });
  if (rows.length > 0) await reserve(db, channel, rows.length, now);
  await keys.publish();
  const last = rows.at(-1);
  return {
    credentials: rows.map((r) => credentialOf(r, keys, origin, now)),
    nextCursor:
      last && rows.length === q.limit
        ? Buffer.from(`${last.issue_year}.${last.number}`, 'utf8').toString('base64url')
        : null,
  };
}
