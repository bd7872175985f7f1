// The signed-in menu's entries of issue 14 points 2 and 6: 工作台账 (the lead ledger) for authority staff,
// 回应要求 (what an authority asked the institution to answer, 1x-selection §26) for institution staff,
// 责令整改 for both. The visitor's header names 投诉举报 itself (header-parts.tsx).
import { CommentOutlined, ContainerOutlined, ToolOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Lang } from '../../app/i18n';

type Item = { key: string; icon: ReactNode; label: ReactNode };

export function leadNavItems(user: User, lang: Lang): Item[] {
  const en = lang === 'en';
  const items: Item[] = [];
  if (user.role === 'authority_staff')
    items.push({ key: '/leads', icon: <ContainerOutlined />, label: en ? 'Lead ledger' : '工作台账' });
  if (user.role === 'institution_staff')
    items.push({
      key: '/response-requests',
      icon: <CommentOutlined />,
      label: en ? 'Response requests' : '回应要求',
    });
  if (user.role === 'authority_staff' || user.role === 'institution_staff')
    items.push({
      key: '/rectifications',
      icon: <ToolOutlined />,
      label: en ? 'Rectification orders' : '责令整改',
    });
  return items;
}
