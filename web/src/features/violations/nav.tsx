// The menu entries of issue 13: 违纪违规处理 for the staff of institutions and authorities (the cases they
// decide, that concern them or that they supervise); 处理公开 and 当事人查询 for everyone.
import { AlertOutlined, IdcardOutlined, ProfileOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Translate } from '../../app/i18n';

type Item = { key: string; icon: ReactNode; label: ReactNode };

export function violationNavItems(user: User, t: Translate): Item[] {
  if (user.role === 'institution_staff' || user.role === 'authority_staff')
    return [{ key: '/violations', icon: <AlertOutlined />, label: t('nav.violations') }];
  return [];
}

/** The public pages of issue 13: published decisions and the bad-credit register, and the party's own case. */
export function violationPublicNavItems(t: Translate): Item[] {
  return [
    { key: '/sanctions', icon: <ProfileOutlined />, label: t('nav.sanctions') },
    { key: '/party', icon: <IdcardOutlined />, label: t('nav.party') },
  ];
}
