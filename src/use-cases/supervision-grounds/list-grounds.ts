// 监管依据 — the grounds queue (issue 14 point 4): every ground the data raises in the caller's remit,
// computed on read (nothing scheduled: several server processes cannot raise one twice), each with the
// article, the dates and the records behind it, and its state — open until a person acts: opens a
// violation case, opens a rectification, takes the exit route (issue 15) or dismisses it with a reason;
// that act is recorded once (supervision_grounds, unique on institution, programme, rule and since).
// - 1x-exit §5(2)–(6) for the 1+X organisations the caller's office selected (programme-grounds.ts);
// - mohrss-violations §13(3) / §14(7): a filed institution a year or more without an evaluation, in the
//   caller's scope (inactivity-grounds.ts, which also reads a 1+X organisation's evaluation records).
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import type { Citation } from '../../domain/citation.js';
import { forbidden } from '../../domain/errors.js';
import {
  channelProblems,
  failingRating,
  noEvaluations,
  noSchools,
  noStart,
  noUpdate,
} from '../../rules/1x-exit/revocation.js';
import { oneXOrganisations } from '../programme-operations/organisation-access.js';
import { listInactivityGrounds } from '../violation-case/inactivity-grounds.js';
import {
  channelThreshold,
  latestRatings,
  operationsOf,
  programmeActivity,
  unresolvedProblems,
  type EvidenceItem,
} from './ground-data.js';
import { programmeGrounds, type ComputedGround } from './programme-grounds.js';

export const INACTIVITY_RULE_ID = 'mohrss-violations/14/7';
const INACTIVITY_CITATIONS: Citation[] = [
  { source: 'mohrss-violations', article: 13, item: 3 },
  { source: 'mohrss-violations', article: 14, item: 7 },
];

export interface GroundItem {
  key: string;
  institutionId: string;
  institutionName: string;
  /** 0: the organisation (or institution) as a whole. */
  programmeSeq: number;
  programmeName: string | null;
  ruleId: string;
  citations: Citation[];
  since: string;
  message_zh: string;
  message_en: string;
  evidence: EvidenceItem[];
  state: 'open' | 'acted' | 'dismissed';
  action: 'violation_case' | 'rectification' | 'exit' | null;
  caseId: string | null;
  rectificationId: string | null;
  reason: string | null;
  actedAt: string | null;
}

export const groundKey = (g: {
  institutionId: string;
  programmeSeq: number;
  ruleId: string;
  since: string;
}) => `${g.institutionId}|${g.programmeSeq}|${g.ruleId}|${g.since}`;

const op = (o: { id: string; kind: string; occurredOn: string } | null, text: string): EvidenceItem[] =>
  o ? [{ kind: `operation:${o.kind}`, id: o.id, on: o.occurredOn, text }] : [];

/** The evidence of a programme ground: the approval and the records its dates come from. */
function programmeEvidence(
  g: ComputedGround,
  approvedOn: string,
  a: ReturnType<typeof programmeActivity>,
  imported: boolean,
) {
  const approval: EvidenceItem = {
    kind: imported ? 'data_from' : 'approval',
    id: null,
    on: approvedOn,
    text: '',
  };
  switch (g.ruleId) {
    case noStart.id:
      return [approval, ...op(a.records.first, '')];
    case noUpdate.id:
      return [approval, ...op(a.records.update, '')];
    case noEvaluations.id:
      return [approval, ...op(a.records.evaluation, String(a.records.evaluation?.details.candidates ?? ''))];
    case noSchools.id:
      return [approval, ...op(a.records.school, String(a.records.school?.details.schoolName ?? ''))];
    default:
      return [approval];
  }
}

