// The menu entry of the public notices (公示公告): shown to everyone, signed in or not.
import { NotificationOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Lang } from '../../app/i18n';

export function publicNoticeNavItem(lang: Lang): { key: string; icon: ReactNode; label: ReactNode } {
  return {
    key: '/public-notices',
    icon: <NotificationOutlined />,
    label: lang === 'en' ? 'Public notices' : '公示公告',
  };
}
