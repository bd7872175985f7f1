// 「责令整改」 (责令限期整改, issue 14 point 6): the ordering authority's orders, or the institution's own —
// overdue first with the days overdue (overdue = not accepted and today after the deadline; the deadline
// day itself is in time, decision 0039), filters by state and 只看逾期. The filters live in the address,
// so the dashboard's 责令限期整改 chart lands here filtered (?overdue=true, ?status=reported).
import { Card, List, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { query } from '../../app/api';
import { useAuth } from '../../app/auth';
import { useApi } from '../../app/use-api';
import { useNarrow } from '../../app/use-narrow';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { word } from '../leads/texts';
import { RECT_SOURCE, RECT_STATUS, RECT_STATUS_COLOR } from './texts';
import type { RectificationListItem } from './types';

interface RectPage {
  items: RectificationListItem[];
  total: number;
  page: number;
  pageSize: number;
  asOf: string;
}

export function RectificationsPage() {
  const tx = useText();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const status = params.get('status') ?? undefined;
  const overdue = params.get('overdue') === 'true' ? 'true' : undefined;
  const { data, error, loading, reload } = useApi<RectPage>(
    `/rectifications${query({ status, overdue, page })}`,
  );
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    setPage(1);
    setParams(next, { replace: true });
  };
  const institution = user?.role === 'institution_staff';
  const narrow = useNarrow();

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="rectifications-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('责令整改', 'Rectification orders')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {institution
            ? tx(
                '监管部门责令本机构限期整改的事项：在期限内报告整改情况并上传证明材料，由监管部门核验。逾期未整改的，可按违纪违规处理工作指引第十三条第（五）项处理。',
                'Orders to rectify addressed to us: report what was done with evidence by the deadline; the authority verifies it. Not rectifying in time may be dealt with under mohrss-violations §13(5).',
              )
            : tx(
                '本部门责令限期整改的事项：逾期在前，显示逾期天数；核验机构报告的整改情况，逾期未整改的可以立案（违纪违规处理工作指引第十三条第（五）项）。',
                'Orders we made: overdue first with the days overdue; verify the institutions’ reports, and open a case on an overdue order (mohrss-violations §13(5)).',
              )}
        </Typography.Text>
      </div>
      <Space wrap>
        <Segmented
          value={overdue ? 'overdue' : 'all'}
          onChange={(v) => set({ overdue: v === 'overdue' ? 'true' : undefined })}
          options={[
            { value: 'all', label: tx('全部', 'All') },
            { value: 'overdue', label: tx('只看逾期', 'Overdue only') },
          ]}
          data-testid="rect-overdue"
        />
        <Select
          allowClear
          value={status}
          placeholder={tx('全部状态', 'All states')}
          aria-label={tx('状态', 'State')}
          style={{ width: 200 }}
          options={Object.entries(RECT_STATUS).map(([value, [zh, en]]) => ({ value, label: tx(zh, en) }))}
          onChange={(v?: string) => set({ status: v })}
          data-testid="rect-status"
        />
        {data && (
          <Typography.Text type="secondary">{tx(`以 ${data.asOf} 计`, `As of ${data.asOf}`)}</Typography.Text>
        )}
      </Space>
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : narrow ? (
        // A phone: one card per order, no sideways scrolling.
        <List<RectificationListItem>
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="rect-table"
          locale={{ emptyText: tx('没有整改事项', 'No rectification orders') }}
          pagination={{
            current: page,
            pageSize: data?.pageSize ?? 20,
            total: data?.total ?? 0,
            onChange: setPage,
            size: 'small',
          }}
          renderItem={(r) => (
            <Card size="small" style={{ marginBottom: 8 }}>
              <Space wrap size={4}>
                <Tag color={RECT_STATUS_COLOR[r.status]}>{word(RECT_STATUS, r.status, tx)}</Tag>
                {r.overdue && (
                  <Tag color="red">{tx(`逾期 ${r.daysOverdue} 日`, `${r.daysOverdue} d overdue`)}</Tag>
                )}
                <Typography.Text type="secondary">
                  {tx(`期限 ${r.deadline}`, `Due ${r.deadline}`)}
                </Typography.Text>
              </Space>
              <div>
                <Typography.Text strong>{institution ? r.authorityName : r.institutionName}</Typography.Text>
              </div>
              <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ margin: '4px 0' }}>
                {r.subject}
              </Typography.Paragraph>
              <Link to={`/rectifications/${r.id}`} data-testid="rect-open">
                {tx('查看', 'Open')}
              </Link>
            </Card>
          )}
        />
      ) : (
        <Table<RectificationListItem>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="rect-table"
          scroll={{ x: 960 }}
          locale={{ emptyText: tx('没有整改事项', 'No rectification orders') }}
          pagination={{
            current: page,
            pageSize: data?.pageSize ?? 20,
            total: data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
          columns={[
            {
              title: tx('整改期限', 'Deadline'),
              dataIndex: 'deadline',
              width: 150,
              render: (d: string, r) => (
                <Space orientation="vertical" size={0}>
                  <span>{d}</span>
                  {r.overdue && <Tag color="red" data-testid="rect-days-overdue">{tx(`逾期 ${r.daysOverdue} 日`, `${r.daysOverdue} d overdue`)}</Tag>}
                </Space>
              ),
            },
            institution
              ? { title: tx('责令部门', 'Ordered by'), dataIndex: 'authorityName', width: 200 }
              : { title: tx('被责令整改的机构', 'Institution'), dataIndex: 'institutionName', width: 220 },
            { title: tx('整改事项', 'Matter'), dataIndex: 'subject' },
            { title: tx('来源', 'From'), dataIndex: 'source', width: 120, render: (s: string) => word(RECT_SOURCE, s, tx) },
            {
              title: tx('状态', 'State'),
              dataIndex: 'status',
              width: 150,
              render: (s: string) => <Tag color={RECT_STATUS_COLOR[s]}>{word(RECT_STATUS, s, tx)}</Tag>,
            },
            {
              title: '',
              key: 'open',
              width: 80,
              fixed: 'right',
              render: (_: unknown, r) => (
                <Link to={`/rectifications/${r.id}`} data-testid="rect-open">
                  {tx('查看', 'Open')}
                </Link>
              ),
            },
          ]} // prettier-ignore
        />
      )}
    </Space>
  );
}
