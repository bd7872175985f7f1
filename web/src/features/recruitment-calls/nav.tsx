// The menu entry of the 1+X recruitment calls (招募公告): shown to everyone — a published call is public.
import { SoundOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Lang } from '../../app/i18n';

export function recruitmentCallNavItem(lang: Lang): { key: string; icon: ReactNode; label: ReactNode } {
  return {
    key: '/recruitment-calls',
    icon: <SoundOutlined />,
    label: lang === 'en' ? '1+X recruitment calls' : '1+X 招募公告',
  };
}
