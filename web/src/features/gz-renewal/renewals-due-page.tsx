// 续期到期 (/gz-renewal/due) for an authority's staff: the Guizhou directory entries in its jurisdiction
// whose validity ends within 90 days, with the days left, the reminders sent and the renewal state —
// those with no application are the ones that will end by themselves (gz-rules §14).
import { Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { KIND, LEVEL, RENEWAL_STATE, RENEWAL_STATE_COLOR, stateKey } from './texts';
import type { RenewalDueItem, RenewalsDue } from './types';

export function RenewalsDuePage() {
  const tx = useText();
  const { data, error, loading, reload } = useApi<RenewalsDue>('/gz-renewal/due');
  const [filter, setFilter] = useState<'all' | 'none'>('all');
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  const items = (data?.items ?? []).filter((i) => filter === 'all' || stateKey(i.renewal) === 'none');
  return (
    <Card>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('续期到期', 'Renewals due')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            `辖区内有效期在 ${data?.horizonDays ?? 90} 日内届满的贵州省评价机构（截至 ${data?.asOf ?? ''}）。届满未申请续期或续期未通过的，自动终止评价资格（第十四条）。`,
            `Guizhou institutions in your jurisdiction whose validity ends within ${data?.horizonDays ?? 90} days (as of ${data?.asOf ?? ''}). Without a renewal filed, or with one refused, the qualification ends by itself (§14).`,
          )}
        </Typography.Text>
        <Segmented
          value={filter}
          onChange={(v) => setFilter(v as 'all' | 'none')}
          options={[
            { value: 'all', label: tx('全部', 'All') },
            { value: 'none', label: tx('未申请续期', 'Not applied for') },
          ]}
        />
        <Table<RenewalDueItem>
          rowKey="entryId"
          size="small"
          loading={loading}
          dataSource={items}
          // Widths for a phone: the table scrolls sideways instead of breaking names into single characters.
          scroll={{ x: 1080 }}
          locale={{ emptyText: tx('没有即将到期的评价机构', 'No validity ends within the period') }}
          columns={[
            {
              title: tx('评价机构', 'Institution'),
              dataIndex: 'institutionName',
              width: 200,
              fixed: 'left',
              render: (n: string, r) => (
                <Space orientation="vertical" size={0}>
                  <Link to={`/institutions/${r.institutionId}`}>{n}</Link>
                  <Typography.Text type="secondary">
                    {tx(...(KIND[r.institutionKind] ?? ['', '']))}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: tx('遴选结果编号', 'Code'), dataIndex: 'filingCode', width: 150 },
            {
              title: tx('职业（工种）', 'Occupations'),
              key: 'occ',
              width: 280,
              render: (_: unknown, r) =>
                r.occupations
                  .map(
                    (o) =>
                      `${o.code} ${o.name ?? ''}（${o.levels.map((l) => tx(...(LEVEL[l] ?? ['', '']))).join('、')}）`,
                  )
                  .join('；'),
            },
            { title: tx('有效期至', 'Valid to'), dataIndex: 'validTo', width: 110 },
            {
              title: tx('剩余天数', 'Days left'),
              dataIndex: 'daysLeft',
              align: 'right',
              width: 90,
              sorter: (a, b) => a.daysLeft - b.daysLeft,
            },
            {
              title: tx('已发送提醒', 'Reminders'),
              key: 'rem',
              width: 100,
              render: (_: unknown, r) =>
                r.reminders.length === 0
                  ? '—'
                  : r.reminders.map((x) => tx(`${x.daysBefore} 天`, `${x.daysBefore} days`)).join('、'),
            },
            {
              title: tx('续期状态', 'Renewal'),
              key: 'state',
              width: 150,
              render: (_: unknown, r) => {
                const key = stateKey(r.renewal);
                const tag = (
                  <Tag color={RENEWAL_STATE_COLOR[key]}>{tx(...(RENEWAL_STATE[key] ?? ['', '']))}</Tag>
                );
                return r.renewal.caseId && key !== 'draft' ? (
                  <Space size={4}>
                    {tag}
                    <Link to={`/cases/${r.renewal.caseId}`}>{r.renewal.referenceNo}</Link>
                  </Space>
                ) : (
                  tag
                );
              },
            },
          ]}
        />
      </Space>
    </Card>
  );
}
