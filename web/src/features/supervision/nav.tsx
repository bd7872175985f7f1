// The signed-in menu's entries of issue 14 points 3–5: 1+X 项目运行 for a 1+X organisation's staff and the
// 1+X office; 监测评价 for both; 监管依据 (the grounds queue) for every authority's staff.
import { AuditOutlined, FundOutlined, ProjectOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Lang } from '../../app/i18n';

type Item = { key: string; icon: ReactNode; label: ReactNode };

export function supervisionNavItems(user: User, lang: Lang): Item[] {
  const en = lang === 'en';
  const oneX =
    (user.role === 'institution_staff' && user.institution?.kind === 'training_org') ||
    (user.role === 'authority_staff' && user.authority?.kind === 'joint_conference_office');
  const items: Item[] = [];
  if (oneX) {
    items.push({
      key: '/programme-operations',
      icon: <ProjectOutlined />,
      label: en ? '1+X programme operations' : '1+X 项目运行',
    });
    items.push({ key: '/ratings', icon: <FundOutlined />, label: en ? 'Monitoring ratings' : '监测评价' });
  }
  if (user.role === 'authority_staff')
    items.push({
      key: '/supervision-grounds',
      icon: <AuditOutlined />,
      label: en ? 'Grounds to act on' : '监管依据',
    });
  return items;
}
