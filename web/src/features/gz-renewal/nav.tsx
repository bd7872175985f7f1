// The signed-in menu's entry of issue 15 point 1: 续期到期 for an authority's staff (an institution sees
// its own renewal on its home page).
import { FieldTimeOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Lang } from '../../app/i18n';

export function renewalNavItems(
  user: User,
  lang: Lang,
): { key: string; icon: ReactNode; label: ReactNode }[] {
  if (user.role !== 'authority_staff') return [];
  return [
    {
      key: '/gz-renewal/due',
      icon: <FieldTimeOutlined />,
      label: lang === 'en' ? 'Renewals due' : '续期到期',
    },
  ];
}
