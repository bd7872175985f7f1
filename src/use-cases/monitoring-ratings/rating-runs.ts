// Monitoring-rating runs (1x-selection §27, 1x-exit §5(6)): the office rates, for a period, each 1+X
// organisation it selected and each of its certificate programmes, from the system's data with the
// indicator set in force on the period's last day; every input is kept with the rating. A rating counts
// once the office confirms it; confirming a D opens a rectification order with the deadline the office
// sets (openRectification, source 'rating'): a D not rectified by then is a §5(6) ground.
import { todayInChina } from '../registry/registry-context.js';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { AppError, forbidden, invalid, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { openRectification } from '../rectifications/open-rectification.js';
import {
  oneXOrganisations,
  visibleOrganisations,
  type OneXOrganisation,
} from '../programme-operations/organisation-access.js';
import { UPDATE_KINDS } from '../programme-operations/kinds.js';
import { indicatorSetAt, type Indicator } from './indicator-sets.js';
import { gradeOf, indicatorScore, totalScore, type RatingInput } from './score.js';

const CITATIONS = [
  { source: '1x-selection', article: 27 } as const,
  { source: '1x-exit', article: 5, item: 6 } as const,
];

const requireOffice = (actor: Actor) => {
  if (actor.role !== 'authority_staff' || !actor.authorityId)
    throw forbidden('监测评价由遴选培训评价组织的部门组织');
  return actor.authorityId;
};

type Ev = RatingInput['evidence'];

/** The raw value of each source for an organisation (seq null) or one programme, over the period. */
async function rawValues(
  db: Kysely<DB>,
  org: OneXOrganisation,
  seq: number | null,
  from: string,
  to: string,
) {
  let ops = db
    .selectFrom('programme_operations')
    .select(['id', 'kind', 'occurred_on', 'details', 'programme_seq'])
    .where('institution_id', '=', org.institutionId)
    .where('withdrawn_at', 'is', null)
    .where('occurred_on', '>=', from)
    .where('occurred_on', '<=', to);
  if (seq !== null) ops = ops.where('programme_seq', '=', seq);
  const records = await ops.orderBy('occurred_on').execute();
  const ev = (kinds: string[], text: (d: Record<string, unknown>) => string): Ev =>
    records
      .filter((r) => kinds.includes(r.kind))
      .map((r) => ({ id: r.id, on: String(r.occurred_on).slice(0, 10), text: text(r.details) }));
  const evaluations = ev(['evaluation'], (d) => String(d.candidates ?? 0));
  const schools = ev(['school_implementation'], (d) => String(d.schoolName ?? ''));
  const training = ev(['teacher_training'], (d) => String(d.participants ?? 0));
  const inspections = await db
    .selectFrom('inspections')
    .select(['id', 'concluded_on', 'conclusion'])
    .where('institution_id', '=', org.institutionId)
    .where('outcome', 'in', ['rectify', 'violation_suspected'])
    .where('concluded_on', '>=', from)
    .where('concluded_on', '<=', to)
    .execute();
  const leads = await db
    .selectFrom('leads')
    .select(['id', 'closed_on', 'summary'])
    .where('institution_id', '=', org.institutionId)
    .where('outcome', '=', 'substantiated')
    .where('closed_on', '>=', from)
    .where('closed_on', '<=', to)
    .execute();
  let rq = db
    .selectFrom('rectifications')
    .select(['id', 'deadline', 'subject'])
    .where('institution_id', '=', org.institutionId)
    .where('status', '<>', 'accepted')
    .where('deadline', '<', to);
  if (seq !== null)
    rq = rq.where((eb) => eb.or([eb('programme_seq', '=', seq), eb('programme_seq', 'is', null)]));
  const overdue = await rq.execute();
  const out: Record<Indicator['source'], { raw: number; evidence: Ev }> = {
    candidates: { raw: evaluations.reduce((s, e) => s + Number(e.text), 0), evidence: evaluations },
    schools: { raw: new Set(schools.map((s) => s.text)).size, evidence: schools },
    updates: { raw: ev([...UPDATE_KINDS, 'materials_version'], () => '').length, evidence: ev([...UPDATE_KINDS, 'materials_version'], (d) => String(d.version ?? '')) }, // prettier-ignore
    teacher_training: { raw: training.reduce((s, e) => s + Number(e.text), 0), evidence: training },
    inspection_problems: { raw: inspections.length, evidence: inspections.map((i) => ({ id: i.id, on: String(i.concluded_on).slice(0, 10), text: i.conclusion ?? '' })) }, // prettier-ignore
    leads_substantiated: { raw: leads.length, evidence: leads.map((l) => ({ id: l.id, on: String(l.closed_on).slice(0, 10), text: l.summary })) }, // prettier-ignore
    rectifications_overdue: { raw: overdue.length, evidence: overdue.map((r) => ({ id: r.id, on: String(r.deadline).slice(0, 10), text: r.subject })) }, // prettier-ignore
  };
  return out;
}

export async function runRating(
  db: Kysely<DB>,
  actor: Actor,
  input: { periodFrom: string; periodTo: string },
  requestId?: string,
) {
  const authorityId = requireOffice(actor);
  if (input.periodTo < input.periodFrom)
    throw invalid('PERIOD_INVALID', '评价期间的结束日不能早于开始日', [
      { path: 'periodTo', message: '结束日不能早于开始日' },
    ]);
  const set = await indicatorSetAt(db, authorityId, input.periodTo);
  if (!set) throw invalid('NO_INDICATOR_SET', `${input.periodTo} 没有施行中的监测评价指标体系，请先制定`);
  // Rated only where SkillReg holds the organisation's data for the whole period (decision 0040): an
  // organisation imported during or after it would score nothing for want of data, not of activity.
  const orgs = (await oneXOrganisations(db, { officeId: authorityId })).filter(
    (o) => o.dataFrom === null || o.dataFrom <= input.periodFrom,
  );
  const runId = randomUUID();
  const rows: { id: string; run_id: string; institution_id: string; programme_seq: number | null; score: number; grade: 'A' | 'B' | 'C' | 'D'; inputs: string }[] = []; // prettier-ignore
  for (const org of orgs)
    for (const seq of [null, ...org.programmes.map((p) => p.seq)]) {
      const raw = await rawValues(db, org, seq, input.periodFrom, input.periodTo);
      const inputs: RatingInput[] = set.indicators.map((ind) => ({
        name: ind.name,
        source: ind.source,
        weight: ind.weight,
        raw: raw[ind.source].raw,
        score: indicatorScore(ind, raw[ind.source].raw),
        evidence: raw[ind.source].evidence.slice(0, 50),
      }));
      const score = totalScore(inputs);
      rows.push({ id: randomUUID(), run_id: runId, institution_id: org.institutionId, programme_seq: seq, score, grade: gradeOf(score, set.bands), inputs: JSON.stringify(inputs) }); // prettier-ignore
    }
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('rating_runs').values({ id: runId, authority_id: authorityId, indicator_set_id: set.id, period_from: input.periodFrom, period_to: input.periodTo, created_by: actor.userId }).execute(); // prettier-ignore
    if (rows.length) await trx.insertInto('ratings').values(rows).execute();
    await writeAudit(
      trx,
      { caller: actor, requestId },
      {
        entity: 'rating_run',
        entityId: runId,
        action: 'run',
        after: { ...input, indicatorSetVersion: set.version, ratings: rows.map((r) => ({ institutionId: r.institution_id, programmeSeq: r.programme_seq, score: r.score, grade: r.grade })) }, // prettier-ignore
        citations: [...CITATIONS],
      },
    );
  });
  return { id: runId };
}

