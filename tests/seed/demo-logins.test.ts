import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, login, TEST_DATA_KEY, type TestApp } from '../support/test-app.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/persistence/seed/demo/accounts.js';
import { DEMO_AUTHORITIES } from '../../src/persistence/seed/demo/authorities.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp((h) =>
    seedAll(h.db, { demo: true, personalData: createPersonalDataProtector(TEST_DATA_KEY) }).then(
      () => undefined,
    ),
  );
});
afterAll(async () => t.close());

describe('demo accounts', () => {
  it('lists the demo accounts, covering every role', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.username)).toEqual([
      'admin',
      'osta',
      'guizhou',
      'zhejiang',
      'guiyang',
      'jco',
      'industry',
      'inst_gz',
      'inst_zj',
      'inst_nat',
      'inst_tx',
      'expert',
      'expert_luo',
      'expert_duan',
      'expert_qin',
      'expert_cheng',
      'expert_wang',
      'expert_xie',
      'expert_gao',
      'expert_bai',
      'inst_gz_weak',
      'inst_ind',
      'inst_gz_emp',
      'inst_gz_school',
    ]);
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role))).toEqual(
      new Set(['sysadmin', 'authority_staff', 'institution_staff', 'expert']),
    );
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a] as const))(
    '%s logs in through the API with the demo password and is who the list says',
    async (_name, account) => {
      const session = await login(t.app, account.username, DEMO_PASSWORD);
      const me = await session.inject('GET', '/api/v1/auth/me');
      expect(me.statusCode).toBe(200);
      const { user } = me.json<{
        user: { username: string; role: string; authority?: { jurisdictionCode: string } };
      }>();
      expect(user).toMatchObject({ username: account.username, role: account.role });
      if (account.authority) {
        const authority = DEMO_AUTHORITIES.find((a) => a.key === account.authority)!;
        expect(user.authority?.jurisdictionCode).toBe(authority.jurisdictionCode);
      }
    },
  );
});
