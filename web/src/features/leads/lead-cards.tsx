// The ledger on a phone: one card per lead (state, age, source, whom, what), instead of a table that
// would need sideways scrolling at 390 px.
import { Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Page } from '../../app/api';
import { useText } from '../cases/texts';
import { LEAD_OUTCOME, LEAD_SOURCE, LEAD_STATUS, LEAD_STATUS_COLOR, word } from './texts';
import type { LeadListItem } from './types';

export function LeadCards({ data, loading, page, onPage }: { data: Page<LeadListItem> | undefined; loading: boolean; page: number; onPage: (p: number) => void }) {
  const tx = useText();
  return (
    <List<LeadListItem>
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="lead-table"
      locale={{ emptyText: tx('没有线索', 'No leads') }}
      pagination={{ current: page, pageSize: data?.pageSize ?? 20, total: data?.total ?? 0, onChange: onPage, size: 'small', showSizeChanger: false }}
      renderItem={(r) => (
        <Card size="small" style={{ marginBottom: 8 }}>
          <Space wrap size={4} style={{ marginBottom: 4 }}>
            <Tag color={LEAD_STATUS_COLOR[r.status]}>{word(LEAD_STATUS, r.status, tx)}</Tag>
            {r.outcome && <Tag>{word(LEAD_OUTCOME, r.outcome, tx)}</Tag>}
            <Tag color={r.status === 'closed' ? 'default' : r.ageDays > 90 ? 'red' : r.ageDays > 30 ? 'orange' : 'default'}>{tx(`${r.ageDays} 日`, `${r.ageDays} d`)}</Tag>
            <Typography.Text type="secondary">{word(LEAD_SOURCE, r.source, tx)} · {r.receivedOn}</Typography.Text>
          </Space>
          <div><Typography.Text strong>{r.subject ?? '—'}</Typography.Text></div>
          <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ margin: '4px 0' }}>{r.summary}</Typography.Paragraph>
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Text type="secondary">{r.mine ? tx('本部门', 'Us') : r.authorityName}</Typography.Text>
            <Link to={`/leads/${r.id}`} data-testid="lead-open">{r.mine && r.status !== 'closed' ? tx('办理', 'Handle') : tx('查看', 'View')}</Link>
          </Space>
        </Card>
      )}
    />
  );
} // prettier-ignore
