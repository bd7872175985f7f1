// The facts the guards of a social-organisation filing pass to the rules, read inside the transition's
// transaction under the case lock: the applicant and the deciding authority, the materials filed, the
// registry (full-time staff, quality supervisors, assessors per occupation, the premises, whether each
// occupation has a national standard or a filed norm), the quota count, the notice and its objections.
//
// Quota (mohrss-filing 二(四) "原则上，各辖区 1 个职业不超过 3 家社会培训评价组织"): the other social
// organisations in the deciding authority's jurisdiction that hold the occupation today — a filing of
// this procedure from its receipt to the end of its validity (published or not), or a registry scope
// granted otherwise (active, or suspended: a suspended filing still holds its place until it is ended)
// whose validity has not ended (docs/decisions/0015).
// Filing takes the province's jurisdiction row lock first, so that two filings in a province are
// decided one after the other: the second counts the first and cannot take the same last place.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { CaseRecord } from '../../persistence/cases.repository.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';
import { listCurrentMaterials } from '../../persistence/materials.repository.js';
import { caseNoticeFacts } from '../public-notice/notice-facts.js';
import { jurisdictionPrefix } from '../../policies/scope.js';
import type { GuardsCtxInput } from '../workflow/procedure-module.js';
import type {
  OccupationFacts,
  SiteFacts,
  SocialOrgFilingData,
} from '../../workflows/social-org-filing/data.js';
import { listActiveAssessors } from '../../persistence/gz-selection.repository.js';
import { assessorsMatching } from '../../workflows/gz-selection/registry-facts.js';
import { legalFormFromUscc } from '../../workflows/social-org-filing/legal-form.js';
import { SOCIAL_ORG_FILING, type Ctx } from '../../workflows/social-org-filing/machine.js';

/** Events whose decision counts the quota: they wait for the province's other filings to finish. */
const QUOTA_DECISIONS = new Set(['file']);

export async function loadSocialOrgFilingCtx(
  trx: Transaction<DB>,
  c: CaseRecord,
  input: Pick<GuardsCtxInput, 'caller' | 'event' | 'today'> & { payload?: unknown },
): Promise<Ctx> {
  const data = c.data as SocialOrgFilingData;
  const authority = await trx
    .selectFrom('authorities')
    .select(['id', 'name', 'jurisdiction_code'])
    .where('id', '=', c.authorityId)
    .executeTakeFirstOrThrow();
  if (QUOTA_DECISIONS.has(input.event)) await lockProvince(trx, authority.jurisdiction_code);

  const inst = await trx
    .selectFrom('institutions')
    .select(['id', 'name', 'kind', 'uscc', 'jurisdiction_code'])
    .where('id', '=', c.institutionId)
    .executeTakeFirstOrThrow();
  const actorName = input.caller
    ? ((
        await trx
          .selectFrom('users')
          .select('display_name')
          .where('id', '=', input.caller.userId)
          .executeTakeFirst()
      )?.display_name ?? input.caller.username)
    : null;
  const materials = [...new Set((await listCurrentMaterials(trx, c.id)).map((m) => m.checklistItem))];
  const codes = data.occupations.map((o) => o.code);

  return {
    today: input.today,
    calendar: await loadCalendar(trx),
    referenceNo: c.referenceNo,
    authority: { id: authority.id, name: authority.name, jurisdictionCode: authority.jurisdiction_code },
    actorName,
    institution: {
      id: inst.id,
      name: inst.name,
      kind: inst.kind,
      uscc: inst.uscc,
      jurisdictionCode: inst.jurisdiction_code,
      legalFormFromUscc: legalFormFromUscc(inst.uscc, inst.kind),
    },
    materials,
    fullTimeStaff: await staffWithRole(trx, c.institutionId, 'full_time_staff'),
    qualitySupervisors: await staffWithRole(trx, c.institutionId, 'quality_supervisor'),
    site: await loadSite(trx, c.institutionId, data.siteId),
    occupations: await loadOccupations(trx, c.institutionId, data.occupations),
    quota: {
      jurisdictionCode: authority.jurisdiction_code,
      others: await otherHolders(trx, {
        institutionId: c.institutionId,
        prefix: jurisdictionPrefix(authority.jurisdiction_code),
        codes,
        today: input.today,
      }),
    },
    notice: await caseNoticeFacts(trx, c.id, { openOnly: true }),
    ...(input.event === 'update_application'
      ? { amendRegistry: await loadAmendRegistry(trx, c.institutionId, input.payload) }
      : {}),
  };
}

/** The catalogue names of the codes a change of the application names, and the institution's sites. */
async function loadAmendRegistry(trx: Transaction<DB>, institutionId: string, payload: unknown) {
  const raw = (payload as { occupations?: { code?: unknown }[] } | null)?.occupations;
  const codes = Array.isArray(raw)
    ? raw.map((o) => o?.code).filter((c): c is string => typeof c === 'string')
    : [];
  const names =
    codes.length === 0
      ? []
      : await trx.selectFrom('occupations').select(['code', 'name']).where('code', 'in', codes).execute();
  const sites = await trx
    .selectFrom('sites')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('branch_id', 'is', null)
    .execute();
  return {
    occupationNames: Object.fromEntries(names.map((n) => [n.code, n.name])),
    siteIds: sites.map((s) => s.id),
  };
}

