// The ledger (工作台账) as the authority reads it: the list with filters (state, source, age) and one lead
// with its history, its duplicates, its response requests and what it led to. The contact details of a
// complaint are decrypted for the handling authority's staff only (security.md).
import { sql, type Kysely } from 'kysely';
import type { DB, LeadSource, LeadStatus } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import { todayInChina } from '../registry/registry-context.js';
import { loadLead, readableAuthorityIds, requireAuthorityStaff } from './lead-access.js';

export interface LeadFilter {
  status?: LeadStatus | undefined;
  source?: LeadSource | undefined;
  /** Only open leads received at least this many days ago. */
  olderThanDays?: number | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

const dayDiff = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export async function listLeads(db: Kysely<DB>, actor: Actor, f: LeadFilter) {
  requireAuthorityStaff(actor);
  const ids = await readableAuthorityIds(db, actor);
  const today = todayInChina();
  let q = db.selectFrom('leads as l')
    .innerJoin('authorities as a', 'a.id', 'l.authority_id')
    .leftJoin('institutions as i', 'i.id', 'l.institution_id')
    .where('l.authority_id', 'in', ids); // prettier-ignore
  if (f.status) q = q.where('l.status', '=', f.status);
  if (f.source) q = q.where('l.source', '=', f.source);
  if (f.olderThanDays !== undefined) {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - f.olderThanDays);
    q = q.where('l.received_on', '<=', d.toISOString().slice(0, 10)).where('l.status', '<>', 'closed');
  }
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) =>
      eb.or([eb('l.summary', 'like', like), eb('i.name', 'like', like), eb('l.subject_text', 'like', like)]),
    );
  }
  const total = Number((await q.select(sql<number>`count(*)`.as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await q
    .select(['l.id', 'l.source', 'l.status', 'l.summary', 'l.received_on', 'l.closed_on', 'l.outcome', 'l.duplicate_of',
      'l.violation_case_id', 'l.rectification_id', 'l.authority_id', 'a.name as authority_name', 'i.name as institution_name', 'l.subject_text'])
    // Oldest open first (the ledger is worked by age, 1x-exit §7(1)); closed ones after, latest closed first.
    .orderBy((eb) => eb.case().when('l.status', '=', 'closed').then(1).else(0).end())
    .orderBy('l.received_on', 'asc').orderBy('l.closed_on', 'desc').orderBy('l.id')
    .limit(f.pageSize).offset((f.page - 1) * f.pageSize)
    .execute(); // prettier-ignore
  return {
    items: rows.map((r) => ({
      id: r.id,
      source: r.source,
      status: r.status,
      summary: r.summary.length > 120 ? `${r.summary.slice(0, 120)}…` : r.summary,
      subject: r.institution_name ?? r.subject_text,
      receivedOn: r.received_on,
      ageDays: dayDiff(r.received_on, r.closed_on ?? today),
      outcome: r.outcome,
      duplicateOf: r.duplicate_of,
      violationCaseId: r.violation_case_id,
      rectificationId: r.rectification_id,
      authorityName: r.authority_name,
      mine: r.authority_id === actor.authorityId,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

export async function getLead(db: Kysely<DB>, pd: PersonalDataProtector, actor: Actor, id: string) {
  requireAuthorityStaff(actor);
  const { lead, handles } = await loadLead(db, actor, id);
  const today = todayInChina();
  const [authority, institution, events, duplicates, requests, original, caseRow, rect] = await Promise.all([
    db.selectFrom('authorities').select(['name']).where('id', '=', lead.authority_id).executeTakeFirstOrThrow(),
    lead.institution_id ? db.selectFrom('institutions').select(['name']).where('id', '=', lead.institution_id).executeTakeFirst() : undefined,
    db.selectFrom('lead_events as e').leftJoin('authorities as a', 'a.id', 'e.authority_id').leftJoin('users as u', 'u.id', 'e.actor_user_id')
      .select(['e.seq', 'e.action', 'e.from_status', 'e.to_status', 'e.on_date', 'e.note', 'e.details', 'a.name as authority_name', 'u.display_name as actor_name'])
      .where('e.lead_id', '=', id).orderBy('e.seq').execute(),
    db.selectFrom('leads').select(['id', 'received_on', 'source', 'status']).where('duplicate_of', '=', id).orderBy('received_on').execute(),
    db.selectFrom('lead_response_requests').selectAll().where('lead_id', '=', id).orderBy('requested_on').execute(),
    lead.duplicate_of ? db.selectFrom('leads').select(['id', 'received_on', 'status']).where('id', '=', lead.duplicate_of).executeTakeFirst() : undefined,
    lead.violation_case_id ? db.selectFrom('cases').select(['id', 'reference_no', 'state']).where('id', '=', lead.violation_case_id).executeTakeFirst() : undefined,
    lead.rectification_id ? db.selectFrom('rectifications').select(['id', 'status', 'deadline']).where('id', '=', lead.rectification_id).executeTakeFirst() : undefined,
  ]); // prettier-ignore
  let contact: { name: string | null; phone: string | null; email: string | null } | null = null;
  if (handles && lead.contact_enc) {
    try {
      contact = JSON.parse(pd.reveal(lead.contact_enc)) as typeof contact;
    } catch {
      contact = null; // a key no longer configured: the page says the details cannot be read
    }
  }
  return {
    id: lead.id,
    source: lead.source,
    sourceRef: lead.source_ref,
    status: lead.status,
    summary: lead.summary,
    institutionId: lead.institution_id,
    institutionName: institution?.name ?? null,
    subjectText: lead.subject_text,
    authorityId: lead.authority_id,
    authorityName: authority.name,
    handles,
    receivedOn: lead.received_on,
    triagedOn: lead.triaged_on,
    answeredOn: lead.answered_on,
    answer: lead.answer,
    closedOn: lead.closed_on,
    outcome: lead.outcome,
    ageDays: dayDiff(lead.received_on, lead.closed_on ?? today),
    tracked: lead.tracking_hash !== null,
    hasContact: lead.contact_enc !== null,
    contact,
    duplicateOf: original
      ? { id: original.id, receivedOn: original.received_on, status: original.status }
      : null,
    duplicates: duplicates.map((d) => ({
      id: d.id,
      receivedOn: d.received_on,
      source: d.source,
      status: d.status,
    })),
    violationCase: caseRow
      ? { id: caseRow.id, referenceNo: caseRow.reference_no, state: caseRow.state }
      : null,
    rectification: rect ? { id: rect.id, status: rect.status, deadline: rect.deadline } : null,
    responseRequests: requests.map((r) => ({
      id: r.id, question: r.question, requestedOn: r.requested_on, dueOn: r.due_on, dueReason: r.due_reason,
      response: r.response, respondedOn: r.responded_on, overdue: r.responded_on === null && today > r.due_on,
    })), // prettier-ignore
    history: events.map((e) => ({
      seq: e.seq, action: e.action, fromStatus: e.from_status, toStatus: e.to_status, on: e.on_date,
      authorityName: e.authority_name, actorName: e.actor_name, note: e.note, details: e.details,
    })), // prettier-ignore
    version: lead.version,
  };
}

/** Authorities a lead may be routed to (the other territorial departments and the industry departments). */
export async function routeTargets(db: Kysely<DB>, actor: Actor) {
  requireAuthorityStaff(actor);
  const rows = await db.selectFrom('authorities').select(['id', 'name', 'kind'])
    .where('id', '<>', actor.authorityId!).orderBy('jurisdiction_code').orderBy('name').execute(); // prettier-ignore
  return rows.map((r) => ({ id: r.id, label: r.name, kind: r.kind }));
}
