// Accounts are the system administrator's (issue 9 point 9; security.md "Identity and sessions"):
// list, create, disable and enable, reset a password or a second factor, assign role and binding.
// An administrator cannot disable their own account or take away their own role (no lock-out of the
// last hands that can undo it).
import type { Caller } from './actor.js';

export interface AccountAbilities {
  update: boolean;
  disable: boolean;
  enable: boolean;
  resetPassword: boolean;
  resetSecondFactor: boolean;
}

export const accountPolicy = {
  canManage(caller: Caller): boolean {
    return caller?.role === 'sysadmin';
  },
  abilities(
    caller: Caller,
    account: { id: string; disabled: boolean; totpEnabled: boolean },
  ): AccountAbilities {
    const admin = accountPolicy.canManage(caller);
    const self = caller?.userId === account.id;
    return {
      update: admin,
      disable: admin && !self && !account.disabled,
      enable: admin && account.disabled,
      resetPassword: admin && !self,
      resetSecondFactor: admin && account.totpEnabled,
    };
  },
};
