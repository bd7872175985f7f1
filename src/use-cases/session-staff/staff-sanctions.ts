// The staff-sanction register 工作人员处理登记 (issue 11 point 3): the authorities record that a person may
// not do evaluation work for a period (mohrss-violations §9 取消其当年参加评价工作的资格) or that their
// assessor card was revoked (§10 吊销考评人员证书), keyed by the hash of the document number so that every
// institution's sessions in every province are checked against it (session-staff.ts). The violations
// procedure will record its decisions here; until then an authority records them by hand, citing the
// article and, where there is one, the decision's reference. Read by the authorities (the register is
// national); institutions meet it only through a refusal naming the article and the end date.
import { randomUUID } from 'node:crypto';
import { forbidden, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { StaffSanctionKind } from '../../persistence/schema.js';
import {
  findStaffSanction,
  insertStaffSanction,
  listStaffSanctions as query,
  type StaffSanctionRecord,
} from '../../persistence/staff-sanctions.repository.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import {
  auditContext,
  requireActor,
  todayInChina,
  type RegistryContext,
} from '../registry/registry-context.js';
import { checkDateOrder, checkDocumentNumber } from '../registry/validate.js';
import { mv } from '../../rules/mohrss-violations/rule.js';

export interface RecordStaffSanctionInput {
  kind: StaffSanctionKind;
  name: string;
  docType: string;
  docNumber: string;
  fromOn: string;
  toOn?: string | null | undefined;
  article: string;
  reason: string;
  decisionRef?: string | null | undefined;
}

const mayRead = (role: string) => role === 'authority_staff' || role === 'sysadmin';

export async function recordStaffSanction(
  ctx: RegistryContext,
  input: RecordStaffSanctionInput,
): Promise<StaffSanctionRecord> {
  const actor = requireActor(ctx);
  if (actor.role !== 'authority_staff' || !actor.authorityId)
    throw forbidden('工作人员处理由评价机构监管部门登记');
  const today = todayInChina(ctx.now);
  const doc = checkDocumentNumber(input.docType, input.docNumber, 'body.docNumber', today);
  const toOn = input.toOn ?? null;
  checkDateOrder(input.fromOn, toOn, 'body.toOn', '截止日期');
  const p = ctx.personalData.protect(doc.number);
  const id = randomUUID();
  return ctx.db.transaction().execute(async (trx) => {
    await insertStaffSanction(trx, {
      id,
      kind: input.kind,
      name: input.name,
      docType: doc.type,
      doc: p,
      fromOn: input.fromOn,
      toOn,
      article: input.article,
      reason: input.reason,
      decisionRef: input.decisionRef ?? null,
      authorityId: actor.authorityId!,
      by: actor.userId,
    });
    const created = (await findStaffSanction(trx, id))!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'staff_sanction',
      entityId: id,
      action: 'record',
      after: created,
      citations: [input.kind === 'work_ban' ? mv(9) : mv(10)],
    });
    return created;
  });
}

export async function listStaffSanctions(
  ctx: RegistryContext,
  f: { kind?: StaffSanctionKind | undefined; docType?: string | undefined; docNumber?: string | undefined },
  page: PageRequest,
): Promise<Page<StaffSanctionRecord> & { abilities: { record: boolean } }> {
  const actor = requireActor(ctx);
  if (!mayRead(actor.role)) throw forbidden('工作人员处理登记由评价机构监管部门查阅');
  let hmacs: string[] | undefined;
  if (f.docNumber) {
    const doc = checkDocumentNumber(
      f.docType ?? 'resident_id',
      f.docNumber,
      'query.docNumber',
      todayInChina(ctx.now),
    );
    hmacs = ctx.personalData.lookupHashes(doc.number);
  }
  const r = await query(ctx.db, { kind: f.kind, hmacs }, page);
  return { ...r, ...page, abilities: { record: actor.role === 'authority_staff' && !!actor.authorityId } };
}

export async function getStaffSanction(ctx: RegistryContext, id: string): Promise<StaffSanctionRecord> {
  const actor = requireActor(ctx);
  const found = mayRead(actor.role) ? await findStaffSanction(ctx.db, id) : undefined;
  if (!found) throw notFound('工作人员处理记录');
  return found;
}
