// 「公示公告」 — public, no login: the notices published before a decision (mohrss-filing 二(十)4), those
// open for objections and the past ones, each with its period and how many objections were raised.
import { Card, List, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { query, type Page } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useNarrow } from '../../app/use-narrow';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { StandingTag } from './standing-tag';
import { inLang, type NoticeSummary } from './types';

type Status = 'current' | 'past';

export function PublicNoticesPage() {
  const tx = useText();
  const [status, setStatus] = useState<Status>('current');
  const [page, setPage] = useState(1);
  const narrow = useNarrow();
  const { data, error, loading, reload } = useApi<Page<NoticeSummary>>(
    `/public-notices${query({ status, page })}`,
  );
  const pagination = {
    current: page,
    pageSize: data?.pageSize ?? 20,
    total: data?.total ?? 0,
    onChange: setPage,
    size: narrow ? ('small' as const) : undefined,
  };
  const period = (r: NoticeSummary) => (
    <>
      {r.startsOn} {tx('至', 'to')} {r.endsOn}
      <div>
        <Typography.Text type="secondary">
          {r.periodDays}
          {r.periodUnit === 'working_days' ? tx(' 个工作日', ' working days') : tx(' 日', ' days')}
        </Typography.Text>
      </div>
    </>
  );
  const objections = (r: NoticeSummary) =>
    r.objectionCount === 0
      ? tx('无', 'none')
      : tx(
          `${r.objectionCount} 件（已答复 ${r.answeredCount} 件）`,
          `${r.objectionCount} (${r.answeredCount} answered)`,
        );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('公示公告', 'Public notices')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '拟备案、拟入选机构名单向社会公示、征求意见；公示期内任何单位和个人均可在线提出异议，无需登录。',
            'Proposed filings and selections open to objections; anyone may object during the period, no account needed.',
          )}
        </Typography.Text>
      </div>
      <Tabs
        activeKey={status}
        onChange={(k) => {
          setStatus(k as Status);
          setPage(1);
        }}
        items={[
          { key: 'current', label: tx('公示中', 'Open') },
          { key: 'past', label: tx('已结束', 'Past') },
        ]}
      />
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : narrow ? (
        // A phone: one card per notice (the five columns do not fit 390 px).
        <List<NoticeSummary>
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="public-notices-cards"
          pagination={pagination}
          renderItem={(r) => (
            <Card size="small" style={{ marginBottom: 12 }} key={r.id}>
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Link to={`/public-notices/${r.id}`}>{inLang(tx, r.title, r.title_en)}</Link>
                <Typography.Text type="secondary">{r.authorityName}</Typography.Text>
                <div>
                  {tx('公示对象：', 'Subject: ')}
                  {r.subjectName}
                </div>
                <div>
                  {tx('公示期：', 'Period: ')}
                  {period(r)}
                </div>
                <Space wrap>
                  <StandingTag standing={r.standing} />
                  {r.outcome && <span>{inLang(tx, r.outcome, r.outcome_en)}</span>}
                  <Typography.Text type="secondary">
                    {tx('异议：', 'Objections: ')}
                    {objections(r)}
                  </Typography.Text>
                </Space>
              </Space>
            </Card>
          )}
        />
      ) : (
        <Table<NoticeSummary>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="public-notices-table"
          scroll={{ x: 'max-content' }}
          pagination={pagination}
          columns={[
            {
              title: tx('公示标题', 'Title'),
              dataIndex: 'title',
              render: (v: string, r) => (
                <>
                  <Link to={`/public-notices/${r.id}`}>{inLang(tx, v, r.title_en)}</Link>
                  <div>
                    <Typography.Text type="secondary">{r.authorityName}</Typography.Text>
                  </div>
                </>
              ),
            },
            { title: tx('公示对象', 'Subject'), dataIndex: 'subjectName' },
            {
              title: tx('公示期', 'Period'),
              key: 'period',
              render: (_: unknown, r) => period(r),
            },
            {
              title: tx('状态', 'Status'),
              key: 'standing',
              render: (_: unknown, r) => (
                <>
                  <StandingTag standing={r.standing} />
                  {r.outcome && <div>{inLang(tx, r.outcome, r.outcome_en)}</div>}
                </>
              ),
            },
            {
              title: tx('异议', 'Objections'),
              key: 'objections',
              render: (_: unknown, r) => objections(r),
            },
          ]}
        />
      )}
    </Space>
  );
}
