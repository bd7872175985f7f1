// The menu entry of the review pages: 我的评审 for experts (their panels and opinions), 技术评审 for
// authorities (panels to draw and to follow).
import { TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Lang } from '../../app/i18n';

export function reviewNavItems(
  user: User | null,
  lang: Lang,
): { key: string; icon: ReactNode; label: ReactNode }[] {
  const tx = (zh: string, en: string) => (lang === 'en' ? en : zh);
  if (user?.role === 'expert')
    return [{ key: '/reviews', icon: <TeamOutlined />, label: tx('我的评审', 'My panels') }];
  if (user?.role === 'authority_staff')
    return [{ key: '/reviews', icon: <TeamOutlined />, label: tx('技术评审', 'Technical review') }];
  return [];
}
