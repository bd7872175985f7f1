export const USER_ROLES = ['authority_staff', 'institution_staff', 'expert', 'sysadmin', 'verifier'] as const;
export type UserRole = (typeof USER_ROLES)[number];
