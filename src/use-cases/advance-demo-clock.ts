// Moves the demonstration clock forward (sysadmin, demo mode only). Forward only: moving back would
// put recorded events after "today" and run deadlines backwards. The offset, the sessions moved with
// it and the audit row are one transaction; the running clock changes only after the commit.
import { writeAudit, type AuditContext } from '../audit/write-audit.js';
import { DEMO_CLOCK_MAX_DAYS, type DemoClock } from '../demo/demo-clock.js';
import { AppError, forbidden, invalid, notFound } from '../domain/errors.js';
import type { Database } from '../persistence/database.js';
import {
  lockDemoClockOffset,
  saveDemoClockOffset,
  shiftOpenSessions,
} from '../persistence/demo-clock.repository.js';
import { demoClockPolicy } from '../policies/demo-clock.policy.js';
import { kickDailyExits } from '../jobs/daily-exits.js';

export async function advanceDemoClock(
  db: Database,
  clock: DemoClock | null,
  ctx: AuditContext,
  input: { days: number },
): Promise<{ offsetDays: number }> {
  if (!ctx.caller) throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先登录');
  if (!demoClockPolicy.canAdvance(ctx.caller)) throw forbidden('只有系统管理员可以调整演示时钟');
  if (!clock) throw notFound('演示时钟（仅演示环境提供）');
  if (!Number.isInteger(input.days) || input.days < 1) {
    throw invalid('DEMO_CLOCK_FORWARD_ONLY', '演示时钟只能向后拨，前移天数应为正整数');
  }
  const offsetDays = await db.transaction().execute(async (trx) => {
    const before = await lockDemoClockOffset(trx);
    const after = before + input.days;
    if (after > DEMO_CLOCK_MAX_DAYS) {
      throw invalid(
        'DEMO_CLOCK_TOO_FAR',
        `演示时钟最多前移 ${DEMO_CLOCK_MAX_DAYS} 天（当前已前移 ${before} 天）`,
      );
    }
    await saveDemoClockOffset(trx, after, new Date());
    await shiftOpenSessions(trx, input.days);
    await writeAudit(trx, ctx, {
      entity: 'demo_clock',
      entityId: 'demo_clock',
      action: 'advance',
      before: { offsetDays: before },
      after: { offsetDays: after },
    });
    return after;
  });
  clock.setOffsetDays(offsetDays);
  // A new day for the server: the gz-rules §14 lapse and the reminders run for it now (decision 0042).
  kickDailyExits();
  return { offsetDays };
}
