// The state of a notice as a tag: 公示中 (objections taken), 公示期满 (awaiting the decision), 已办结.
import { Tag } from 'antd';
import { useText } from '../cases/texts';
import type { NoticeStanding } from './types';

export function StandingTag({ standing }: { standing: NoticeStanding }) {
  const tx = useText();
  if (standing === 'open') return <Tag color="processing">{tx('公示中', 'Open')}</Tag>;
  if (standing === 'ended') return <Tag color="warning">{tx('公示期满', 'Ended')}</Tag>;
  return <Tag>{tx('已办结', 'Closed')}</Tag>;
}
