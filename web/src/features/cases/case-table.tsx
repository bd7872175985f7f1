// A table of cases for the queues and the applicant's list: reference, procedure, institution, state,
// whose move, the running deadline's due date with the days left — overdue rows in red.
import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Page } from '../../app/api';
import type { CaseListItem } from './types';
import { dateTime, remainingText, useText } from './texts';

export function CaseTable({
  data,
  loading,
  page,
  onPage,
}: {
  data: Page<CaseListItem> | undefined;
  loading: boolean;
  page: number;
  onPage: (page: number) => void;
}) {
  const tx = useText();
  return (
    <Table<CaseListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="case-table"
      rowClassName={(r) => (r.overdue ? 'case-row-overdue' : '')}
      onRow={(r) => (r.overdue ? { style: { background: '#fff1f0' } } : {})}
      pagination={{
        current: page,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        onChange: onPage,
      }}
      columns={[
        {
          title: tx('申请编号', 'Reference'),
          dataIndex: 'referenceNo',
          render: (v: string, r) => <Link to={`/cases/${r.id}`}>{v}</Link>,
        },
        {
          title: tx('事项', 'Procedure'),
          key: 'procedure',
          render: (_: unknown, r) => tx(r.procedure_zh, r.procedure_en),
        },
        {
          title: tx('申请单位', 'Applicant'),
          dataIndex: 'institutionName',
          render: (v: string, r) => (
            <>
              {v}
              {r.branchName && <Typography.Text type="secondary">（{r.branchName}）</Typography.Text>}
              {r.summary && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {tx(r.summary, r.summary_en ?? r.summary)}
                  </Typography.Text>
                </div>
              )}
            </>
          ),
        },
        {
          title: tx('状态', 'State'),
          key: 'state',
          render: (_: unknown, r) => (
            <Tag color={r.final ? 'default' : 'processing'}>{tx(r.stateLabel_zh, r.stateLabel_en)}</Tag>
          ),
        },
        {
          title: tx('等待', 'Awaiting'),
          key: 'awaiting',
          render: (_: unknown, r) => (
            <>
              {r.awaiting_zh ? tx(r.awaiting_zh, r.awaiting_en ?? r.awaiting_zh) : '—'}
              {r.task_zh && (
                <div>
                  <Tag color="warning" data-testid="case-task">
                    {tx(r.task_zh, r.task_en ?? r.task_zh)}
                  </Tag>
                </div>
              )}
            </>
          ),
        },
        {
          title: tx('办理期限', 'Due'),
          dataIndex: 'dueDate',
          render: (v: string | null, r) =>
            v ? (
              <span data-testid={r.overdue ? 'overdue' : 'due'}>
                <Typography.Text type={r.overdue ? 'danger' : undefined} strong={r.overdue}>
                  {v}
                </Typography.Text>
                <div>
                  <Typography.Text type={r.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                    {tx(r.deadlineLabel ?? '', r.deadlineLabel_en ?? r.deadlineLabel ?? '')} ·{' '}
                    {remainingText(tx, r.remaining, r.deadlineUnit)}
                  </Typography.Text>
                </div>
              </span>
            ) : (
              '—'
            ),
        },
        { title: tx('更新时间', 'Updated'), dataIndex: 'updatedAt', render: (v: string) => dateTime(v) },
      ]}
    />
  );
}
