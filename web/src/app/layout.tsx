// The frame of every page: a sider menu for the user's role, a header with who is logged in (name,
// role, authority or institution) and the language switch. Anonymous visitors see the header only, with
// the public pages' menu and a login button. On a phone (below antd's md breakpoint) both menus fold
// into a drawer opened from a menu button, so that a 390 px screen never scrolls sideways.
import { Button, Drawer, Dropdown, Layout, Menu, Segmented, Space, Tag, Typography, theme } from 'antd';
import {
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  CompassOutlined,
  HomeOutlined,
  KeyOutlined,
  TeamOutlined,
  LogoutOutlined,
  MenuOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
  ApiOutlined,
  CloudUploadOutlined,
} from '@ant-design/icons';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth, type User } from './auth';
import { useI18n, type Lang, type Translate } from './i18n';
import { label } from './labels';
import { useProblemToast } from './problems';
import { Loading } from './loading';
import { useNarrow } from './use-narrow';
import { sessionNavItems } from '../features/evaluation-sessions/nav';
import { certificateNavItems } from '../features/certificates/nav';
import { certificateUploadNavItems } from '../features/certificate-uploads/nav';
import { candidateNavItems } from '../features/candidates/nav';
import { caseNavItems } from '../features/cases/nav';
import { reviewNavItems } from '../features/review/nav';
import { publicNoticeNavItem } from '../features/public-notices/nav';
import { recruitmentCallNavItem } from '../features/recruitment-calls/nav';

const { Header, Sider, Content } = Layout;

// The demo clock's tag and its dialog (form, number input) load after the page: not on a visitor's path.
const DemoClockTagLazy = lazy(() =>
  import('../features/demo/demo-clock-tag').then((m) => ({ default: m.DemoClockTag })),
);
function DemoClockTag() {
  return (
    <Suspense fallback={null}>
      <DemoClockTagLazy />
    </Suspense>
  );
}

type NavItem = { key: string; icon: ReactNode; label: ReactNode };

/** The public pages, for visitors without an account: the front door, then what the public may use. */
function publicNavItems(t: Translate, lang: Lang): NavItem[] {
  return [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    ...caseNavItems(null, lang),
    publicNoticeNavItem(lang),
    { key: '/guides', icon: <CompassOutlined />, label: t('nav.guides') },
    recruitmentCallNavItem(lang),
    { key: '/rules', icon: <BookOutlined />, label: t('nav.rules') },
    { key: '/working-days', icon: <CalendarOutlined />, label: t('nav.workingDays') },
  ];
}

function navItems(user: User, t: Translate, lang: Lang): NavItem[] {
  const items: NavItem[] = [{ key: '/', icon: <HomeOutlined />, label: t('nav.home') }];
  if (user.role === 'authority_staff' || user.role === 'sysadmin') {
    items.push({ key: '/institutions', icon: <BankOutlined />, label: t('nav.institutions') });
  }
  if (user.role === 'institution_staff' && user.institution) {
    items.push({
      key: `/institutions/${user.institution.id}`,
      icon: <BankOutlined />,
      label: t('nav.ownInstitution'),
    });
  }
  items.push(...caseNavItems(user, lang));
  items.push(...sessionNavItems(user, lang));
  items.push(...certificateNavItems(user, lang));
  items.push(...certificateUploadNavItems(user, lang));
  items.push(...candidateNavItems(user, lang));
  items.push(...reviewNavItems(user, lang));
  items.push(publicNoticeNavItem(lang));
  items.push(recruitmentCallNavItem(lang));
  items.push({ key: '/guides', icon: <CompassOutlined />, label: t('nav.guides') });
  items.push({ key: '/rules', icon: <BookOutlined />, label: t('nav.rules') });
  items.push({ key: '/working-days', icon: <CalendarOutlined />, label: t('nav.workingDays') });
  if (user.role === 'sysadmin') {
    items.push({ key: '/accounts', icon: <TeamOutlined />, label: t('nav.accounts') });
  }
  items.push({ key: '/account', icon: <KeyOutlined />, label: t('nav.accountSecurity') });
  if (user.role === 'sysadmin') {
    items.push({ key: '/filings-import', icon: <CloudUploadOutlined />, label: t('nav.filingsImport') });
    items.push({
      key: 'api-docs',
      icon: <ApiOutlined />,
      label: (
        <a href="/api/docs" target="_blank" rel="noreferrer">
          {t('nav.apiDocs')}
        </a>
      ),
    });
  }
  return items;
}

/** The menu entry a path belongs to: the longest key that prefixes it. */
/**
 * Pages reached from a list rather than from the menu, and the sections they belong to, in order of
 * preference: a case page is 我的申请 for an applicant, 待办 for an authority, 评审任务 for an expert.
 */
const SECTIONS: [prefix: string, keys: string[]][] = [
  ['/cases/', ['/cases', '/queue', '/reviews']],
  ['/gz-selection/cases/', ['/cases', '/queue']],
  ['/dept-pilot/cases/', ['/cases', '/queue']],
  ['/reviews/', ['/reviews', '/cases']],
];

/** The menu entry the page belongs to: the longest matching path, else the page's section. */
function selectedKey(items: NavItem[], pathname: string): string {
  let best = '/';
  for (const { key } of items) {
    if (!key.startsWith('/')) continue;
    if ((pathname === key || pathname.startsWith(`${key}/`)) && key.length > best.length) best = key;
  }
  if (best !== '/') return best;
  const section = SECTIONS.find(([prefix]) => pathname.startsWith(prefix));
  return section?.[1].find((k) => items.some((i) => i.key === k)) ?? best;
}

