// The frame of a visitor's pages (no account): a header with the public pages' menu, the language
// switch and a login button. On a phone (below antd's md breakpoint) the menu folds into a drawer
// opened from a menu button, so that a 390 px screen never scrolls sideways. Lighter than the signed-in
// frame (layout.tsx), which loads with the first signed-in page: the first public page carries no
// role menus, user menu or side bar (issue 10 point 9), and the phone's drawer loads when first opened.
import { Space } from 'antd';
import { AuditOutlined, MenuOutlined } from '@ant-design/icons';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Brand, DemoClockTag, headerStyle, LangSwitch, PageContent, publicNavItems } from './header-parts';
import { useI18n } from './i18n';
import { Button, Layout } from './light';
import { PublicNav } from './public-nav';
import { useNarrow } from './use-narrow';
import { useToken } from './use-token';

const NavDrawer = lazy(() => import('./nav-drawer'));

const { Header } = Layout;

export function PublicLayout() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [drawerOpen, setDrawerOpen] = useState(false);
  // The drawer's code is fetched at the first press of the menu button, then the drawer stays mounted.
  const [drawerWanted, setDrawerWanted] = useState(false);
  const narrow = useNarrow();
  const { token } = useToken();
  const items = publicNavItems(t, lang);

  // One tree for every screen size: the page (Outlet) stays at the same place whether the phone or the
  // desktop frame is drawn around it, so crossing the 768 px breakpoint never remounts the page.
  const phoneHeader = (
    <Header style={headerStyle(token, true)}>
      <Brand short />
      <Space size="small">
        <Button type="primary" size="small" onClick={() => navigate('/login')}>
          {t('auth.login')}
        </Button>
        <Button
          icon={<MenuOutlined />}
          aria-label={t('nav.menu')}
          data-testid="nav-drawer-button"
          onClick={() => {
            setDrawerWanted(true);
            setDrawerOpen(true);
          }}
        />
      </Space>
    </Header>
  );

  const desktopHeader = (
    <Header style={headerStyle(token, false)}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 24, flex: 1, minWidth: 0 }}>
        <Brand />
        <PublicNav items={items} />
      </div>
      <Space size="large">
        <DemoClockTag />
        <LangSwitch />
        <Button type="primary" icon={<AuditOutlined />} onClick={() => navigate('/login')}>
          {t('auth.login')}
        </Button>
      </Space>
    </Header>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout>
        {narrow ? phoneHeader : desktopHeader}
        {narrow && drawerWanted && (
          <Suspense fallback={null}>
            <NavDrawer items={items} open={drawerOpen} onClose={() => setDrawerOpen(false)} />
          </Suspense>
        )}
        <PageContent narrow={narrow} />
      </Layout>
    </Layout>
  );
}
