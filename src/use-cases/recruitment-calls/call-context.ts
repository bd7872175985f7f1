// What every recruitment-call use case is given, and who may do what with a call. The public reads
// published and closed calls (a 招募公告 is public by nature, 1x-selection §5 公开、§14 发布招募公告);
// the joint-conference office and the unit it entrusts (有关机构, §14) draft, publish and close their own.
import type { Database } from '../../persistence/database.js';
import type { Actor, Caller } from '../../policies/actor.js';
import type { AuditContext } from '../../audit/write-audit.js';
import type {
  CallVisibility,
  RecruitmentCallRecord,
} from '../../persistence/recruitment-calls.repository.js';
import { AppError } from '../../domain/errors.js';

export interface CallContext {
  db: Database;
  caller: Caller;
  requestId?: string | undefined;
  /** For tests: the current time. */
  now?: Date;
}

export const auditContext = (ctx: CallContext): AuditContext => ({
  caller: ctx.caller,
  requestId: ctx.requestId,
});

export function requireActor(ctx: CallContext): Actor {
  if (!ctx.caller) throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先登录');
  return ctx.caller;
}

/** §4 部际联席会议办公室负责日常工作; §14 有关机构发布招募公告. */
export const ISSUER_KINDS = ['joint_conference_office', 'delegated_unit'] as const;

export function isIssuer(caller: Caller): caller is Actor & { authorityId: string } {
  return (
    caller?.role === 'authority_staff' &&
    !!caller.authorityId &&
    (ISSUER_KINDS as readonly string[]).includes(caller.authorityKind ?? '')
  );
}

/** A draft is the issuing office's working paper: nobody else sees it, the administrator included. */
export function callVisibility(caller: Caller): CallVisibility {
  if (isIssuer(caller)) return { kind: 'issuer', authorityId: caller.authorityId };
  return { kind: 'public' };
}

export interface CallAbilities {
  update: boolean;
  publish: boolean;
  close: boolean;
  /**
   * The caller's institution may apply today: institution staff, the call taking applications (§14
   * 符合条件的单位自愿申报 — whether it qualifies is the eligibility check's, §2, §6–10).
   */
  apply: boolean;
  /** The issuer sees the applications made to the call. */
  listApplications: boolean;
}

export type CallWindow = 'not_published' | 'upcoming' | 'open' | 'ended' | 'closed';

/** Where the call stands on `today`: applications are taken from open_on to close_on, both included. */
export function callWindow(
  c: Pick<RecruitmentCallRecord, 'status' | 'openOn' | 'closeOn'>,
  today: string,
): CallWindow {
  if (c.status === 'draft') return 'not_published';
  if (c.status === 'closed') return 'closed';
  if (today < c.openOn) return 'upcoming';
  return today <= c.closeOn ? 'open' : 'ended';
}

export function callAbilities(
  caller: Caller,
  c: Pick<RecruitmentCallRecord, 'authorityId' | 'status' | 'openOn' | 'closeOn'>,
  today: string,
): CallAbilities {
  const own = isIssuer(caller) && caller.authorityId === c.authorityId;
  return {
    update: own && c.status === 'draft',
    publish: own && c.status === 'draft',
    close: own && c.status === 'published',
    apply: caller?.role === 'institution_staff' && callWindow(c, today) === 'open',
    listApplications: own,
  };
}
