// 我的评审 / 技术评审: an expert's panels — the cases they were drawn to review, the round under way and
// whether their opinion is in — and, for an authority, the cases waiting for a panel draw or under
// review by one. Each row opens the panel page (draw screen, members, opinions).
import { Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { query, type Page } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useAuth } from '../../app/auth';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import type { CaseListItem } from '../cases/types';
import type { AssignedReview } from './types';

function ExpertReviews() {
  const tx = useText();
  const { data, error, loading, reload } = useApi<{ items: AssignedReview[] }>('/reviews');
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  return (
    <Table<AssignedReview>
      rowKey="panelId"
      loading={loading}
      dataSource={data?.items ?? []}
      pagination={false}
      data-testid="review-table"
      columns={[
        {
          title: tx('申请编号', 'Reference'),
          dataIndex: 'referenceNo',
          render: (v: string, r) => <Link to={`/reviews/${r.caseId}`}>{v}</Link>,
        },
        { title: tx('申请单位', 'Applicant'), dataIndex: 'institutionName' },
        { title: tx('组织部门', 'Authority'), dataIndex: 'authorityName' },
        { title: tx('抽取日期', 'Drawn on'), dataIndex: 'drawnOn' },
        {
          title: tx('评审轮次', 'Round'),
          dataIndex: 'round',
          render: (v: number) => tx(`第 ${v} 轮`, `Round ${v}`),
        },
        {
          title: tx('我的意见', 'My opinion'),
          dataIndex: 'opinionGiven',
          render: (v: boolean) =>
            v ? (
              <Tag color="success">{tx('已提交', 'Given')}</Tag>
            ) : (
              <Tag color="warning">{tx('待提交', 'Awaited')}</Tag>
            ),
        },
      ]}
    />
  );
}

function AuthorityReviews() {
  const tx = useText();
  const { data, error, loading, reload } = useApi<Page<CaseListItem>>(
    `/cases${query({ view: 'supervised', pageSize: 100 })}`,
  );
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  // Cases under review by a panel, and those accepted and waiting for the draw: national employer
  // filings (mohrss-filing 一(七)) and 1+X applications (1x-selection §13, §15).
  const rows = (data?.items ?? []).filter(
    (c) =>
      c.awaiting === 'experts' ||
      (c.procedure === 'mohrss-employer-filing' && c.state === 'accepted') ||
      (c.procedure === '1x-selection' && c.state === 'eligible'),
  );
  return (
    <Table<CaseListItem>
      rowKey="id"
      loading={loading}
      dataSource={rows}
      pagination={false}
      data-testid="review-table"
      columns={[
        {
          title: tx('申请编号', 'Reference'),
          dataIndex: 'referenceNo',
          render: (v: string, r) => <Link to={`/reviews/${r.id}`}>{v}</Link>,
        },
        {
          title: tx('事项', 'Procedure'),
          key: 'procedure',
          render: (_: unknown, r) => tx(r.procedure_zh, r.procedure_en),
        },
        { title: tx('申请单位', 'Applicant'), dataIndex: 'institutionName' },
        {
          title: tx('状态', 'State'),
          key: 'state',
          render: (_: unknown, r) => (
            <Tag color={r.awaiting === 'experts' ? 'processing' : 'warning'}>
              {tx(r.stateLabel_zh, r.stateLabel_en)}
            </Tag>
          ),
        },
      ]}
    />
  );
}

export function ReviewsPage() {
  const tx = useText();
  const { user } = useAuth();
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {user?.role === 'expert' ? tx('我的评审', 'My panels') : tx('技术评审', 'Technical review')}
      </Typography.Title>
      {user?.role === 'expert' ? <ExpertReviews /> : <AuthorityReviews />}
    </Space>
  );
}
