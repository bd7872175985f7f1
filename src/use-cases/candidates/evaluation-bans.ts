// The evaluation-ban register 评价禁考名单 (issue 11 point 2; mohrss-violations §6–7): authority staff list
// it and add entries by hand (a decision taken elsewhere, with its 文号); the violations procedure will
// add them from its decisions later. A ban is national: the registration check reads every entry.
import { randomUUID } from 'node:crypto';
import { forbidden, invalid } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { candidatePolicy } from '../../policies/candidate.policy.js';
import {
  findBan,
  insertBan,
  listBans,
  type BanRecord,
} from '../../persistence/evaluation-bans.repository.js';
import type { PageRequest } from '../../persistence/paging.js';
import { parseCharge, mv } from '../../rules/mohrss-violations/rule.js';
import {
  auditContext,
  requireActor,
  todayInChina,
  type RegistryContext,
} from '../registry/registry-context.js';
import { checkDocumentNumber } from '../registry/validate.js';

export interface RecordBanInput {
  name: string;
  docType: string;
  docNumber: string;
  article: string;
  startsOn: string;
  endsOn: string;
  reason: string;
  decisionRef?: string | null | undefined;
}

export async function recordBan(ctx: RegistryContext, input: RecordBanInput): Promise<BanRecord> {
  const actor = requireActor(ctx);
  if (!candidatePolicy.canKeepBans(actor)) throw forbidden('评价禁考名单由人力资源社会保障部门记录');
  if (input.startsOn > input.endsOn)
    throw invalid('INVALID_DATE_ORDER', 'body.endsOn：禁评截止日不得早于起始日', [
      { path: 'body.endsOn', message: '禁评截止日不得早于起始日' },
    ]);
  const doc = checkDocumentNumber(input.docType, input.docNumber, 'body.docNumber', todayInChina(ctx.now));
  const p = ctx.personalData.protect(doc.number);
  const id = randomUUID();
  const charge = parseCharge(input.article);
  await ctx.db.transaction().execute(async (trx) => {
    await insertBan(trx, {
      id,
      name: input.name.trim(),
      docType: doc.type,
      docEnc: p.enc,
      docHmac: p.hmac,
      docMasked: p.masked,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      article: input.article,
      reason: input.reason.trim(),
      decisionRef: input.decisionRef?.trim() || null,
      decisionCaseId: null,
      authorityId: actor.authorityId,
      recordedBy: actor.userId,
    });
    const after = await findBan(trx, id);
    await writeAudit(trx, auditContext(ctx), {
      entity: 'evaluation_ban',
      entityId: id,
      action: 'record',
      after,
      citations: [mv(charge.article, charge.item)],
    });
  });
  return (await findBan(ctx.db, id))!;
}

export async function listEvaluationBans(
  ctx: RegistryContext,
  paging: PageRequest,
): Promise<{ items: BanRecord[]; total: number; page: number; pageSize: number }> {
  const actor = requireActor(ctx);
  if (!candidatePolicy.canKeepBans(actor)) throw forbidden('评价禁考名单仅人力资源社会保障部门可查阅');
  return { ...(await listBans(ctx.db, paging)), ...paging };
}
