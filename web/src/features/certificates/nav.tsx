// The menu entry 证书登记: an institution's own certificates, an authority's in its jurisdiction.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Lang } from '../../app/i18n';

export function certificateNavItems(
  user: User,
  lang: Lang,
): { key: string; icon: ReactNode; label: ReactNode }[] {
  const show =
    user.role === 'institution_staff' || user.role === 'authority_staff' || user.role === 'sysadmin';
  if (!show) return [];
  return [
    {
      key: '/certificates',
      icon: <SafetyCertificateOutlined />,
      label: lang === 'en' ? 'Certificates' : '证书登记',
    },
  ];
}
