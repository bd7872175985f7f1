// The frame of every page: a sider menu for the user's role, a header with who is logged in (name,
// role, authority or institution) and the language switch. Anonymous visitors (the public rule
// catalogue) see the header only, with a login button.
import { Button, Dropdown, Layout, Menu, Segmented, Space, Tag, Typography, theme } from 'antd';
import {
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  HomeOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
  ApiOutlined,
} from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth, type User } from './auth';
import { useI18n, type Lang, type Translate } from './i18n';
import { label } from './labels';
import { useProblemToast } from './problems';
import { caseNavItems } from '../features/cases/nav';
import { reviewNavItems } from '../features/review/nav';
import { publicNoticeNavItem } from '../features/public-notices/nav';
import { recruitmentCallNavItem } from '../features/recruitment-calls/nav';
import { DemoClockTag } from '../features/demo/demo-clock-tag';

const { Header, Sider, Content } = Layout;

type NavItem = { key: string; icon: ReactNode; label: ReactNode };

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
  items.push(...reviewNavItems(user, lang));
  items.push(publicNoticeNavItem(lang));
  items.push(recruitmentCallNavItem(lang));
  items.push({ key: '/rules', icon: <BookOutlined />, label: t('nav.rules') });
  items.push({ key: '/working-days', icon: <CalendarOutlined />, label: t('nav.workingDays') });
  if (user.role === 'sysadmin') {
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
function selectedKey(items: NavItem[], pathname: string): string {
  let best = '/';
  for (const { key } of items) {
    if (!key.startsWith('/')) continue;
    if ((pathname === key || pathname.startsWith(`${key}/`)) && key.length > best.length) best = key;
  }
  return best;
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

function UserMenu({ user }: { user: User }) {
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
        <Typography.Text strong>{user.displayName}</Typography.Text>
        <Tag color="geekblue">{label(t, 'role', user.role)}</Tag>
        {org && <Typography.Text type="secondary">{org}</Typography.Text>}
      </Space>
    </Dropdown>
  );
}

function Brand({ collapsed, to = '/' }: { collapsed?: boolean; to?: string }) {
  const { t } = useI18n();
  return (
    <Link to={to} style={{ display: 'flex', alignItems: 'center', gap: 8, color: 'inherit' }}>
      <SafetyCertificateOutlined style={{ fontSize: 22, color: '#1677ff' }} />
      {!collapsed && (
        <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
          {t('app.title')}
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
  const { token } = theme.useToken();

  const header = (
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
        <Space size="large" style={{ flex: 1, minWidth: 0 }}>
          <Brand to="/rules" />
          <Menu
            mode="horizontal"
            selectedKeys={[location.pathname]}
            items={[
              { key: '/rules', icon: <BookOutlined />, label: t('nav.rules') },
              { key: '/working-days', icon: <CalendarOutlined />, label: t('nav.workingDays') },
              ...caseNavItems(null, lang),
              publicNoticeNavItem(lang),
            ]}
            onClick={({ key }) => navigate(key)}
            style={{ borderBottom: 'none', minWidth: 280, flex: 1 }}
          />
        </Space>
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

  const content = (
    <Content style={{ margin: 24, minWidth: 0 }}>
      <Outlet />
    </Content>
  );

  if (!user) {
    return (
      <Layout style={{ minHeight: '100vh' }}>
        {header}
        {content}
      </Layout>
    );
  }

  const items = navItems(user, t, lang);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        width={260}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        theme="light"
        style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}
      >
        <div
          style={{ height: 64, display: 'flex', alignItems: 'center', paddingInline: collapsed ? 28 : 16 }}
        >
          <Brand collapsed={collapsed} />
        </div>
        <Menu
          mode="inline"
          selectedKeys={[selectedKey(items, location.pathname)]}
          items={items}
          onClick={({ key }) => {
            if (key.startsWith('/')) navigate(key);
          }}
          style={{ borderInlineEnd: 'none' }}
        />
      </Sider>
      <Layout>
        {header}
        {content}
      </Layout>
    </Layout>
  );
}
