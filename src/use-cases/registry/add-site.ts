// Adds a site (场地) to an institution: owned or leased (with the lease term), floor area, functional
// rooms (考务室, 保密室, 档案室, 候考室 …), exam rooms, computer seats, desk spacing and CCTV — the facts
// the selection conditions are checked against (gz-rules §6(7)).
import { randomUUID } from 'node:crypto';
import { writeAudit } from '../../audit/write-audit.js';
import { findSite, insertSite, type SiteValues, type Tenure } from '../../persistence/sites.repository.js';
import { allow, auditContext, requireActor, type RegistryContext } from './registry-context.js';
import { loadInstitution } from './institution-view.js';
import { checkBranch } from './staff-view.js';
import { checkSite, normaliseRooms, siteView, type SiteView } from './site-view.js';

export interface AddSiteInput {
  branchId?: string | null | undefined;
  name: string;
  address: string;
  tenure: Tenure;
  leaseStart?: string | null | undefined;
  leaseEnd?: string | null | undefined;
  floorAreaM2: number;
  functionalRooms?: string[] | undefined;
  examRooms?: number | undefined;
  computerSeats?: number | undefined;
  deskSpacingCm?: number | null | undefined;
  cctvExamRooms?: boolean | undefined;
  cctvFullCoverage?: boolean | undefined;
}

export async function addSite(
  ctx: RegistryContext,
  institutionId: string,
  input: AddSiteInput,
): Promise<SiteView> {
  const actor = requireActor(ctx);
  const inst = await loadInstitution(ctx.db, actor, institutionId);
  allow(inst.abilities.manageSites);
  const values: SiteValues = {
    branchId: input.branchId ?? null,
    name: input.name,
    address: input.address,
    tenure: input.tenure,
    leaseStart: input.leaseStart ?? null,
    leaseEnd: input.leaseEnd ?? null,
    floorAreaM2: input.floorAreaM2,
    functionalRooms: normaliseRooms(input.functionalRooms ?? []),
    examRooms: input.examRooms ?? 0,
    computerSeats: input.computerSeats ?? 0,
    deskSpacingCm: input.deskSpacingCm ?? null,
    cctvExamRooms: input.cctvExamRooms ?? false,
    cctvFullCoverage: input.cctvFullCoverage ?? false,
  };
  checkSite(values);
  await checkBranch(ctx.db, values.branchId, institutionId);

  const id = randomUUID();
  return ctx.db.transaction().execute(async (trx) => {
    await insertSite(trx, id, institutionId, values);
    const created = (await findSite(trx, { kind: 'all' }, id))!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'site',
      entityId: id,
      action: 'create',
      after: created,
    });
    return siteView(created, inst.abilities);
  });
}
