// The menu of the frame: inline in the side bar and the phone's drawer, horizontal in a visitor's header.
import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { selectedKey, type NavItem } from './header-parts';

export function NavMenu({
  items,
  mode,
  onGo,
}: {
  items: NavItem[];
  mode: 'inline' | 'horizontal';
  /** After a menu entry was chosen (the drawer closes). */
  onGo?: () => void;
}) {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Menu
      mode={mode}
      selectedKeys={[selectedKey(items, location.pathname)]}
      items={items}
      onClick={({ key }) => {
        if (key.startsWith('/')) navigate(key);
        onGo?.();
      }}
      style={mode === 'inline' ? { borderInlineEnd: 'none' } : { borderBottom: 'none', minWidth: 0, flex: 1 }}
    />
  );
}
