// Password composition (security.md): at least 8 characters from 3 of the 4 classes (等保2.0 level 3
// 口令复杂度), and never a common password (ASVS 5.0 V6.2.4 — a context-specific and common list).
const COMMON = new Set([
  'password',
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'qwerty123',
  'qwer1234',
  'admin123',
  'admin@123',
  'administrator',
  'abc12345',
  'abcd1234',
  'a1234567',
  'aa123456',
  '12345678',
  '123456789',
  '1234567890',
  '11111111',
  '88888888',
  'iloveyou',
  'welcome1',
  'woaini1314',
  '1qaz2wsx',
  '1qaz@wsx',
  'qwe123!@#',
  'zxcvbnm1',
  'skillreg',
  'skillreg1',
  'skillreg@123',
  'root1234',
]);

export interface PasswordProblem {
  code: 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_SIMPLE' | 'PASSWORD_COMMON' | 'PASSWORD_CONTAINS_USERNAME';
  message_zh: string;
}

export function checkPassword(password: string, username?: string): PasswordProblem | null {
  if (password.length < 8) return { code: 'PASSWORD_TOO_SHORT', message_zh: '密码至少8位' };
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3)
    return {
      code: 'PASSWORD_TOO_SIMPLE',
      message_zh: '密码须包含大写字母、小写字母、数字、特殊字符中的至少三类',
    };
  if (COMMON.has(password.toLowerCase()))
    return { code: 'PASSWORD_COMMON', message_zh: '密码过于常见，请更换' };
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    return { code: 'PASSWORD_CONTAINS_USERNAME', message_zh: '密码不得包含用户名' };
  return null;
}
