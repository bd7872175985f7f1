// A phone's menu: the menu, the language switch and the demo clock in a drawer opened from the header's
// menu button. Its own chunk: a visitor's frame loads it when the button is first pressed.
import { Drawer, Space } from 'antd';
import { DemoClockTag, LangSwitch, type NavItem } from './header-parts';
import { useI18n } from './i18n';
import { NavMenu } from './nav-menu';

/** A phone: the menu, the language switch and the demo clock live in a drawer opened from the header. */
export default function NavDrawer({
  items,
  open,
  onClose,
}: {
  items: NavItem[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="right"
      size={280}
      title={t('app.title')}
      styles={{ body: { padding: 0 } }}
    >
      <nav aria-label={t('nav.menu')} data-testid="nav-drawer">
        <NavMenu items={items} mode="inline" onGo={onClose} />
      </nav>
      <Space orientation="vertical" style={{ padding: 16 }}>
        <LangSwitch />
        <DemoClockTag />
      </Space>
    </Drawer>
  );
}