export function LangSwitch() {
  const { lang, setLang } = useI18n();
  return (
    <Segmented<Lang>
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
      aria-label="语言 / Language"
    />
  );
}

function UserMenu({ user, compact }: { user: User; compact?: boolean }) {
  const { t } = useI18n();
  const { logOut } = useAuth();
  const navigate = useNavigate();
  const toast = useProblemToast();
  const org = user.authority?.name ?? user.institution?.name;
  return (
    <Dropdown
      menu={{
        items: [
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            label: t('auth.logout'),
            onClick: () => {
              logOut().then(
                () => navigate('/login', { replace: true }),
                (err: unknown) => {
                  toast(err);
                  navigate('/login', { replace: true });
                },
              );
            },
          },
        ],
      }}
    >
      <Space style={{ cursor: 'pointer' }} data-testid="current-user">
        <UserOutlined />
        <Typography.Text strong ellipsis style={compact ? { maxWidth: 96 } : undefined}>
          {user.displayName}
        </Typography.Text>
        {!compact && <Tag color="geekblue">{label(t, 'role', user.role)}</Tag>}
        {org && !compact && <Typography.Text type="secondary">{org}</Typography.Text>}
      </Space>
    </Dropdown>
  );
}

function Brand({ collapsed, short }: { collapsed?: boolean; short?: boolean }) {
  const { t } = useI18n();
  return (
    <Link
      to="/"
      aria-label={t('app.title')}
      style={{ display: 'flex', alignItems: 'center', gap: 8, color: 'inherit', minWidth: 0 }}
    >
      <SafetyCertificateOutlined style={{ fontSize: 22, color: '#1677ff' }} />
      {!collapsed && (
        <Typography.Text strong ellipsis style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
          {short ? t('app.shortTitle') : t('app.title')}
        </Typography.Text>
      )}
    </Link>
  );
}

export function AppLayout() {
  const { user } = useAuth();
  const { t, lang } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const narrow = useNarrow();
  const { token } = theme.useToken();
  const items = user ? navItems(user, t, lang) : publicNavItems(t, lang);
  const go = (key: string) => {
    if (key.startsWith('/')) navigate(key);
    setDrawerOpen(false);
  };
  const menu = (mode: 'inline' | 'horizontal') => (
    <Menu
      mode={mode}
      selectedKeys={[selectedKey(items, location.pathname)]}
      items={items}
      onClick={({ key }) => go(key)}
      style={mode === 'inline' ? { borderInlineEnd: 'none' } : { borderBottom: 'none', minWidth: 0, flex: 1 }}
    />
  );

  // One tree for every screen size: the page (Outlet) stays at the same place whether the phone or the
  // desktop frame is drawn around it, so crossing the 768 px breakpoint (turning a tablet, resizing a
  // window, a browser's full-page capture) never remounts the page and loses a half-filled form.
  const phoneHeader = (
    <Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 8,
        paddingInline: 12,
      }}
    >
      <Brand short />
      <Space size="small">
        {user ? (
          <UserMenu user={user} compact />
        ) : (
          <Button type="primary" size="small" onClick={() => navigate('/login')}>
            {t('auth.login')}
          </Button>
        )}
        <Button
          icon={<MenuOutlined />}
          aria-label={t('nav.menu')}
          data-testid="nav-drawer-button"
          onClick={() => setDrawerOpen(true)}
        />
      </Space>
    </Header>
  );

  const desktopHeader = (
    <Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 16,
        paddingInline: 24,
      }}
    >
      {user ? (
        <span />
      ) : (
        <div style={{ display: 'flex', alignItems: 'center', gap: 24, flex: 1, minWidth: 0 }}>
          <Brand />
          {menu('horizontal')}
        </div>
      )}
      <Space size="large">
        <DemoClockTag />
        <LangSwitch />
        {user ? (
          <UserMenu user={user} />
        ) : (
          <Button type="primary" icon={<AuditOutlined />} onClick={() => navigate('/login')}>
            {t('auth.login')}
          </Button>
        )}
      </Space>
    </Header>
  );

  // A phone: brand, login (or who is signed in) and a menu button; the menu, the language switch and
  // the demo clock live in the drawer.
  const drawer = (
    <Drawer
      open={drawerOpen}
      onClose={() => setDrawerOpen(false)}
      placement="right"
      size={280}
      title={t('app.title')}
      styles={{ body: { padding: 0 } }}
    >
      <nav aria-label={t('nav.menu')} data-testid="nav-drawer">
        {menu('inline')}
      </nav>
      <Space orientation="vertical" style={{ padding: 16 }}>
        <LangSwitch />
        <DemoClockTag />
      </Space>
    </Drawer>
  );

  // A signed-in user on a desktop: the menu in a collapsible side bar.
  const sider = user && !narrow && (
    <Sider
      width={260}
      collapsible
      collapsed={collapsed}
      onCollapse={setCollapsed}
      theme="light"
      style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}
    >
      <div style={{ height: 64, display: 'flex', alignItems: 'center', paddingInline: collapsed ? 28 : 16 }}>
        <Brand collapsed={collapsed} />
      </div>
      {menu('inline')}
    </Sider>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {sider}
      <Layout>
        {narrow ? phoneHeader : desktopHeader}
        {narrow && drawer}
        <Content style={{ margin: narrow ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
