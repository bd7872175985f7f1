// Review panels, their members at the draw and the experts' opinions (0006): SQL only. Rows map to
// camelCase records here and nowhere else.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, PanelMemberStatus, ReviewRecommendation } from './schema.js';

export interface DrawPool {
  id: string;
  name: string;
  authorityId: string;
  authorityJurisdictionCode: string;
  experts: {
    id: string;
    name: string;
    employerName: string;
    employerUscc: string | null;
    active: boolean;
  }[];
}

/** A pool with its members as the draw needs them (ordered by id: the draw does not depend on it). */
export async function loadDrawPool(db: Kysely<DB>, poolId: string): Promise<DrawPool | undefined> {
  const pool = await db
    .selectFrom('expert_pools as p')
    .innerJoin('authorities as a', 'a.id', 'p.authority_id')
    .select(['p.id', 'p.name', 'p.authority_id', 'a.jurisdiction_code'])
    .where('p.id', '=', poolId)
    .executeTakeFirst();
  if (!pool) return undefined;
  const experts = await db
    .selectFrom('expert_pool_members as m')
    .innerJoin('experts as e', 'e.id', 'm.expert_id')
    .select(['e.id', 'e.name', 'e.employer_name', 'e.employer_uscc', 'e.active'])
    .where('m.pool_id', '=', poolId)
    .orderBy('e.id')
    .execute();
  return {
    id: pool.id,
    name: pool.name,
    authorityId: pool.authority_id,
    authorityJurisdictionCode: pool.jurisdiction_code,
    experts: experts.map((e) => ({
      id: e.id,
      name: e.name,
      employerName: e.employer_name,
      employerUscc: e.employer_uscc,
      active: e.active,
    })),
  };
}

export interface ApplicantRecord {
  institutionId: string;
  uscc: string;
  name: string;
}

export async function findApplicant(
  db: Kysely<DB>,
  institutionId: string,
): Promise<ApplicantRecord | undefined> {
  const r = await db
    .selectFrom('institutions')
    .select(['id', 'uscc', 'name'])
    .where('id', '=', institutionId)
    .executeTakeFirst();
  return r && { institutionId: r.id, uscc: r.uscc, name: r.name };
}

export interface ConflictRecord {
  expertId: string;
  institutionId: string | null;
  institutionUscc: string | null;
  institutionName: string;
  relation: string;
  reason: string | null;
}

/** Conflicts the given experts declared against the applicant (by its id or its USCC). */
export async function listConflictsWith(
  db: Kysely<DB>,
  expertIds: readonly string[],
  applicant: ApplicantRecord,
): Promise<ConflictRecord[]> {
  if (expertIds.length === 0) return [];
  const rows = await db
    .selectFrom('expert_conflicts')
    .select(['expert_id', 'institution_id', 'institution_uscc', 'institution_name', 'relation', 'reason'])
    .where('expert_id', 'in', [...expertIds])
    .where((eb) =>
      eb.or([
        eb('institution_id', '=', applicant.institutionId),
        eb(sql<string>`upper(institution_uscc)`, '=', applicant.uscc.toUpperCase()),
      ]),
    )
    .orderBy('declared_at')
    .execute();
  return rows.map((r) => ({
    expertId: r.expert_id,
    institutionId: r.institution_id,
    institutionUscc: r.institution_uscc,
    institutionName: r.institution_name,
    relation: r.relation,
    reason: r.reason,
  }));
}

export interface NewPanelMember {
  expertId: string;
  status: PanelMemberStatus;
  drawRank: number | null;
  drawKey: string | null;
  expertName: string;
  employerName: string;
  excludedReasons: unknown[];
}

export interface NewPanel {
  id: string;
  caseId: string;
  purpose: string;
  poolId: string;
  seed: string;
  size: number;
  eligibleCount: number;
  drawnOn: string;
  drawnBy: string | null;
  members: NewPanelMember[];
}

export async function insertPanel(trx: Transaction<DB>, p: NewPanel): Promise<void> {
  await trx
    .insertInto('review_panels')
    .values({
      id: p.id,
      case_id: p.caseId,
      purpose: p.purpose,
      pool_id: p.poolId,
      seed: p.seed,
      size: p.size,
      eligible_count: p.eligibleCount,
      drawn_on: p.drawnOn,
      drawn_by: p.drawnBy,
    })
    .execute();
  if (p.members.length === 0) return;
  await trx
    .insertInto('panel_members')
    .values(
      p.members.map((m) => ({
        panel_id: p.id,
        expert_id: m.expertId,
        status: m.status,
        draw_rank: m.drawRank,
        draw_key: m.drawKey,
        expert_name: m.expertName,
        employer_name: m.employerName,
        excluded_reasons: JSON.stringify(m.excludedReasons),
      })),
    )
    .execute();
}

export interface PanelMemberRecord {
  expertId: string;
  status: PanelMemberStatus;
  drawRank: number | null;
  drawKey: string | null;
  expertName: string;
  employerName: string;
  excludedReasons: unknown[];
}

export interface PanelRecord {
  id: string;
  caseId: string;
  purpose: string;
  poolId: string;
  poolName: string;
  seed: string;
  size: number;
  eligibleCount: number;
  drawnOn: string;
  drawnAt: Date;
  drawnBy: string | null;
  members: PanelMemberRecord[];
}

