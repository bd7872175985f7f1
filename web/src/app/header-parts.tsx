// What the visitor's frame (public-layout.tsx) and the signed-in frame (layout.tsx) share: the brand,
// the language switch, the demo clock, the public pages' menu entries and which entry a page belongs to,
// the header's frame and the page's place.
import {
  BookOutlined,
  CalendarOutlined,
  CompassOutlined,
  FileSearchOutlined,
  HomeOutlined,
  MessageOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { lazy, Suspense, type CSSProperties, type ReactNode } from 'react';
import { Link, Outlet } from 'react-router-dom';
import { useI18n, type Lang, type Translate } from './i18n';
import { Layout, Segmented as LightSegmented, Typography } from './light';
import { Loading } from './loading';
import { useApi } from './use-api';
import type { DemoClockView } from '../features/demo/demo-clock-tag';
import { caseNavItems } from '../features/cases/nav';
import { publicNoticeNavItem } from '../features/public-notices/nav';
import { recruitmentCallNavItem } from '../features/recruitment-calls/nav';
import { exitNoticesNavItem } from '../features/exits/nav';

// The demo clock's tag loads after the page, and only on a demonstration server (its dialog, with a
// form and a number input, only when the administrator opens it).
const DemoClockTagLazy = lazy(() =>
  import('../features/demo/demo-clock-tag').then((m) => ({ default: m.DemoClockTag })),
);
export function DemoClockTag() {
  const { data } = useApi<DemoClockView>('/demo/clock');
  if (!data?.enabled) return null;
  return (
    <Suspense fallback={null}>
      <DemoClockTagLazy clock={data} />
    </Suspense>
  );
}

export type NavItem = { key: string; icon: ReactNode; label: ReactNode };

/** The public pages, for visitors without an account: the front door, then what the public may use. */
export function publicNavItems(t: Translate, lang: Lang): NavItem[] {
  return [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    ...caseNavItems(null, lang),
    { key: '/verify', icon: <SafetyCertificateOutlined />, label: t('nav.verify') },
    publicNoticeNavItem(lang),
    // Issue 13: published decisions and the bad-credit register; the party's own violation case. Icons
    // the first page has already (its script budget, e2e/public-script-size.e2e.ts).
    { key: '/sanctions', icon: <ProfileOutlined />, label: t('nav.sanctions') },
    { key: '/party', icon: <FileSearchOutlined />, label: t('nav.party') },
    // Issue 15 points 7, 8: 机构退出公告 (an icon the first page has already).
    exitNoticesNavItem(lang, <ProfileOutlined />),
    // Issue 14 point 2: 投诉举报 (file a complaint; its page links the tracking page).
    { key: '/complaint', icon: <MessageOutlined />, label: lang === 'en' ? 'Complaints' : '投诉举报' },
    { key: '/guides', icon: <CompassOutlined />, label: t('nav.guides') },
    recruitmentCallNavItem(lang),
    { key: '/rules', icon: <BookOutlined />, label: t('nav.rules') },
    { key: '/working-days', icon: <CalendarOutlined />, label: t('nav.workingDays') },
  ];
}

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
export function selectedKey(items: NavItem[], pathname: string): string {
  let best = '/';
  for (const { key } of items) {
    if (!key.startsWith('/')) continue;
    if ((pathname === key || pathname.startsWith(`${key}/`)) && key.length > best.length) best = key;
  }
  if (best !== '/') return best;
  const section = SECTIONS.find(([prefix]) => pathname.startsWith(prefix));
  return section?.[1].find((k) => items.some((i) => i.key === k)) ?? best;
}

// The language switch is our light Segmented for good (light.tsx): antd's own brought the tooltips'
// popup engine to the first page, and swapping it in when the pointer came replaced the switch under
// a quick click, which was then lost.
const LANGUAGES: { value: Lang; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

export function LangSwitch() {
  const { lang, setLang } = useI18n();
  return (
    <LightSegmented<Lang>
      size="small"
      value={lang}
      onChange={setLang}
      options={LANGUAGES}
      aria-label="语言 / Language"
    />
  );
}

export function Brand({ collapsed, short }: { collapsed?: boolean; short?: boolean }) {
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

/** The header's frame, on a phone (brand, buttons) or a desktop (brand or nothing, menu, switches). */
export function headerStyle(
  token: { colorBgContainer: string; colorBorderSecondary: string },
  phone: boolean,
): CSSProperties {
  return {
    background: token.colorBgContainer,
    borderBottom: `1px solid ${token.colorBorderSecondary}`,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: phone ? 8 : 16,
    paddingInline: phone ? 12 : 24,
  };
}

/** The page itself (the route's), with its code's spinner while it loads. */
export function PageContent({ narrow }: { narrow: boolean }) {
  return (
    <Layout.Content style={{ margin: narrow ? 12 : 24, minWidth: 0 }}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </Layout.Content>
  );
}
