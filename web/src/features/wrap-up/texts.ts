// Words of the wrap-up screens that depend on a value the API sends (route, scope, status, item, record
// kind): each value has its i18n key, so that no code reaches the screen.
import type { MessageKey } from '../../i18n/zh-CN';
import type { Translate } from '../../app/i18n';

const known = (t: Translate, key: string, fallback: MessageKey): string => {
  const s = t(key as MessageKey);
  return s === key ? t(fallback) : s;
};

export const routeText = (t: Translate, route: string) => known(t, `wrapUp.route.${route}`, 'wrapUp.unknown');
export const scopeText = (t: Translate, scope: string) => known(t, `wrapUp.scope.${scope}`, 'wrapUp.unknown');
export const statusText = (t: Translate, status: string) =>
  known(t, `wrapUp.status.${status}`, 'wrapUp.unknown');
export const itemText = (t: Translate, item: string) => known(t, `wrapUp.item.${item}`, 'wrapUp.unknown');
export const recordKindText = (t: Translate, kind: string) =>
  known(t, `wrapUp.recordKind.${kind}`, 'wrapUp.recordKind.other');

export const STATUS_COLOR: Record<string, string> = { open: 'blue', overdue: 'red', completed: 'green' };
