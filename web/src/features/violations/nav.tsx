// The signed-in menu's entries of issue 13: 违纪违规处理 for the staff of institutions and authorities (the
// cases they decide, that concern them or that they supervise) and 处理公开 for everyone. The visitor's
// header names 处理公开 and 当事人查询 itself (header-parts.tsx: the first page loads nothing more).
import { AlertOutlined, ProfileOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Translate } from '../../app/i18n';

type Item = { key: string; icon: ReactNode; label: ReactNode };

export function violationNavItems(user: User, t: Translate): Item[] {
  if (user.role === 'institution_staff' || user.role === 'authority_staff')
    return [{ key: '/violations', icon: <AlertOutlined />, label: t('nav.violations') }];
  return [];
}

/** 处理公开: published decisions and the bad-credit register, for everyone signed in too. */
export function sanctionsNavItem(t: Translate): Item {
  return { key: '/sanctions', icon: <ProfileOutlined />, label: t('nav.sanctions') };
}
