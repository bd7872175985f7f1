// Reading rounds and inspections, each by the caller's part: the planning authority (everything, expert
// names included), the inspected institution (its own inspections, experts by name — they meet them),
// an expert (the inspections they were drawn for), and the public (published results and every draw;
// experts by pseudonymous code only, decision 0038).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { forbidden, notFound } from '../../domain/errors.js';
import { inspectionPolicy } from '../../policies/inspection.policy.js';
import { expertPoolPolicy } from '../../policies/expert-pool.policy.js';
import { poolIdInScope } from '../../persistence/registry-scope.js';
import {
  findRound,
  listEvidence,
  listFindings,
  listInspectionExperts,
  type InspectionRow,
  type RoundRow,
} from '../../persistence/inspections.repository.js';
import { findDraw } from '../../persistence/public-draws.repository.js';

const roundSummary = (r: RoundRow & { authority_name?: string; jurisdiction_name?: string }) => ({
  id: r.id,
  referenceNo: r.reference_no,
  title: r.title,
  status: r.status,
  authorityName: r.authority_name ?? '',
  jurisdictionCode: r.jurisdiction_code,
  jurisdictionName: r.jurisdiction_name ?? '',
  institutionKinds: r.institution_kinds,
  occupationCodes: r.occupation_codes,
  targetCount: r.target_count,
  expertsPerTarget: r.experts_per_target,
  methods: r.methods,
  plannedStart: r.planned_start,
  plannedEnd: r.planned_end,
  plannedOn: r.planned_on,
  drawnOn: r.drawn_on,
  completedOn: r.completed_on,
  drawId: r.draw_id,
});

const roundsQuery = (db: Kysely<DB>) =>
  db
    .selectFrom('inspection_rounds as r')
    .innerJoin('authorities as a', 'a.id', 'r.authority_id')
    .innerJoin('jurisdictions as j', 'j.code', 'r.jurisdiction_code')
    .selectAll('r')
    .select(['a.name as authority_name', 'j.name as jurisdiction_name'])
    .select(
      sql<number>`(select count(*)::int from inspections i where i.round_id = r.id)`.as('inspection_count'),
    )
    .select(
      sql<number>`(select count(*)::int from inspections i where i.round_id = r.id and i.status = 'concluded')`.as(
        'concluded_count',
      ),
    );

export async function listRounds(db: Kysely<DB>, caller: Caller) {
  if (caller?.role !== 'authority_staff' && caller?.role !== 'sysadmin')
    throw forbidden('只有评价机构监管部门可以查看抽查批次');
  const rows = await roundsQuery(db)
    .$if(caller.role !== 'sysadmin', (q) => q.where('r.authority_id', '=', caller.authorityId ?? '00000000-0000-0000-0000-000000000000'))
    .orderBy('r.created_at', 'desc')
    .limit(200)
    .execute(); // prettier-ignore
  return rows.map((r) => ({
    ...roundSummary(r),
    inspectionCount: r.inspection_count,
    concludedCount: r.concluded_count,
  }));
}

async function inspectionDetails(db: Kysely<DB>, rows: InspectionRow[], withNames: boolean) {
  const ids = rows.map((r) => r.id);
  const [experts, findings, evidence] = await Promise.all([listInspectionExperts(db, ids), listFindings(db, ids), listEvidence(db, ids)]); // prettier-ignore
  return rows.map((r) => ({
    id: r.id,
    institutionId: r.institution_id,
    institutionName: r.institution_name,
    drawRank: r.draw_rank,
    status: r.status,
    outcome: r.outcome,
    conclusion: r.conclusion,
    concludedOn: r.concluded_on,
    publishedOn: r.published_on,
    rectificationId: r.rectification_id,
    violationCaseId: r.violation_case_id,
    experts: experts.filter((e) => e.inspection_id === r.id).map((e) => ({ expertId: e.expert_id, rank: e.draw_rank, name: withNames ? e.expert_name : null })),
    findings: findings.filter((f) => f.inspection_id === r.id).map((f) => ({ seq: f.seq, item: f.item, method: f.method, result: f.result, note: f.note })),
    evidence: evidence.filter((e) => e.inspection_id === r.id).map((e) => ({ id: e.id, name: e.original_name, mediaType: e.media_type, size: Number(e.size) })),
  })); // prettier-ignore
}

