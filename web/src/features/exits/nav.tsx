// The menu entries of issue 15 points 7 and 8: 机构退出公告 for everyone (the visitor's header too), 退出限制登记
// for every authority's staff.
import { StopOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Lang } from '../../app/i18n';

type Item = { key: string; icon: ReactNode; label: ReactNode };

export function exitNoticesNavItem(lang: Lang, icon: ReactNode): Item {
  return { key: '/exits', icon, label: lang === 'en' ? 'Institution exits' : '机构退出公告' };
}

export function reentryBarNavItems(user: User, lang: Lang): Item[] {
  if (user.role !== 'authority_staff') return [];
  return [
    { key: '/reentry-bars', icon: <StopOutlined />, label: lang === 'en' ? 'Re-entry bars' : '退出限制登记' },
  ];
}