/** Serialises quota decisions within a province (see the header). FOR NO KEY UPDATE: inserts that
 * merely reference the row (institutions of that province …) are not held up. */
export async function lockProvince(trx: Kysely<DB>, jurisdictionCode: string): Promise<void> {
  const province = jurisdictionCode === '000000' ? '000000' : `${jurisdictionCode.slice(0, 2)}0000`;
  await trx
    .selectFrom('jurisdictions')
    .select('code')
    .where('code', 'in', [province, jurisdictionCode])
    .orderBy('code')
    .forNoKeyUpdate()
    .execute();
}

async function staffWithRole(
  trx: Transaction<DB>,
  institutionId: string,
  role: 'full_time_staff' | 'quality_supervisor',
): Promise<number> {
  const r = await trx
    .selectFrom('staff as s')
    .innerJoin('staff_roles as r', 'r.staff_id', 's.id')
    .select((eb) => eb.fn.count<number>('s.id').distinct().as('n'))
    .where('s.institution_id', '=', institutionId)
    .where('s.active', '=', true)
    .where('r.role', '=', role)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function loadSite(
  trx: Transaction<DB>,
  institutionId: string,
  siteId: string,
): Promise<SiteFacts | null> {
  const s = await trx
    .selectFrom('sites')
    .selectAll()
    .where('id', '=', siteId)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
  if (!s) return null;
  return {
    id: s.id,
    name: s.name,
    tenure: s.tenure,
    leaseStart: s.lease_start,
    leaseEnd: s.lease_end,
    floorAreaM2: Number(s.floor_area_m2),
    functionalRooms: s.functional_rooms,
    examRooms: s.exam_rooms,
    computerSeats: s.computer_seats,
    deskSpacingCm: s.desk_spacing_cm,
    cctvExamRooms: s.cctv_exam_rooms,
    cctvFullCoverage: s.cctv_full_coverage,
  };
}

/**
 * Per occupation applied for: whether the catalogue knows it, its standards, and the assessors who may
 * assess every level applied for — accredited for the occupation at a level at least as high as the
 * highest level applied for (gz-rules §6(6) 与拟认定职业（工种）、等级相匹配), counted exactly as a
 * Guizhou selection counts them (matchingAssessors).
 */
async function loadOccupations(
  trx: Transaction<DB>,
  institutionId: string,
  applied: readonly { code: string; levels: readonly number[] }[],
): Promise<OccupationFacts[]> {
  const codes = applied.map((o) => o.code);
  if (codes.length === 0) return [];
  const known = new Set(
    (await trx.selectFrom('occupations').select('code').where('code', 'in', codes).execute()).map(
      (r) => r.code,
    ),
  );
  const standards = await trx
    .selectFrom('occupation_standards')
    .select(['occupation_code', 'kind'])
    .where('occupation_code', 'in', codes)
    .execute();
  const assessors = await listActiveAssessors(trx, institutionId);
  return applied.map(({ code, levels }) => ({
    code,
    known: known.has(code),
    nationalStandard: standards.some((s) => s.occupation_code === code && s.kind === 'national_standard'),
    filedNorm: standards.some((s) => s.occupation_code === code && s.kind === 'evaluation_norm'),
    assessors: assessorsMatching(assessors, code, levels),
  }));
}

/**
 * Per occupation, the other social organisations of the territory holding it on `today` (see the
 * header). A holding runs from the filing — the day the receipt was issued (二(十)5), not the first day
 * of validity nor the day of publication — to the last day of its validity; refused, withdrawn and
 * cancelled filings hold nothing, and neither does a filing whose validity has ended, whatever a
 * status flag still says. Holdings without a case of this procedure (registered scopes, Guizhou
 * selections) count while granted (active or suspended) and their validity has not ended. Counted by
 * institution: an organisation holding the occupation twice is one organisation.
 */
export async function otherHolders(
  trx: Kysely<DB>,
  q: { institutionId: string; prefix: string; codes: readonly string[]; today: string },
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const code of q.codes) {
    const rows = await sql<{ institution_id: string }>`
      select i.id as institution_id
        from institutions i
        join institution_scopes s on s.institution_id = i.id
       where i.kind = 'social_org' and i.status <> 'exited' and i.id <> ${q.institutionId}
         and i.jurisdiction_code like ${`${q.prefix}%`}
         and s.occupation_code = ${code} and s.status in ('active', 'suspended')
         and (s.valid_to is null or s.valid_to >= ${q.today})
      union
      select k.institution_id
        from cases k
        join institutions i on i.id = k.institution_id
       where k.procedure = ${SOCIAL_ORG_FILING} and k.state in ('filed', 'published')
         and k.institution_id <> ${q.institutionId}
         and i.kind = 'social_org' and i.status <> 'exited'
         and i.jurisdiction_code like ${`${q.prefix}%`}
         and k.snapshot -> 'occupations' @> ${JSON.stringify([{ code }])}::jsonb
         and (k.snapshot -> 'filing' ->> 'filedOn') <= ${q.today}
         and coalesce(k.valid_to, (k.snapshot -> 'filing' ->> 'validTo')::date) >= ${q.today}::date`.execute(
      trx,
    );
    out[code] = rows.rows.length;
  }
  return out;
}
