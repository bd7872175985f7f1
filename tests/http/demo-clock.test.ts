// The demonstration clock (docs/decisions/0016-demo-clock.md): only in demo mode, only a system
// administrator, only forward, in one transaction with its audit row, and nobody is logged out.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { demoClock, installDemoClock } from '../../src/demo/demo-clock.js';
import { todayInChina } from '../../src/use-cases/registry/registry-context.js';
import { openAppWithAdminAndStaff, type Session, type TestApp } from '../support/test-app.js';

const RealDate = Date;
const realToday = () => todayInChina(new RealDate(RealDate.now()));
const plusDays = (iso: string, days: number) =>
  new RealDate(RealDate.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let t: TestApp;
let admin: Session;
let staff: Session;
beforeAll(async () => {
  ({ t, admin, staff } = await openAppWithAdminAndStaff());
});
afterEach(() => demoClock()?.uninstall());
afterAll(async () => t.close());

const offsetInDb = async () =>
  (await sql<{ offset_days: number }>`select offset_days from demo_clock`.execute(t.handle.db)).rows[0]!
    .offset_days;

describe('demo clock outside demo mode', () => {
  it('reads as the real date and cannot be moved (404, nothing stored)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/demo/clock' });
    expect(res.json()).toMatchObject({ enabled: false, offsetDays: 0, today: realToday() });
    const moved = await admin.inject('POST', '/api/v1/demo/clock/advance', { days: 5 });
    expect(moved.statusCode).toBe(404);
    expect(moved.headers['content-type']).toContain('application/problem+json');
    expect(await offsetInDb()).toBe(0);
  });
});

describe('demo clock in demo mode', () => {
  it('the administrator moves it forward: every new Date() moves, explicit dates do not, sessions survive', async () => {
    installDemoClock(await offsetInDb());
    const start = await offsetInDb();
    const res = await admin.inject('POST', '/api/v1/demo/clock/advance', { days: 6 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      enabled: true,
      offsetDays: start + 6,
      today: plusDays(realToday(), start + 6),
      realToday: realToday(),
      abilities: { advance: true },
    });
    expect(todayInChina(new Date())).toBe(plusDays(realToday(), start + 6));
    expect(new Date('2026-03-02T02:00:00Z').toISOString()).toBe('2026-03-02T02:00:00.000Z');
    // Six days idle on the new clock would end a 30-minute session; the sessions moved with it.
    expect((await admin.inject('GET', '/api/v1/auth/me')).json()).toMatchObject({
      user: { username: 'root' },
    });
    expect((await staff.inject('GET', '/api/v1/auth/me')).json()).toMatchObject({
      user: { username: 'dora' },
    });
    expect(await offsetInDb()).toBe(start + 6);
    const audit = await sql<{ action: string; after_data: { offsetDays: number } }>`
      select action, after_data from audit_log where entity = 'demo_clock' order by id desc limit 1`.execute(
      t.handle.db,
    );
    expect(audit.rows[0]).toMatchObject({ action: 'advance', after_data: { offsetDays: start + 6 } });
  });

  it('only a system administrator: authority staff 403, anonymous 401, nothing changes', async () => {
    installDemoClock(await offsetInDb());
    const before = await offsetInDb();
    const byStaff = await staff.inject('POST', '/api/v1/demo/clock/advance', { days: 1 });
    expect(byStaff.statusCode).toBe(403);
    expect(byStaff.json()).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/demo/clock/advance',
      payload: { days: 1 },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await staff.inject('GET', '/api/v1/demo/clock')).json()).toMatchObject({
      abilities: { advance: false },
    });
    expect(await offsetInDb()).toBe(before);
  });

  it('forward only, at most 3650 days: 0 and -1 refused, 3650 reached, 3651 refused with nothing half-done', async () => {
    const clock = installDemoClock(await offsetInDb());
    for (const days of [0, -1, 1.5]) {
      const res = await admin.inject('POST', '/api/v1/demo/clock/advance', { days });
      expect(res.statusCode).toBe(400);
    }
    const before = await offsetInDb();
    const toMax = await admin.inject('POST', '/api/v1/demo/clock/advance', { days: 3650 - before });
    expect(toMax.json()).toMatchObject({ offsetDays: 3650 });
    const beyond = await admin.inject('POST', '/api/v1/demo/clock/advance', { days: 1 });
    expect(beyond.statusCode).toBe(422);
    expect(beyond.json()).toMatchObject({ code: 'DEMO_CLOCK_TOO_FAR' });
    expect(await offsetInDb()).toBe(3650);
    expect(clock.offsetDays()).toBe(3650);
  });
});