export async function confirmRating(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  input: { deadline?: string | undefined; subject?: string | undefined },
  requestId?: string,
) {
  const authorityId = requireOffice(actor);
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .selectFrom('ratings as r')
      .innerJoin('rating_runs as u', 'u.id', 'r.run_id')
      .innerJoin('institutions as i', 'i.id', 'r.institution_id')
      .select(['r.id', 'r.institution_id', 'r.programme_seq', 'r.grade', 'r.score', 'r.confirmed_on', 'u.period_from', 'u.period_to', 'i.name'])
      .where('r.id', '=', id)
      .where('u.authority_id', '=', authorityId)
      .forUpdate()
      .executeTakeFirst(); // prettier-ignore
    if (!r) throw notFound('监测评价结果');
    if (r.confirmed_on) throw new AppError(409, 'RATING_CONFIRMED', '已确认', '该评价结果已经确认');
    if (r.grade === 'D' && !input.deadline)
      throw invalid('DEADLINE_REQUIRED', 'D 档须责令限期整改，请设定整改期限（第五条第（六）项）', [
        { path: 'deadline', message: '请设定整改期限' },
      ]);
    const audit = { caller: actor, requestId };
    const rect =
      r.grade === 'D'
        ? await openRectification(trx, audit, {
            authorityId,
            institutionId: r.institution_id,
            programmeSeq: r.programme_seq,
            source: 'rating',
            sourceId: r.id,
            subject:
              input.subject?.trim() ||
              `${r.name}${String(r.period_from)} 至 ${String(r.period_to)} 监测评价结果为 D 档（${r.score} 分），限期整改`,
            deadline: input.deadline!,
            citations: [...CITATIONS],
          })
        : null;
    const today = todayInChina();
    await trx.updateTable('ratings').set({ confirmed_on: today, confirmed_by: actor.userId, rectification_id: rect?.id ?? null }).where('id', '=', id).execute(); // prettier-ignore
    await writeAudit(trx, audit, { entity: 'rating', entityId: id, action: 'confirm', after: { grade: r.grade, score: r.score, rectificationId: rect?.id ?? null }, citations: [...CITATIONS] }); // prettier-ignore
    return { id, rectificationId: rect?.id ?? null };
  });
}

