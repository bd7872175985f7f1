// The menu entry 证书数据上报: an institution's own uploads, an authority's in its jurisdiction.
import { CloudUploadOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Lang } from '../../app/i18n';

export function certificateUploadNavItems(
  user: User,
  lang: Lang,
): { key: string; icon: ReactNode; label: ReactNode }[] {
  const show =
    user.role === 'institution_staff' || user.role === 'authority_staff' || user.role === 'sysadmin';
  if (!show) return [];
  return [
    {
      key: '/certificate-uploads',
      icon: <CloudUploadOutlined />,
      label: lang === 'en' ? 'Certificate data uploads' : '证书数据上报',
    },
  ];
}
