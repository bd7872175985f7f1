// 批量核验 from the web app (issue 12 point 2): the signed-in verifier's CSV or XLSX, read into items and
// checked by the same use case as the API, against the same daily quota of the organisation (usage
// recorded without a key). The answer is each row's result and the result file (XLSX), in one request,
// so that showing and downloading the results count once.
import { verifierPolicy } from '../../policies/verifier.policy.js';
import { requireActor, type RegistryContext } from '../registry/registry-context.js';
import { verifyBatch, type BatchResult } from './batch-verify.js';
import { readBatchSheet, resultSheet, type SheetResult } from './batch-sheet.js';
import { verifierOnly } from './verifier-errors.js';

export interface SheetAnswer {
  checkedAt: string;
  rows: SheetResult[];
  counts: Record<BatchResult, number>;
  file: { fileName: string; base64: string };
}

export async function verifyUploadedSheet(
  ctx: RegistryContext,
  input: { bytes: Uint8Array; fileName: string },
): Promise<SheetAnswer> {
  const organisationId = verifierPolicy.ownOrganisation(requireActor(ctx));
  if (!organisationId) throw verifierOnly();
  const rows = await readBatchSheet(input.bytes, input.fileName);
  const answer = await verifyBatch(
    ctx.db,
    ctx.personalData,
    { organisationId, keyId: null },
    rows.map((r) => r.item),
  );
  const results: SheetResult[] = rows.map(({ item: _item, ...r }, i) => ({
    ...r,
    result: answer.results[i]!.result,
  }));
  const counts: Record<BatchResult, number> = { valid: 0, invalid: 0, not_found: 0 };
  for (const r of results) counts[r.result]++;
  const file = await resultSheet(results, answer.checkedAt);
  return {
    checkedAt: answer.checkedAt,
    rows: results,
    counts,
    file: { fileName: file.fileName, base64: file.bytes.toString('base64') },
  };
}