/** Runs with their ratings: the office's; an organisation sees its own confirmed ratings only. */
export async function listRatings(db: Kysely<DB>, actor: Actor) {
  const orgs = await visibleOrganisations(db, actor);
  if (orgs.length === 0) return { runs: [] };
  const isOrg = actor.role === 'institution_staff';
  let runs = db
    .selectFrom('rating_runs as u')
    .innerJoin('rating_indicator_sets as s', 's.id', 'u.indicator_set_id')
    .select(['u.id', 'u.period_from', 'u.period_to', 'u.created_at', 's.version', 's.bands']);
  runs = isOrg
    ? runs.where('u.authority_id', '=', orgs[0]!.officeId)
    : runs.where('u.authority_id', '=', actor.authorityId!);
  const runRows = await runs.orderBy('u.created_at', 'desc').limit(50).execute();
  if (runRows.length === 0) return { runs: [] };
  let q = db
    .selectFrom('ratings as r')
    .leftJoin('rectifications as x', 'x.id', 'r.rectification_id')
    .select([
      'r.id',
      'r.run_id',
      'r.institution_id',
      'r.programme_seq',
      'r.score',
      'r.grade',
      'r.inputs',
      'r.confirmed_on',
      'r.rectification_id',
      'x.deadline',
      'x.status as rectification_status',
    ]) // prettier-ignore
    .where(
      'r.run_id',
      'in',
      runRows.map((u) => u.id),
    )
    .where(
      'r.institution_id',
      'in',
      orgs.map((o) => o.institutionId),
    );
  if (isOrg) q = q.where('r.confirmed_on', 'is not', null);
  const ratings = await q.orderBy('r.institution_id').orderBy('r.programme_seq').execute();
  const nameOf = new Map(orgs.map((o) => [o.institutionId, o]));
  return {
    runs: runRows
      .map((u) => ({
        id: u.id,
        periodFrom: String(u.period_from).slice(0, 10),
        periodTo: String(u.period_to).slice(0, 10),
        createdAt: new Date(u.created_at).toISOString(),
        indicatorSetVersion: u.version,
        bands: u.bands,
        ratings: ratings
          .filter((r) => r.run_id === u.id)
          .map((r) => ({
            id: r.id,
            institutionId: r.institution_id,
            institutionName: nameOf.get(r.institution_id)?.name ?? '',
            programmeSeq: r.programme_seq,
            programmeName: r.programme_seq === null ? null : (nameOf.get(r.institution_id)?.programmes.find((p) => p.seq === r.programme_seq)?.name ?? null), // prettier-ignore
            score: Number(r.score),
            grade: r.grade,
            inputs: r.inputs as RatingInput[],
            confirmedOn: r.confirmed_on ? String(r.confirmed_on).slice(0, 10) : null,
            rectificationId: r.rectification_id,
            rectificationDeadline: r.deadline ? String(r.deadline).slice(0, 10) : null,
            rectificationStatus: r.rectification_status ?? null,
          })),
      }))
      .filter((u) => !isOrg || u.ratings.length > 0),
  };
}
