// Security parameters for identity (security.md; 等保2.0 level 3 — GB/T 22239-2019 8.1.4.1 身份鉴别:
// 登录失败处理, 连接超时自动退出). Settings rather than law: configurable, defaults on.
export const SECURITY_POLICY = {
  /** Failed logins before the account is locked. */
  maxFailedLogins: 5,
  /** Lock duration after too many failures. */
  lockMinutes: 30,
  /** A session unused this long ends. */
  idleTimeoutMinutes: 30,
  /** A session ends this long after login, used or not. */
  absoluteTimeoutHours: 12,
  /** Only refresh last_seen_at this often, so that a busy page does not write on every request. */
  touchIntervalSeconds: 30,
} as const;
