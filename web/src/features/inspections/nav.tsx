// The menu's entries of issue 14 point 1: 双随机抽查 for authority staff (their rounds), institution staff
// (the inspections of their institution) and experts (the inspections they were drawn for); 抽查结果公开
// for everyone.
import { AuditOutlined, FileSearchOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Lang } from '../../app/i18n';

type Item = { key: string; icon: ReactNode; label: ReactNode };

export function inspectionNavItems(user: User, lang: Lang): Item[] {
  if (user.role === 'authority_staff' || user.role === 'institution_staff' || user.role === 'expert')
    return [
      {
        key: '/inspection-rounds',
        icon: <AuditOutlined />,
        label: lang === 'en' ? 'Double-random inspections' : '双随机抽查',
      },
    ];
  return [];
}

export const publicInspectionsNavItem = (lang: Lang): Item => ({
  key: '/inspection-results',
  icon: <FileSearchOutlined />,
  label: lang === 'en' ? 'Inspection results' : '抽查结果公开',
});
