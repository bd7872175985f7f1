// A recruitment call as the API shows it: the record, where its application window stands today,
// and what the caller may do with it.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { notFound } from '../../domain/errors.js';
import { findCall, type RecruitmentCallRecord } from '../../persistence/recruitment-calls.repository.js';
import {
  callAbilities,
  callVisibility,
  callWindow,
  type CallAbilities,
  type CallWindow,
} from './call-context.js';

export type RecruitmentCallView = RecruitmentCallRecord & { window: CallWindow; abilities: CallAbilities };

export const recruitmentCallView = (
  caller: Caller,
  r: RecruitmentCallRecord,
  today: string,
): RecruitmentCallView => ({
  ...r,
  window: callWindow(r, today),
  abilities: callAbilities(caller, r, today),
});

/** The call if the caller may see it (drafts only to their issuer), else 404. */
export async function loadCall(db: Kysely<DB>, caller: Caller, id: string): Promise<RecruitmentCallRecord> {
  const r = await findCall(db, callVisibility(caller), id);
  if (!r) throw notFound('招募公告');
  return r;
}