/** Every 1x-exit §5 ground the data raises for the organisations an office selected. */
export async function computeOneXGrounds(db: Kysely<DB>, officeId: string, today: string) {
  const orgs = await oneXOrganisations(db, { officeId });
  const ids = orgs.map((o) => o.institutionId);
  const [ops, ratings, threshold] = await Promise.all([
    operationsOf(db, ids),
    latestRatings(db, ids),
    channelThreshold(db, officeId),
  ]);
  const out: Omit<GroundItem, 'state' | 'action' | 'caseId' | 'rectificationId' | 'reason' | 'actedAt'>[] =
    [];
  const ratingOf = (institutionId: string, seq: number) => {
    const r = ratings.get(`${institutionId}|${seq}`);
    if (!r) return null;
    // "未按要求整改到位": the order's deadline has passed (0028's reading) and it is not accepted.
    const overdue = r.rectificationStatus !== 'accepted' && r.deadline !== null && today > r.deadline;
    return { grade: r.grade, rectified: !overdue, since: r.deadline ?? r.periodTo, facts: r };
  };
  for (const org of orgs) {
    const mine = ops.get(org.institutionId) ?? [];
    // An imported organisation's periods run from the day SkillReg holds its data, never from before
    // (its §5(2) start is unknowable when it was approved before the import): decision 0040.
    const heldFrom = org.dataFrom && org.dataFrom > org.approvedOn ? org.dataFrom : null;
    const from = heldFrom ?? org.approvedOn;
    for (const p of org.programmes) {
      const a = programmeActivity({ ...org, approvedOn: from }, p.seq, mine);
      const rating = ratingOf(org.institutionId, p.seq);
      for (const g of programmeGrounds(
        { approvedOn: from, ...a, ...(heldFrom ? { firstWorkOn: from } : {}), channelProblems: null, rating },
        today,
      )) {
        const evidence = g.ruleId === failingRating.id && rating
          ? [{ kind: 'rating', id: rating.facts.ratingId, on: rating.facts.periodTo, text: rating.facts.grade }, { kind: 'rectification', id: rating.facts.rectificationId, on: rating.facts.deadline ?? '', text: rating.facts.rectificationStatus ?? '' }]
          : programmeEvidence(g, from, a, heldFrom !== null); // prettier-ignore
        out.push({ key: '', institutionId: org.institutionId, institutionName: org.name, programmeSeq: p.seq, programmeName: p.name, ruleId: g.ruleId, citations: [g.citation], since: g.since, message_zh: g.message_zh, message_en: g.message_en, evidence }); // prettier-ignore
      }
    }
    // The organisation as a whole: §5(5) against the office's threshold, §5(6) on its own rating.
    const problems = threshold ? await unresolvedProblems(db, org.institutionId, today) : [];
    const channel =
      threshold && problems.length >= threshold.unresolved_problems ? { since: problems[0]!.on } : null;
    const rating = ratingOf(org.institutionId, 0);
    for (const g of programmeGrounds(
      {
        approvedOn: org.approvedOn,
        firstWorkOn: org.approvedOn,
        lastUpdateOn: today,
        lastEvaluationWithCandidatesOn: today,
        lastSchoolImplementationOn: today,
        channelProblems: channel,
        rating,
      },
      today,
    )) {
      if (g.ruleId !== channelProblems.id && g.ruleId !== failingRating.id) continue;
      const message = g.ruleId === channelProblems.id
        ? { zh: `存在情形：未解决的问题 ${problems.length} 个，达到本部门设定的 ${threshold!.unresolved_problems} 个（${threshold!.reason}）`, en: `Ground present: ${problems.length} unresolved problems, at or over the ${threshold!.unresolved_problems} this authority set` }
        : { zh: g.message_zh, en: g.message_en }; // prettier-ignore
      const evidence = g.ruleId === channelProblems.id ? problems : [{ kind: 'rating', id: rating!.facts.ratingId, on: rating!.facts.periodTo, text: rating!.facts.grade }, { kind: 'rectification', id: rating!.facts.rectificationId, on: rating!.facts.deadline ?? '', text: rating!.facts.rectificationStatus ?? '' }]; // prettier-ignore
      out.push({ key: '', institutionId: org.institutionId, institutionName: org.name, programmeSeq: 0, programmeName: null, ruleId: g.ruleId, citations: [g.citation], since: g.since, message_zh: message.zh, message_en: message.en, evidence }); // prettier-ignore
    }
  }
  return out.map((g) => ({ ...g, key: groundKey(g) }));
}

export async function listGrounds(
  db: Kysely<DB>,
  actor: Actor,
  today: string,
  state?: 'open' | 'acted' | 'dismissed',
) {
  if (actor.role !== 'authority_staff' || !actor.authorityId) throw forbidden('只有监管部门可以查看监管依据');
  const computed = await computeOneXGrounds(db, actor.authorityId, today);
  const inactivity = await listInactivityGrounds(db, actor, today);
  const all = [
    ...computed,
    ...inactivity.map((g) => {
      const base = { institutionId: g.institutionId, programmeSeq: 0, ruleId: INACTIVITY_RULE_ID, since: g.lastEvaluationOn };
      return { ...base, key: groundKey(base), institutionName: g.institutionName, programmeName: null, citations: INACTIVITY_CITATIONS,
        message_zh: `${g.basis === 'session' ? `最近一次评价于 ${g.lastEvaluationOn} 结束` : `自 ${g.lastEvaluationOn} 备案后未开展评价`}，至 ${g.yearCompleteOn} 已满一年（是否有正当理由须由监管部门认定）`,
        message_en: `${g.basis === 'session' ? `Last evaluation ended on ${g.lastEvaluationOn}` : `No evaluation since filing on ${g.lastEvaluationOn}`}; one year complete on ${g.yearCompleteOn} (whether there was a good reason is for the authority to judge)`,
        evidence: [{ kind: g.basis === 'session' ? 'last_session' : 'filing', id: null, on: g.lastEvaluationOn, text: g.jurisdictionName }],
        openCaseId: g.openCaseId };
    }),
  ]; // prettier-ignore
  const recorded = all.length
    ? await db
        .selectFrom('supervision_grounds')
        .selectAll()
        .where('institution_id', 'in', [...new Set(all.map((g) => g.institutionId))])
        .execute()
    : [];
  const byKey = new Map(recorded.map((r) => [groundKey({ institutionId: r.institution_id, programmeSeq: r.programme_seq, ruleId: r.rule_id, since: String(r.since).slice(0, 10) }), r])); // prettier-ignore
  const items: GroundItem[] = all.map((g) => {
    const r = byKey.get(g.key);
    const openCase = 'openCaseId' in g ? (g.openCaseId as string | null) : null;
    const { openCaseId: _unused, ...rest } = g as typeof g & { openCaseId?: unknown };
    void _unused;
    if (r)
      return { ...rest, state: r.state, action: r.action, caseId: r.case_id, rectificationId: r.rectification_id, reason: r.reason, actedAt: new Date(r.acted_at).toISOString() }; // prettier-ignore
    // A §13(3)/§14(7) case opened on the violation page before this queue existed counts as acted.
    if (openCase)
      return { ...rest, state: 'acted' as const, action: 'violation_case' as const, caseId: openCase, rectificationId: null, reason: null, actedAt: null }; // prettier-ignore
    return { ...rest, state: 'open' as const, action: null, caseId: null, rectificationId: null, reason: null, actedAt: null }; // prettier-ignore
  });
  return { asOf: today, items: state ? items.filter((i) => i.state === state) : items };
}
