// Where a call's application window stands today, as a coloured tag.
import { Tag } from 'antd';
import { useText } from '../cases/texts';
import type { CallWindow } from './types';

export function WindowTag({ window }: { window: CallWindow }) {
  const tx = useText();
  const t: Record<CallWindow, [string, string, string]> = {
    not_published: ['default', '草稿（未发布）', 'Draft'],
    upcoming: ['blue', '尚未开始受理', 'Not yet open'],
    open: ['green', '正在受理申报', 'Taking applications'],
    ended: ['orange', '申报已截止', 'Window ended'],
    closed: ['default', '已截止招募', 'Closed'],
  };
  const [color, zh, en] = t[window];
  return (
    <Tag color={color} data-testid="call-window">
      {tx(zh, en)}
    </Tag>
  );
}
