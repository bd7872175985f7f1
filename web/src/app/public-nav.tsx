// The public pages' menu in a visitor's desktop header: plain links drawn as antd's horizontal menu
// (same sizes, colours, underline of the current page, the entries that do not fit folded under “…”),
// without the menu's code on the first public page (issue 10 point 9). Pointing at “…” (or focusing
// it) loads antd's menu itself, which takes the same place and opens the folded entries.
import { EllipsisOutlined } from '@ant-design/icons';
import { lazy, Suspense, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { selectedKey, type NavItem } from './header-parts';
import { useToken } from './use-token';

const NavMenu = lazy(() => import('./nav-menu').then((m) => ({ default: m.NavMenu })));

/** Width of antd's “…” entry: its padding and the icon. */
const MORE_WIDTH = 46;

export function PublicNav({ items }: { items: NavItem[] }) {
  const { token } = useToken();
  const location = useLocation();
  const navRef = useRef<HTMLElement>(null);
  const [fit, setFit] = useState(items.length);
  const [menu, setMenu] = useState(false);

  // How many entries fit, as antd's menu counts them: all, or as many as leave room for “…”.
  useLayoutEffect(() => {
    const nav = navRef.current;
    if (!nav || menu) return;
    const measure = () => {
      const widths = [...nav.querySelectorAll<HTMLElement>('.sr-public-nav-item')].map((a) => a.offsetWidth);
      const room = nav.clientWidth;
      const total = widths.reduce((n, w) => n + w, 0);
      if (total <= room) return setFit(widths.length);
      let used = MORE_WIDTH;
      let n = 0;
      while (n < widths.length && used + widths[n]! <= room) used += widths[n++]!;
      setFit(n);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(nav);
    return () => observer.disconnect();
  }, [items, menu]);

  if (menu)
    return (
      <Suspense fallback={<div style={{ flex: 1, minWidth: 0 }} />}>
        <NavMenu items={items} mode="horizontal" />
      </Suspense>
    );
  const selected = selectedKey(items, location.pathname);
  const style = {
    '--sr-nav-active': token.colorPrimary,
    color: token.colorText,
    background: token.colorBgContainer,
    fontSize: token.fontSize,
  } as CSSProperties;
  const hidden: CSSProperties = { position: 'absolute', visibility: 'hidden', pointerEvents: 'none' };
  return (
    <nav ref={navRef} className="sr-public-nav" style={style} data-testid="public-nav">
      {items.map((item, i) => (
        <Link
          key={item.key}
          to={item.key}
          className="sr-public-nav-item"
          aria-current={item.key === selected ? 'page' : undefined}
          aria-hidden={i >= fit || undefined}
          tabIndex={i >= fit ? -1 : undefined}
          style={i >= fit ? hidden : undefined}
        >
          {item.icon}
          <span className="sr-public-nav-label">{item.label}</span>
        </Link>
      ))}
      {fit < items.length && (
        <span
          className="sr-public-nav-item"
          role="button"
          tabIndex={0}
          aria-label="…"
          onPointerEnter={() => setMenu(true)}
          onFocus={() => setMenu(true)}
        >
          <EllipsisOutlined />
        </span>
      )}
    </nav>
  );
}
