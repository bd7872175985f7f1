// Account administration over HTTP (issue 9 point 9): what the administrator sends and receives.
import { z } from 'zod';
import { USER_ROLES } from '../../policies/roles.js';

// One line typed by a person, no control characters (a NUL would fail in PostgreSQL).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ONE_LINE = /^[^\u0000-\u001F\u007F\p{Cs}]*$/u;
const CONTROL = '含有不允许的控制字符';

export const username = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名为 3–32 位小写字母、数字、下划线、点或连字符，以字母开头');
export const displayName = z
  .string()
  .trim()
  .min(1, '请填写姓名')
  .max(60, '姓名最多 60 字')
  .regex(ONE_LINE, CONTROL);
export const role = z.enum(USER_ROLES);
const bindingId = z.guid('编号格式不正确').nullable().optional();
const ROLE_DESCRIPTION =
  '角色：authority_staff 监管部门 / institution_staff 评价机构 / expert 专家 / sysadmin 系统管理员 / verifier 核验单位';
/** The record an account belongs to, by its role (the web form's 所属 field). */
const binding = {
  authorityId: bindingId.describe('所属主管部门（监管部门账号）'),
  institutionId: bindingId.describe('所属评价机构（评价机构账号）'),
  expertId: bindingId.describe('对应专家（专家账号）'),
  verifierId: bindingId.describe('所属核验单位（核验单位账号）'),
};

export const createAccountBody = z.strictObject({
  username: username.describe('用户名：3–32 位小写字母、数字、下划线、点或连字符，以字母开头'),
  displayName: displayName.describe('姓名'),
  role: role.describe(ROLE_DESCRIPTION),
  ...binding,
});

export const updateAccountBody = z.strictObject({
  version: z.number().int().min(1).max(2_147_483_647).describe('版本号（乐观锁）'),
  displayName: displayName.optional().describe('姓名'),
  role: role.optional().describe(ROLE_DESCRIPTION),
  ...binding,
});

export const accountsQuery = z.strictObject({
  q: z.string().trim().min(1).max(64).regex(ONE_LINE, CONTROL).optional().describe('用户名或姓名'),
  role: role.optional().describe(ROLE_DESCRIPTION),
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('每页条数'),
});

const named = z.object({ id: z.string(), name: z.string() }).nullable();

export const accountView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role,
  authority: named,
  institution: named,
  expert: named,
  verifier: named,
  disabled: z.boolean(),
  locked: z.boolean().describe('连续登录失败而暂时锁定'),
  mustChangePassword: z.boolean().describe('下次登录须修改密码（新建或重置后）'),
  secondFactor: z.boolean().describe('已启用动态验证码'),
  passwordChangedAt: z.string(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
  abilities: z.object({
    update: z.boolean(),
    disable: z.boolean(),
    enable: z.boolean(),
    resetPassword: z.boolean(),
    resetSecondFactor: z.boolean(),
  }),
});

export const withTemporaryPassword = z.object({
  account: accountView,
  temporaryPassword: z.string().describe('临时密码：只显示这一次，用户首次登录时须修改'),
});
