// Registers an expert: employer (name and USCC, for conflict-of-interest checks when experts are drawn),
// specialties (occupation codes), and optionally a document number, stored encrypted + HMAC + masked.
// The registering authority keeps the record (expert.policy.ts).
import { randomUUID } from 'node:crypto';
import { duplicate } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { expertPolicy } from '../../policies/expert.policy.js';
import { findExpert, findExpertIdByDocument, insertExpert } from '../../persistence/experts.repository.js';
import type { ProtectedDocument } from '../../persistence/staff.repository.js';
import {
  allow,
  auditContext,
  isUniqueViolation,
  requireActor,
  todayInChina,
  type RegistryContext,
} from './registry-context.js';
import { checkOccupations, checkUscc, invalidField } from './validate.js';
import { protectDocument } from './staff-view.js';
import { auditedExpert, expertView, type ExpertView } from './expert-view.js';

export interface CreateExpertInput {
  name: string;
  employerName: string;
  employerUscc?: string | null | undefined;
  title?: string | null | undefined;
  specialties?: string[] | undefined;
  phone?: string | null | undefined;
  idDocType?: string | undefined;
  idNumber?: string | undefined;
  active?: boolean | undefined;
}

export const duplicateExpert = () => duplicate('该证件号码的专家已登记');

/** Both or neither: a number without its document type cannot be checked. */
export function expertDocument(
  ctx: RegistryContext,
  input: { idDocType?: string | undefined; idNumber?: string | undefined },
): ProtectedDocument | undefined {
  if (input.idDocType === undefined && input.idNumber === undefined) return undefined;
  if (input.idDocType === undefined || input.idNumber === undefined) {
    throw invalidField('DOCUMENT_INCOMPLETE', 'body.idNumber', '证件类型和证件号码须一并提交');
  }
  return protectDocument(ctx.personalData, input.idDocType, input.idNumber, todayInChina(ctx.now));
}

export async function createExpert(ctx: RegistryContext, input: CreateExpertInput): Promise<ExpertView> {
  const actor = requireActor(ctx);
  allow(expertPolicy.canCreate(actor), '专家由监管部门登记');
  const employerUscc = input.employerUscc ? checkUscc(input.employerUscc, 'body.employerUscc') : null;
  const specialties = [...new Set(input.specialties ?? [])];
  await checkOccupations(ctx.db, specialties, 'body.specialties');
  const document = expertDocument(ctx, input) ?? null;
  if (document && (await findExpertIdByDocument(ctx.db, document.lookup ?? document.hmac)))
    throw duplicateExpert();

  const id = randomUUID();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await insertExpert(trx, id, {
        name: input.name,
        employerName: input.employerName,
        employerUscc,
        title: input.title ?? null,
        specialties,
        phone: input.phone ?? null,
        document,
        active: input.active ?? true,
        registeredByAuthorityId: actor.role === 'authority_staff' ? (actor.authorityId ?? null) : null,
      });
      const created = (await findExpert(trx, { kind: 'all' }, id))!;
      await writeAudit(trx, auditContext(ctx), {
        entity: 'expert',
        entityId: id,
        action: 'create',
        after: auditedExpert(created),
      });
      return expertView(actor, created);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicateExpert();
    throw err;
  }
}
