// The frame of a signed-in user's pages: a sider menu for the user's role, a header with who is logged
// in (name, role, authority or institution) and the language switch. On a phone (below antd's md
// breakpoint) the menu folds into a drawer opened from a menu button, so that a 390 px screen never
// scrolls sideways. Loaded with the first signed-in page: visitors have their own, lighter frame
// (public-layout.tsx), issue 10 point 9.
import { Button, Dropdown, Layout, Space, Tag, Typography, theme } from 'antd';
import {
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  CompassOutlined,
  HomeOutlined,
  KeyOutlined,
  TeamOutlined,
  LogoutOutlined,
  MenuOutlined,
  UserOutlined,
  ApiOutlined,
  CloudUploadOutlined,
  SafetyCertificateOutlined,
  ProfileOutlined,
} from '@ant-design/icons';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth, type User } from './auth';
import { Brand, DemoClockTag, headerStyle, LangSwitch, PageContent, type NavItem } from './header-parts';
import { useI18n, type Lang, type Translate } from './i18n';
import { label } from './labels';
import NavDrawer from './nav-drawer';
import { NavMenu } from './nav-menu';
import { useProblemToast } from './problems';
import { useNarrow } from './use-narrow';
import { sessionNavItems } from '../features/evaluation-sessions/nav';
import { certificateNavItems } from '../features/certificates/nav';
import { certificateUploadNavItems } from '../features/certificate-uploads/nav';
import { candidateNavItems } from '../features/candidates/nav';
import { caseNavItems } from '../features/cases/nav';
import { reviewNavItems } from '../features/review/nav';
import { publicNoticeNavItem } from '../features/public-notices/nav';
import { recruitmentCallNavItem } from '../features/recruitment-calls/nav';
import { verifierNavItems } from '../features/verifiers/nav';
import { sanctionsNavItem, violationNavItems } from '../features/violations/nav';
import { exitNoticesNavItem, reentryBarNavItems } from '../features/exits/nav';
import { supervisionNavItems } from '../features/supervision/nav';
import { renewalNavItems } from '../features/gz-renewal/nav';
import { wrapUpNavItems } from '../features/wrap-up/nav';
import { dashboardNavItems } from '../features/dashboard/nav';
import { leadNavItems } from '../features/leads/nav';
import { inspectionNavItems, publicInspectionsNavItem } from '../features/inspections/nav';

const { Header, Sider } = Layout;

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
  items.push(...dashboardNavItems(user, lang));
  items.push(...caseNavItems(user, lang));
  items.push(...sessionNavItems(user, lang));
  items.push(...certificateNavItems(user, lang));
  items.push(...certificateUploadNavItems(user, lang));
  items.push(...candidateNavItems(user, lang));
  items.push(...violationNavItems(user, t));
  items.push(...inspectionNavItems(user, lang));
  items.push(...leadNavItems(user, lang));
  items.push(...supervisionNavItems(user, lang));
  items.push(...renewalNavItems(user, lang));
  items.push(...reentryBarNavItems(user, lang));
  items.push(...wrapUpNavItems(user, t));
  items.push(...reviewNavItems(user, lang));
  items.push(...verifierNavItems(user, t));
  items.push({ key: '/verify', icon: <SafetyCertificateOutlined />, label: t('nav.verify') });
  items.push(publicNoticeNavItem(lang));
  // 处理公开 (published decisions) is everyone's; 当事人查询 is for a person without an account.
  items.push(sanctionsNavItem(t));
  items.push(exitNoticesNavItem(lang, <ProfileOutlined />));
  items.push(publicInspectionsNavItem(lang));
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

function UserMenu({ user, compact }: { user: User; compact?: boolean }) {
  const { t } = useI18n();
  const { logOut } = useAuth();
  const navigate = useNavigate();
  const toast = useProblemToast();
  const org = user.authority?.name ?? user.institution?.name ?? user.verifier?.name;
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

export default function AppLayout() {
  const { user } = useAuth();
  const { t, lang } = useI18n();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const narrow = useNarrow();
  const { token } = theme.useToken();
  // The router draws this frame for a signed-in user only; a session that has just ended shows nothing
  // until the router has sent the page to the login or the visitor's frame.
  if (!user) return null;
  const items = navItems(user, t, lang);

  // One tree for every screen size: the page (Outlet) stays at the same place whether the phone or the
  // desktop frame is drawn around it, so crossing the 768 px breakpoint (turning a tablet, resizing a
  // window, a browser's full-page capture) never remounts the page and loses a half-filled form.
  const phoneHeader = (
    <Header style={headerStyle(token, true)}>
      <Brand short />
      <Space size="small">
        <UserMenu user={user} compact />
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
    <Header style={headerStyle(token, false)}>
      <span />
      <Space size="large">
        <DemoClockTag />
        <LangSwitch />
        <UserMenu user={user} />
      </Space>
    </Header>
  );

  // On a desktop: the menu in a collapsible side bar.
  const sider = !narrow && (
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
      <NavMenu items={items} mode="inline" />
    </Sider>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {sider}
      <Layout>
        {narrow ? phoneHeader : desktopHeader}
        {narrow && <NavDrawer items={items} open={drawerOpen} onClose={() => setDrawerOpen(false)} />}
        <PageContent narrow={narrow} />
      </Layout>
    </Layout>
  );
}
