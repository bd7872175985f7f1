// A supervisor's "needs action now" (issue 10 point 7), from GET /api/v1/cases/attention in the
// caller's own scope: applications awaiting acceptance, overdue cases and objections to answer (each a
// link into the queue filtered the same way), 公示 ending this week and filings whose validity ends
// within 90 days — with a bar chart of them, each bar a link too.
import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { ProblemAlert } from '../../app/problems';
import { useText } from '../cases/texts';

const BarChart = lazy(() => import('./bar-chart'));

interface AttentionCounts {
  today: string;
  awaitingAcceptance: number;
  overdue: number;
  objectionsToAnswer: number;
  noticesEndingThisWeek: number;
  weekEnds: string;
  validityEnding: number;
  validityUntil: string;
  validityFilter: { authorityId?: string; jurisdictionCode?: string };
}

type Key =
  'awaitingAcceptance' | 'overdue' | 'objectionsToAnswer' | 'noticesEndingThisWeek' | 'validityEnding';

export function AttentionCard() {
  const tx = useText();
  const navigate = useNavigate();
  const { data, error, loading } = useApi<AttentionCounts>('/cases/attention');
  const items: { key: Key; title: string; hint: string; to: string; danger?: boolean }[] = [
    {
      key: 'awaitingAcceptance',
      title: tx('待受理', 'Awaiting acceptance'),
      hint: tx('已提交、等待本部门受理', 'Submitted, waiting for your acceptance'),
      to: '/queue?view=todo&state=submitted',
    },
    {
      key: 'overdue',
      title: tx('已逾期', 'Overdue'),
      hint: tx('超过办理期限的待办', 'To-dos past their deadline'),
      to: '/queue?view=todo&overdue=true',
      danger: true,
    },
    {
      key: 'objectionsToAnswer',
      title: tx('待答复异议', 'Objections to answer'),
      hint: tx('公示中收到、尚未答复的异议', 'Received during a notice, not yet answered'),
      // Only an unanswered objection puts a case in 公示 into the 待办 (list-cases).
      to: '/queue?view=todo&state=public_notice',
    },
    {
      key: 'noticesEndingThisWeek',
      title: tx('本周结束的公示', 'Notices ending this week'),
      hint: data ? tx(`截至 ${data.weekEnds}`, `Until ${data.weekEnds}`) : '',
      to: '/public-notices',
    },
    {
      key: 'validityEnding',
      title: tx('90 天内到期的备案', 'Filings expiring within 90 days'),
      hint: data ? tx(`截至 ${data.validityUntil}`, `Until ${data.validityUntil}`) : '',
      to: data
        ? `/directory?${new URLSearchParams({ validUntil: data.validityUntil, ...data.validityFilter })}`
        : '/directory',
    },
  ];
  return (
    <Card title={tx('需要处理', 'Needs action now')} data-testid="attention-card">
      {error && <ProblemAlert problem={error.problem} />}
      {loading || !data ? (
        !error && <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Row gutter={[16, 16]}>
              {items.map((i) => (
                <Col xs={12} key={i.key}>
                  <Link to={i.to} data-testid={`attention-${i.key}`}>
                    <Statistic
                      title={i.title}
                      value={data[i.key]}
                      styles={{ content: i.danger && data[i.key] > 0 ? { color: '#cf1322' } : {} }}
                    />
                  </Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {i.hint}
                  </Typography.Text>
                </Col>
              ))}
            </Row>
          </Col>
          <Col xs={24} lg={12}>
            <Suspense fallback={<Skeleton active />}>
              <BarChart
                height={200}
                bars={items.map((i) => ({ key: i.key, label: i.title, value: data[i.key] }))}
                onSelect={(key) => {
                  const item = items.find((i) => i.key === key);
                  if (item) navigate(item.to);
                }}
              />
            </Suspense>
          </Col>
        </Row>
      )}
    </Card>
  );
}
