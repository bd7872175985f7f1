// The menu entries of the case pages, by role: 申请 and 我的申请 for institutions, 待办/已办 (and a
// department's recommendations) for authorities, 评审任务 for experts, 机构目录 for everyone.
import {
  AuditOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  ProfileOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Lang } from '../../app/i18n';

export function caseNavItems(
  user: User | null,
  lang: Lang,
): { key: string; icon: ReactNode; label: ReactNode }[] {
  const tx = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const items: { key: string; icon: ReactNode; label: ReactNode }[] = [];
  if (user?.role === 'institution_staff' || user?.role === 'authority_staff') {
    items.push({ key: '/apply', icon: <FileAddOutlined />, label: tx('申请', 'Apply') });
  }
  if (user?.role === 'institution_staff') {
    items.push({ key: '/cases', icon: <ProfileOutlined />, label: tx('我的申请', 'My applications') });
  }
  if (user?.role === 'authority_staff') {
    items.push({ key: '/queue', icon: <AuditOutlined />, label: tx('待办 / 已办', 'Queue') });
    // A department applies on behalf of the organisations it recommends (dept-pilot 三).
    if (user.authority?.kind === 'industry_department')
      items.push({
        key: '/cases',
        icon: <ProfileOutlined />,
        label: tx('本部门申报', 'Our recommendations'),
      });
  }
  if (user?.role === 'expert') {
    items.push({ key: '/cases', icon: <FileSearchOutlined />, label: tx('评审任务', 'My reviews') });
  }
  items.push({ key: '/directory', icon: <UnorderedListOutlined />, label: tx('机构目录', 'Directory') });
  return items;
}
