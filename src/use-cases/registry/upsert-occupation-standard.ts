// Records (no id) or corrects (id + version) that an occupation has a national skill standard or a
// filed evaluation norm, with its 文号 and date where known (mohrss-filing 二(六)); kept by the national
// and provincial authorities (reference.policy.ts).
import { randomUUID } from 'node:crypto';
import { notFound, versionConflict } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { referencePolicy } from '../../policies/reference.policy.js';
import {
  findOccupationStandard,
  insertOccupationStandard,
  updateOccupationStandard,
  type OccupationStandardValues,
  type StandardKind,
} from '../../persistence/reference.repository.js';
import {
  allow,
  auditContext,
  expectVersion,
  given,
  requireActor,
  type RegistryContext,
} from './registry-context.js';
import { checkOccupations } from './validate.js';
import type { SubjectsByLevel } from '../../persistence/schema.js';
import type { OccupationStandardView } from './list-occupation-standards.js';

export interface OccupationStandardInput {
  occupationCode?: string | undefined;
  kind?: StandardKind | undefined;
  title?: string | undefined;
  documentNo?: string | null | undefined;
  issuedOn?: string | null | undefined;
  notes?: string | null | undefined;
  /** The subjects per level, as the standard prescribes them (issue 11); null = not recorded. */
  subjectsByLevel?: SubjectsByLevel | null | undefined;
}

export type CreateOccupationStandardInput = Required<
  Pick<OccupationStandardInput, 'occupationCode' | 'kind' | 'title'>
> &
  OccupationStandardInput;

export async function upsertOccupationStandard(
  ctx: RegistryContext,
  target: { id: string; version: number } | null,
  input: OccupationStandardInput,
): Promise<OccupationStandardView> {
  const actor = requireActor(ctx);
  allow(referencePolicy.canWriteOccupationStandards(actor), '职业标准目录由国家和省级监管部门维护');
  const abilities = referencePolicy.occupationStandardAbilities(actor);
  if (input.occupationCode !== undefined)
    await checkOccupations(ctx.db, [input.occupationCode], 'body.occupationCode');

  if (target === null) {
    const values: OccupationStandardValues = {
      occupationCode: input.occupationCode!,
      kind: input.kind!,
      title: input.title!,
      documentNo: input.documentNo ?? null,
      issuedOn: input.issuedOn ?? null,
      notes: input.notes ?? null,
      subjectsByLevel: input.subjectsByLevel ?? null,
    };
    const id = randomUUID();
    return ctx.db.transaction().execute(async (trx) => {
      await insertOccupationStandard(trx, id, values);
      const created = (await findOccupationStandard(trx, id))!;
      await writeAudit(trx, auditContext(ctx), {
        entity: 'occupation_standard',
        entityId: id,
        action: 'create',
        after: created,
      });
      return { ...created, abilities };
    });
  }

  const before = await findOccupationStandard(ctx.db, target.id);
  if (!before) throw notFound('职业标准');
  expectVersion(before.version, target.version);
  const patch: Partial<OccupationStandardValues> = given(input);
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await updateOccupationStandard(trx, target.id, target.version, patch))) throw versionConflict();
    const after = (await findOccupationStandard(trx, target.id))!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'occupation_standard',
      entityId: target.id,
      action: 'update',
      before,
      after,
    });
    return { ...after, abilities };
  });
}