export async function findPanel(
  db: Kysely<DB>,
  caseId: string,
  purpose = 'technical_review',
): Promise<PanelRecord | undefined> {
  const p = await db
    .selectFrom('review_panels as r')
    .innerJoin('expert_pools as p', 'p.id', 'r.pool_id')
    .selectAll('r')
    .select('p.name as pool_name')
    .where('r.case_id', '=', caseId)
    .where('r.purpose', '=', purpose)
    .executeTakeFirst();
  if (!p) return undefined;
  const members = await db
    .selectFrom('panel_members')
    .selectAll()
    .where('panel_id', '=', p.id)
    .orderBy(sql`case status when 'drawn' then 0 when 'reserve' then 1 else 2 end`)
    .orderBy('draw_rank')
    .orderBy('expert_name')
    .execute();
  return {
    id: p.id,
    caseId: p.case_id,
    purpose: p.purpose,
    poolId: p.pool_id,
    poolName: p.pool_name,
    seed: p.seed,
    size: p.size,
    eligibleCount: p.eligible_count,
    drawnOn: p.drawn_on,
    drawnAt: p.drawn_at,
    drawnBy: p.drawn_by,
    members: members.map((m) => ({
      expertId: m.expert_id,
      status: m.status,
      drawRank: m.draw_rank,
      drawKey: m.draw_key,
      expertName: m.expert_name,
      employerName: m.employer_name,
      excludedReasons: m.excluded_reasons,
    })),
  };
}

export interface OpinionRecord {
  id: string;
  panelId: string;
  expertId: string;
  expertName: string;
  round: number;
  recommendation: ReviewRecommendation;
  opinion: string;
  submittedAt: Date;
}

export async function listOpinions(
  db: Kysely<DB>,
  panelId: string,
  round?: number,
): Promise<OpinionRecord[]> {
  let q = db
    .selectFrom('expert_opinions as o')
    .innerJoin('panel_members as m', (j) =>
      j.onRef('m.panel_id', '=', 'o.panel_id').onRef('m.expert_id', '=', 'o.expert_id'),
    )
    .select([
      'o.id',
      'o.panel_id',
      'o.expert_id',
      'm.expert_name',
      'o.round',
      'o.recommendation',
      'o.opinion',
      'o.submitted_at',
    ])
    .where('o.panel_id', '=', panelId);
  if (round !== undefined) q = q.where('o.round', '=', round);
  const rows = await q.orderBy('o.round').orderBy('m.draw_rank').execute();
  return rows.map((r) => ({
    id: r.id,
    panelId: r.panel_id,
    expertId: r.expert_id,
    expertName: r.expert_name,
    round: r.round,
    recommendation: r.recommendation,
    opinion: r.opinion,
    submittedAt: r.submitted_at,
  }));
}

export class OpinionAlreadyGivenError extends Error {}

export async function insertOpinion(
  trx: Transaction<DB>,
  o: {
    id: string;
    panelId: string;
    expertId: string;
    round: number;
    recommendation: ReviewRecommendation;
    opinion: string;
    submittedBy: string | null;
    /** When it was written (default: now); a demo story dated in the past passes its day. */
    submittedAt?: Date;
  },
): Promise<void> {
  const inserted = await trx
    .insertInto('expert_opinions')
    .values({
      id: o.id,
      panel_id: o.panelId,
      expert_id: o.expertId,
      round: o.round,
      recommendation: o.recommendation,
      opinion: o.opinion,
      submitted_by: o.submittedBy,
      ...(o.submittedAt ? { submitted_at: o.submittedAt } : {}),
    })
    .onConflict((oc) => oc.columns(['panel_id', 'expert_id', 'round']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw new OpinionAlreadyGivenError();
}

export interface AssignedReview {
  caseId: string;
  referenceNo: string;
  procedure: string;
  state: string;
  institutionName: string;
  authorityName: string;
  panelId: string;
  purpose: string;
  drawnOn: string;
  /** The round under way (case data), and whether this expert has given an opinion in it. */
  round: number;
  opinionGiven: boolean;
}

/** The cases an expert sits on a panel of, newest draw first. */
export async function listAssignedReviews(db: Kysely<DB>, expertId: string): Promise<AssignedReview[]> {
  const rows = await db
    .selectFrom('panel_members as m')
    .innerJoin('review_panels as r', 'r.id', 'm.panel_id')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .innerJoin('authorities as a', 'a.id', 'c.authority_id')
    .select([
      'c.id as case_id',
      'c.reference_no',
      'c.procedure',
      'c.state',
      'c.snapshot',
      'i.name as institution_name',
      'a.name as authority_name',
      'r.id as panel_id',
      'r.purpose',
      'r.drawn_on',
      'r.drawn_at',
    ])
    .where('m.expert_id', '=', expertId)
    .where('m.status', '=', 'drawn')
    .orderBy('r.drawn_at', 'desc')
    .execute();
  if (rows.length === 0) return [];
  const given = await db
    .selectFrom('expert_opinions')
    .select(['panel_id', 'round'])
    .where('expert_id', '=', expertId)
    .where(
      'panel_id',
      'in',
      rows.map((r) => r.panel_id),
    )
    .execute();
  return rows.map((r) => {
    const round = roundOf(r.snapshot);
    return {
      caseId: r.case_id,
      referenceNo: r.reference_no,
      procedure: r.procedure,
      state: r.state,
      institutionName: r.institution_name,
      authorityName: r.authority_name,
      panelId: r.panel_id,
      purpose: r.purpose,
      drawnOn: r.drawn_on,
      round,
      opinionGiven: given.some((g) => g.panel_id === r.panel_id && g.round === round),
    };
  });
}

/** The review round under way, as the case data keeps it (data.panel.round; 1 by default). */
export function roundOf(snapshot: unknown): number {
  const round = (snapshot as { panel?: { round?: unknown } } | null)?.panel?.round;
  return typeof round === 'number' && Number.isInteger(round) && round >= 1 ? round : 1;
}
