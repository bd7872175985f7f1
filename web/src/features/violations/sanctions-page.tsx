// 「处理公开」 — public, no login, made for a phone (issue 13 point 5): the violation decisions published
// under mohrss-violations §17 ¶2 (按有关规定进行公告) and the bad-credit register of §13 (列入诚信不良档案，
// 并向社会公布). A person is named only masked (王**), as the server stores and sends it; a decision a
// review revoked stays listed, marked 已撤销, and leaves the bad-credit register.
import { Card, Empty, Input, List, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { query, type Page } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useNarrow } from '../../app/use-narrow';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { citationEn, sanctionsEnglish, SUBJECT } from './texts';
import type { PublishedDecision } from './types';

/** A long cell wraps within its width (the table otherwise grows past the screen). */
const wrap = (maxWidth: number) => ({ maxWidth, whiteSpace: 'normal' as const });
const nowrap = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;

export function SanctionsPage() {
  const tx = useText();
  const narrow = useNarrow();
  const [badCredit, setBadCredit] = useState(false);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApi<Page<PublishedDecision>>(
    `/public/violation-decisions${query({ badCredit: badCredit ? 'true' : undefined, q: q || undefined, page })}`,
  );
  const pagination = {
    current: page,
    pageSize: data?.pageSize ?? 20,
    total: data?.total ?? 0,
    onChange: setPage,
    hideOnSinglePage: true,
    size: narrow ? ('small' as const) : undefined,
  };
  const charge = (r: PublishedDecision) => tx(r.charge, r.charge_en ?? citationEn(r.charge));
  const sanctions = (r: PublishedDecision) =>
    tx(r.sanctions, sanctionsEnglish(r.sanctions_en) ?? r.sanctions);
  // Issue 14 point 7: the period the measures run for; an open end is said, never guessed (§13 gives
  // the bad-credit register no period). A decision published before periods were kept shows none.
  const period = (r: PublishedDecision) =>
    !r.periodFrom
      ? tx('—', '—')
      : r.periodTo
        ? tx(`${r.periodFrom} 至 ${r.periodTo}`, `${r.periodFrom} to ${r.periodTo}`)
        : tx(`${r.periodFrom} 起（规定未设期限）`, `From ${r.periodFrom} (the rules set no end)`);
  const tags = (r: PublishedDecision) => (
    <>
      {r.badCredit && !r.revokedOn && (
        <Tag color="red" data-testid="published-sanction-bad-credit">
          {tx('诚信不良档案', 'Bad-credit register')}
        </Tag>
      )}
      {r.revokedOn && (
        <Tag color="default" data-testid="published-sanction-revoked">
          {tx(`已撤销（${r.revokedOn}）`, `Revoked (${r.revokedOn})`)}
        </Tag>
      )}
    </>
  );
  const subject = (r: PublishedDecision) => (
    <Space size={4} wrap>
      <Typography.Text strong delete={!!r.revokedOn}>
        {r.subjectName}
      </Typography.Text>
      <Tag>{tx(...(SUBJECT[r.subjectKind] ?? ['当事人', 'Party']))}</Tag>
    </Space>
  );
  const empty = (
    <Empty
      description={
        q
          ? tx('没有符合条件的处理决定', 'No published decision matches')
          : badCredit
            ? tx('诚信不良档案中暂无记录', 'The bad-credit register is empty')
            : tx('暂无公开的处理决定', 'No decision has been published yet')
      }
    />
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="published-sanctions-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('处理公开', 'Published sanctions')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '按规定公告的违纪违规处理决定，以及列入诚信不良档案并向社会公布的评价机构（《技能人才评价违纪违规行为处理工作指引（试行）》第十三条、第十七条）。个人姓名已隐去部分文字；经复核撤销的决定标注“已撤销”。',
            'Violation decisions published as the rules require, and the institutions entered in the bad-credit register and made public (mohrss-violations §13, §17). Personal names are partly hidden; a decision revoked on review is marked “Revoked”.',
          )}
        </Typography.Text>
      </div>
      <Space wrap>
        <Input.Search
          allowClear
          placeholder={tx('名称、机构或决定文号', 'Name, institution or decision number')}
          aria-label={tx('搜索', 'Search')}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
          style={{ width: narrow ? '100%' : 340 }}
          data-testid="published-sanctions-search"
        />
        <Space size={6}>
          <Switch
            checked={badCredit}
            onChange={(on) => {
              setBadCredit(on);
              setPage(1);
            }}
            aria-label={tx('只看诚信不良档案', 'Bad-credit register only')}
            data-testid="published-sanctions-bad-credit"
          />
          <Typography.Text>{tx('只看诚信不良档案', 'Bad-credit register only')}</Typography.Text>
        </Space>
      </Space>
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : narrow ? (
        // A phone: one card per decision (the eight columns do not fit 390 px).
        <List<PublishedDecision>
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="published-sanctions-cards"
          locale={{ emptyText: empty }}
          pagination={data && data.total > data.pageSize ? pagination : false}
          renderItem={(r) => (
            <Card
              size="small"
              key={r.id}
              style={{ marginBottom: 12, opacity: r.revokedOn ? 0.75 : 1 }}
              data-testid="published-sanction-card"
            >
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                {subject(r)}
                <div>{tags(r)}</div>
                {r.subjectKind !== 'institution' && (
                  <Typography.Text type="secondary">{r.institutionName}</Typography.Text>
                )}
                <div>
                  {tx('违纪违规情形：', 'Charge: ')}
                  {charge(r)}
                </div>
                <div>
                  {tx('处理：', 'Sanctions: ')}
                  <Typography.Text strong>{sanctions(r)}</Typography.Text>
                </div>
                <div data-testid="published-sanction-period">
                  {tx('期限：', 'Period: ')}
                  {period(r)}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {tx('作出决定：', 'Decided by: ')}
                  {r.decidedBy}
                  <br />
                  {r.decisionNumber} · <span style={{ whiteSpace: 'nowrap' }}>{r.decidedOn}</span>
                  <br />
                  {tx('地区：', 'Region: ')}
                  {r.jurisdiction}
                </Typography.Text>
              </Space>
            </Card>
          )}
        />
      ) : (
        <Table<PublishedDecision>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="published-sanctions-table"
          // Wider than a tablet's screen it scrolls; on a desktop the long cells wrap.
          scroll={{ x: 1000 }}
          pagination={pagination}
          locale={{ emptyText: empty }}
          columns={[
            {
              title: tx('当事人', 'Party'),
              key: 'subject',
              render: (_: unknown, r) => (
                <>
                  {subject(r)}
                  <div>{tags(r)}</div>
                </>
              ),
            },
            {
              title: tx('评价机构', 'Institution'),
              dataIndex: 'institutionName',
              render: (v: string) => <div style={wrap(200)}>{v}</div>,
            },
            { title: tx('地区', 'Region'), dataIndex: 'jurisdiction', render: (v: string) => nowrap(v) },
            {
              title: tx('违纪违规情形', 'Charge'),
              key: 'charge',
              render: (_: unknown, r) => nowrap(charge(r)),
            },
            {
              title: tx('处理', 'Sanctions'),
              key: 'sanctions',
              render: (_: unknown, r) => <div style={wrap(260)}>{sanctions(r)}</div>,
            },
            {
              title: tx('期限', 'Period'),
              key: 'period',
              render: (_: unknown, r) => <div style={wrap(160)}>{period(r)}</div>,
            },
            {
              title: tx('作出决定', 'Decided by'),
              key: 'decided',
              render: (_: unknown, r) => (
                <div style={wrap(240)}>
                  {r.decidedBy}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.decisionNumber}
                    </Typography.Text>
                  </div>
                </div>
              ),
            },
            { title: tx('决定日期', 'Decided on'), dataIndex: 'decidedOn', render: (v: string) => nowrap(v) },
          ]}
        />
      )}
    </Space>
  );
}
