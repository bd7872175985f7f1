// The signed-in menu's entry of issue 14 point 8: 监管看板 for the staff of authorities.
import { DashboardOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Lang } from '../../app/i18n';

type Item = { key: string; icon: ReactNode; label: ReactNode };

export function dashboardNavItems(user: User, lang: Lang): Item[] {
  if (user.role !== 'authority_staff') return [];
  return [
    { key: '/dashboard', icon: <DashboardOutlined />, label: lang === 'en' ? 'Dashboard' : '监管看板' },
  ];
}
