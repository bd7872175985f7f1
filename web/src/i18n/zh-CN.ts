// 中文（默认语言）. Keys are English, grouped by screen; values may hold {placeholders}.
// Names of things follow shared/design/glossary.md.
// The first page's part (issue 10 point 9): the frame, the menu, the demo clock, sign-in and the common
// words. Every other screen's words are in zh-CN-pages.ts, loaded with the first page that needs them
// (web/src/app/i18n.tsx loadPageTexts; router.tsx waits for it before such a page renders).
import type { zhCNPages } from './zh-CN-pages';

export const zhCN = {
  'app.title': '技能人才评价机构监管平台',
  'app.subtitle': '评价机构遴选、备案、监管与退出全流程',

  'nav.home': '首页',
  'nav.institutions': '机构管理',
  'nav.ownInstitution': '本机构',
  'nav.rules': '规则目录',
  'nav.workingDays': '工作日计算',
  'nav.apiDocs': 'API 文档',
  'nav.filingsImport': '存量备案导入',
  'nav.verify': '证书核验',
  'nav.verifierKeys': 'API 密钥',
  'nav.verifierBatch': '批量核验',
  'nav.verifierOrganisations': '证书数据读取单位',
  'nav.guides': '办事指南',
  'nav.violations': '违纪违规处理',
  'nav.sanctions': '处理公开',
  'nav.party': '当事人查询',
  'nav.menu': '菜单',
  'app.shortTitle': '评价机构监管平台',

  'demoClock.today': '演示环境 · 今日 {today}',
  'demoClock.shifted': '演示环境 · 系统日期 {today}（已前移 {days} 天）',
  'demoClock.tooltip': '演示环境按此日期计算期限和公示期；实际日期 {real}',
  'demoClock.advance': '调整日期',
  'demoClock.title': '演示时钟：将系统日期向后拨',
  'demoClock.explain':
    '仅演示环境提供。所有期限、公示期和有效期都按新的日期计算，已登录的用户不受影响。只能向后拨，不能撤回。',
  'demoClock.days': '前移天数（自然日）',
  'demoClock.confirm': '前移',

  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.username': '用户名',
  'auth.password': '密码',
  'auth.usernameRequired': '请输入用户名',
  'auth.passwordRequired': '请输入密码',
  'auth.submit': '登录',
  'auth.invalid': '用户名或密码错误',
  'auth.locked': '账号已锁定',
  'auth.expired': '会话已过期，请重新登录',
  'auth.publicRules': '查看规则目录（无需登录）',

  'common.all': '全部',
  'common.back': '返回',
  'common.backHome': '返回首页',
  'common.cancel': '取消',
  'common.edit': '编辑',
  'common.forbidden': '无权操作',
  'common.keepEditing': '继续编辑',
  'common.loading': '加载中…',
  'common.no': '否',
  'common.yes': '是',
  'common.actions': '操作',
  'common.close': '关闭',
  'common.noChanges': '没有需要保存的修改',
  'common.noMatch': '没有匹配的结果',
  'common.fixMarked': '请按标记修改后再保存。',
  'common.notFound': '未找到',
  'common.pageMissing': '您访问的页面不存在',
  'common.reload': '重新加载',
  'common.remove': '删除',
  'common.retry': '重试',
  'common.save': '保存',
  'common.saved': '已保存',
  'common.search': '搜索',
  'common.total': '共 {total} 条',

  // Accounts and sign-in security (issue 9: features/accounts)
  'nav.accounts': '账号管理',
  'nav.accountSecurity': '账号安全',
} as const;

export type MessageKey = keyof typeof zhCN | keyof typeof zhCNPages;
