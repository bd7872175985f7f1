// The menu entries 评价批次 (an institution's own sessions, an authority's in its jurisdiction) and 职业标准
// (the subjects a session of each level consists of; kept by the national and provincial authorities).
import { ReadOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Lang } from '../../app/i18n';

export function sessionNavItems(
  user: User,
  lang: Lang,
): { key: string; icon: ReactNode; label: ReactNode }[] {
  const show =
    user.role === 'institution_staff' || user.role === 'authority_staff' || user.role === 'sysadmin';
  if (!show) return [];
  return [
    {
      key: '/evaluation-sessions',
      icon: <ScheduleOutlined />,
      label: lang === 'en' ? 'Evaluation sessions' : '评价批次',
    },
    {
      key: '/occupation-standards',
      icon: <ReadOutlined />,
      label: lang === 'en' ? 'Occupation standards' : '职业标准',
    },
  ];
}
