// Public complaints (投诉举报; 1x-selection §26 接受学校、教师、学生、家长及社会各方的投诉举报, mohrss-filing
// 一(十七) / 二(十三) 监督投诉渠道): filed without an account, they arrive in the handling authority's ledger
// as leads. The complainant gets a tracking code once — 16 characters of Crockford base32 (80 random bits):
// only its SHA-256 is stored, so neither a database reader nor a guesser finds a complaint by it. The
// tracking page shows the state and, once given, the answer: never the contact details, never the
// authority's internal notes or history. Contact details (optional) are encrypted like document numbers
// (src/identity/personal-data.ts) and read only by the handling authority's staff.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, LeadOutcome, LeadStatus } from '../../persistence/schema.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import { notFound } from '../../domain/errors.js';
import { todayInChina } from '../registry/registry-context.js';
import { raiseLead } from './raise-lead.js';
import { leadInputProblem } from './lead-errors.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford: no I, L, O, U

/** 16 characters from 10 random bytes (80 bits), shown as XXXX-XXXX-XXXX-XXXX. */
export function newTrackingCode(bytes: Buffer = randomBytes(10)): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** Case, spaces and dashes do not matter; O→0 and I/L→1 as Crockford reads them. */
export function normaliseTrackingCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
export const trackingHash = (code: string): string =>
  createHash('sha256')
    .update(`skillreg/complaint/${normaliseTrackingCode(code)}`)
    .digest('hex');

export interface ComplaintInput {
  /** An institution of the public directory (its entry), or … */
  entryId?: string | undefined;
  /** … whom it is about, in the complainant's words, with the province it happened in. */
  subjectText?: string | undefined;
  provinceCode?: string | undefined;
  what: string;
  contact?: { name?: string | undefined; phone?: string | undefined; email?: string | undefined } | undefined;
}

/** Which authority handles it: the one that filed or selected the institution, else the province's. */
async function handlingAuthority(db: Kysely<DB>, input: ComplaintInput) {
  if (input.entryId) {
    const e = /^[0-9a-f-]{36}$/i.test(input.entryId)
      ? await db.selectFrom('directory_entries').select(['institution_id', 'authority_id', 'institution_name'])
          .where('id', '=', input.entryId).where('withdrawn_on', 'is', null).executeTakeFirst()
      : undefined; // prettier-ignore
    if (!e)
      throw leadInputProblem(
        'entryId',
        '所选机构不在公开目录中',
        'The institution is not in the public directory',
      );
    return { authorityId: e.authority_id, institutionId: e.institution_id, subjectText: e.institution_name };
  }
  const subjectText = (input.subjectText ?? '').trim();
  if (subjectText.length < 2 || subjectText.length > 200) {
    throw leadInputProblem(
      'subjectText',
      '请从目录选择机构，或写明被投诉的单位或个人（2–200 字）',
      'Choose an institution from the directory, or name whom the complaint is about (2–200 characters)',
    );
  }
  if (!input.provinceCode || !/^\d{2}0000$/.test(input.provinceCode)) {
    throw leadInputProblem('provinceCode', '请选择事情发生的省份', 'Choose the province where it happened');
  }
  const provincial = await db.selectFrom('authorities').select('id')
    .where('kind', '=', 'provincial_hrss').where('jurisdiction_code', '=', input.provinceCode)
    .orderBy('created_at').executeTakeFirst(); // prettier-ignore
  // A province without its department in the system: the ministry's channel (mohrss-filing 一(十七)).
  const national =
    provincial ??
    (await db
      .selectFrom('authorities')
      .select('id')
      .where('kind', '=', 'mohrss')
      .orderBy('created_at')
      .executeTakeFirst());
  if (!national)
    throw leadInputProblem(
      'provinceCode',
      '该省份暂无受理部门',
      'No authority receives complaints for this province',
    );
  return { authorityId: national.id, institutionId: null, subjectText };
}

export async function submitComplaint(
  db: Kysely<DB>,
  pd: PersonalDataProtector,
  input: ComplaintInput,
  opts: { requestId?: string; code?: string; receivedOn?: string } = {},
): Promise<{ trackingCode: string; receivedOn: string }> {
  const what = input.what.trim();
  if (what.length < 10 || what.length > 5000) {
    throw leadInputProblem(
      'what',
      '请写明投诉举报的事实（10–5000 字）',
      'Describe what happened (10–5000 characters)',
    );
  }
  const target = await handlingAuthority(db, input);
  const c = input.contact ?? {};
  const contact = {
    name: c.name?.trim() || null,
    phone: c.phone?.trim() || null,
    email: c.email?.trim() || null,
  };
  const hasContact = contact.name !== null || contact.phone !== null || contact.email !== null;
  const code = opts.code ?? newTrackingCode();
  const receivedOn = opts.receivedOn ?? todayInChina();
  await db.transaction().execute(
    (trx) =>
    raiseLead(trx, { caller: null, ...(opts.requestId ? { requestId: opts.requestId } : {}) }, {
      source: 'complaint', authorityId: target.authorityId, institutionId: target.institutionId,
      subjectText: target.subjectText, summary: what, receivedOn,
      trackingHash: trackingHash(code), contactEnc: hasContact ? pd.protect(JSON.stringify(contact)).enc : null,
    }), // prettier-ignore
  );
  return { trackingCode: code, receivedOn };
}

export interface Tracked {
  status: LeadStatus;
  receivedOn: string;
  answeredOn: string | null;
  answer: string | null;
  closedOn: string | null;
  outcome: LeadOutcome | null;
  /** The complaint was sent on to another authority (its name is public; nothing else about it). */
  routedTo: string | null;
  /** A duplicate: the original's answer, when it has one. */
  originalAnswer: string | null;
}

export async function trackComplaint(db: Kysely<DB>, code: string): Promise<Tracked> {
  const lead = await db.selectFrom('leads as l').innerJoin('authorities as a', 'a.id', 'l.authority_id')
    .select(['l.id', 'l.status', 'l.received_on', 'l.answered_on', 'l.answer', 'l.closed_on', 'l.outcome', 'l.duplicate_of', 'a.name as authority_name'])
    .where('l.tracking_hash', '=', trackingHash(code)).executeTakeFirst(); // prettier-ignore
  if (!lead) throw notFound('投诉');
  const routed = await db
    .selectFrom('lead_events')
    .select('seq')
    .where('lead_id', '=', lead.id)
    .where('action', '=', 'route')
    .executeTakeFirst();
  const original = lead.duplicate_of
    ? await db.selectFrom('leads').select('answer').where('id', '=', lead.duplicate_of).executeTakeFirst()
    : undefined; // prettier-ignore
  return {
    status: lead.status,
    receivedOn: lead.received_on,
    answeredOn: lead.answered_on,
    answer: lead.answer,
    closedOn: lead.closed_on,
    outcome: lead.outcome,
    routedTo: routed ? lead.authority_name : null,
    originalAnswer: original?.answer ?? null,
  };
}