export async function getRound(db: Kysely<DB>, caller: Caller, id: string) {
  const base = await findRound(db, id);
  if (!base || !inspectionPolicy.canRead(caller, { authorityId: base.authority_id }))
    throw notFound('抽查批次');
  const round = await roundsQuery(db).where('r.id', '=', id).executeTakeFirstOrThrow();
  const draw = await findDraw(db, round.draw_id);
  const pool = await db
    .selectFrom('expert_pools')
    .select(['id', 'name'])
    .where('id', '=', round.pool_id)
    .executeTakeFirst();
  const rows = await db
    .selectFrom('inspections')
    .selectAll()
    .where('round_id', '=', id)
    .orderBy('draw_rank')
    .execute();
  return {
    ...roundSummary(round),
    poolName: pool?.name ?? '',
    commitment: draw?.commitment ?? '',
    committedAt: draw ? new Date(draw.committed_at).toISOString() : '',
    revealed: draw?.revealed_at != null,
    canManage: inspectionPolicy.canManage(caller, { authorityId: round.authority_id }),
    inspections: await inspectionDetails(db, rows, true),
  };
}

/** An institution's inspections of itself (drawn ones: it is told when the inspectors come). */
export async function listOwnInspections(db: Kysely<DB>, caller: Caller) {
  if (caller?.role !== 'institution_staff' || !caller.institutionId)
    throw forbidden('只有评价机构可以查看本机构接受的检查');
  const rows = await db.selectFrom('inspections').selectAll().where('institution_id', '=', caller.institutionId).orderBy('created_at', 'desc').execute(); // prettier-ignore
  return withRounds(db, rows, true);
}

/** The inspections an expert was drawn for. */
export async function listAssignedInspections(db: Kysely<DB>, caller: Caller) {
  if (caller?.role !== 'expert' || !caller.expertId) throw forbidden('只有专家可以查看本人的检查任务');
  const rows = await db
    .selectFrom('inspections as i')
    .innerJoin('inspection_experts as x', 'x.inspection_id', 'i.id')
    .selectAll('i')
    .where('x.expert_id', '=', caller.expertId)
    .orderBy('i.created_at', 'desc')
    .execute();
  return withRounds(db, rows, true);
}

async function withRounds(db: Kysely<DB>, rows: InspectionRow[], withNames: boolean) {
  const roundIds = [...new Set(rows.map((r) => r.round_id))];
  const rounds = roundIds.length ? await roundsQuery(db).where('r.id', 'in', roundIds).execute() : [];
  const details = await inspectionDetails(db, rows, withNames);
  return details.map((d, i) => {
    const r = rounds.find((x) => x.id === rows[i]!.round_id)!;
    return { ...d, round: { id: r.id, referenceNo: r.reference_no, title: r.title, authorityName: r.authority_name, methods: r.methods, plannedStart: r.planned_start, plannedEnd: r.planned_end, drawId: r.draw_id } }; // prettier-ignore
  });
}

/**
 * 一公开: every round that has been drawn, with its targets; an inspection's outcome and findings once
 * published. Experts appear by id (a pseudonymous code) only.
 */
export async function listPublicRounds(db: Kysely<DB>, q: { jurisdiction?: string | undefined }) {
  const rounds = await roundsQuery(db)
    .where('r.status', '!=', 'planned')
    .$if(!!q.jurisdiction, (x) => x.where('r.jurisdiction_code', 'like', `${(q.jurisdiction ?? '').replace(/0+$/, '')}%`))
    .orderBy('r.drawn_on', 'desc')
    .limit(100)
    .execute(); // prettier-ignore
  const rows = rounds.length
    ? await db.selectFrom('inspections').selectAll().where('round_id', 'in', rounds.map((r) => r.id)).orderBy('draw_rank').execute()
    : []; // prettier-ignore
  const details = await inspectionDetails(db, rows, false);
  return rounds.map((r) => ({
    ...roundSummary(r),
    inspections: details
      .filter((d, i) => rows[i]!.round_id === r.id)
      .map((d) => (d.publishedOn ? { ...d, evidence: [], rectificationId: null, violationCaseId: null } : { ...d, outcome: null, conclusion: null, concludedOn: null, findings: [], evidence: [], rectificationId: null, violationCaseId: null })),
  })); // prettier-ignore
}

/** Pools the caller may draw on (the plan form). */
export async function poolOptions(db: Kysely<DB>, caller: Caller) {
  if (!inspectionPolicy.canPlan(caller)) throw forbidden('只有评价机构监管部门可以组织抽查');
  const rows = await db
    .selectFrom('expert_pools as p')
    .select(['p.id', 'p.name'])
    .select(sql<number>`(select count(*)::int from expert_pool_members m where m.pool_id = p.id)`.as('size'))
    .where(poolIdInScope(expertPoolPolicy.scope(caller), sql.ref('p.id')))
    .orderBy('p.name')
    .execute();
  return rows.map((r) => ({ id: r.id, label: `${r.name}（${r.size} 人）` }));
}
