// 「违纪违规处理」 (issue 13; mohrss-violations §16–20) for the staff of institutions and authorities: the
// violation cases by the caller's part in them — an institution's own decisions on its candidates and
// staff (本机构处理的) and the cases that concern it (涉及本机构的); an authority's own (本部门处理的) and
// every case in its territory, the institutions' reported decisions among them (辖区内的) — with search,
// a state filter and 立案, which opens the 申请 form with the procedure chosen. The list, the tab and the
// filters live in the address, so that a case page's 返回 comes back to the same list.
import { Button, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { query, type Page } from '../../app/api';
import { useAuth } from '../../app/auth';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { dateTime, useText } from '../cases/texts';
import {
  chargeCodeEn,
  citationEn,
  FINAL_STATES,
  ORIGIN,
  sanctionsEnglish,
  SUBJECT,
  VIOLATION_STATES,
} from './texts';
import type { ViolationListItem, ViolationView } from './types';

export function ViolationsPage() {
  const tx = useText();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const views: { key: ViolationView; label: string }[] =
    user?.role === 'institution_staff'
      ? [
          { key: 'deciding', label: tx('本机构处理的', 'Decided by us') },
          { key: 'concerning', label: tx('涉及本机构的', 'Concerning us') },
        ]
      : user?.role === 'authority_staff'
        ? [
            { key: 'deciding', label: tx('本部门处理的', 'Decided by us') },
            { key: 'supervised', label: tx('辖区内的', 'In my territory') },
          ]
        : [];
  const view = views.find((v) => v.key === params.get('view'))?.key ?? views[0]?.key;
  const q = params.get('q') ?? undefined;
  const state = params.get('state') ?? undefined;
  const { data, error, loading, reload } = useApi<Page<ViolationListItem>>(
    view ? `/violation-cases${query({ view, q, state, page })}` : null,
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

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="violations-page">
      <Space wrap align="start" style={{ justifyContent: 'space-between', width: '100%' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {tx('违纪违规处理', 'Violations')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {user?.role === 'institution_staff'
              ? tx(
                  '本机构对参评人员、工作人员违纪违规行为的处理（工作人员的处理情况同时报备监管部门），以及监管部门对本机构的处理（第十六条）。',
                  'Our decisions on candidates’ and staff members’ violations (those on staff are reported to the authority at once), and the authority’s cases concerning us (mohrss-violations §16).',
                )
              : tx(
                  '本部门立案处理的违纪违规行为，以及辖区内评价机构的处理情况（含评价机构报备的工作人员处理，第十六条）。',
                  'Violation cases we handle, and those of the institutions in our territory, including the decisions on staff they report (mohrss-violations §16).',
                )}
          </Typography.Text>
        </div>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => navigate('/apply?procedure=violation-case')}
          data-testid="violation-open"
        >
          {tx('立案', 'Open a case')}
        </Button>
      </Space>
      {view && (
        <Tabs
          activeKey={view}
          onChange={(k) => set({ view: k })}
          items={views.map((v) => ({ key: v.key, label: v.label }))}
          data-testid="violation-views"
        />
      )}
      <Space wrap>
        <Input.Search
          allowClear
          defaultValue={q}
          placeholder={tx('案件编号、当事人或机构', 'Reference, party or institution')}
          aria-label={tx('搜索', 'Search')}
          onSearch={(v) => set({ q: v.trim() })}
          style={{ width: 280 }}
          data-testid="violation-search"
        />
        <Select
          allowClear
          value={state}
          placeholder={tx('全部状态', 'All states')}
          aria-label={tx('状态', 'State')}
          style={{ width: 240 }}
          options={VIOLATION_STATES.map(([value, zh, en]) => ({ value, label: tx(zh, en) }))}
          onChange={(v?: string) => set({ state: v })}
          data-testid="violation-state"
        />
      </Space>
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : (
        <ViolationTable data={data} loading={loading} page={page} onPage={setPage} />
      )}
    </Space>
  );
}

function ViolationTable({
  data,
  loading,
  page,
  onPage,
}: {
  data: Page<ViolationListItem> | undefined;
  loading: boolean;
  page: number;
  onPage: (page: number) => void;
}) {
  const tx = useText();
  return (
    <Table<ViolationListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="violation-table"
      // Narrower than this it scrolls; on a desktop the long cells wrap.
      scroll={{ x: 1100 }}
      locale={{ emptyText: tx('没有违纪违规案件', 'No violation cases') }}
      pagination={{
        current: page,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        onChange: onPage,
        hideOnSinglePage: true,
      }}
      columns={[
        {
          title: tx('案件编号', 'Reference'),
          dataIndex: 'referenceNo',
          render: (v: string, r) => (
            <>
              <Link to={`/cases/${r.id}`} data-testid="violation-link">
                {v}
              </Link>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {tx(...(ORIGIN[r.origin] ?? ['其他来源', 'Other origin']))} · {dateTime(r.createdAt)}
                </Typography.Text>
              </div>
            </>
          ),
        },
        {
          title: tx('当事人', 'Party'),
          key: 'party',
          render: (_: unknown, r) => (
            <Space size={4} wrap>
              <Tag>{tx(...(SUBJECT[r.subject] ?? ['当事人', 'Party']))}</Tag>
              {r.subject === 'institution' ? null : r.partyName}
            </Space>
          ),
        },
        {
          title: tx('评价机构', 'Institution'),
          dataIndex: 'institutionName',
          render: (v: string) => <div style={{ maxWidth: 220, whiteSpace: 'normal' }}>{v}</div>,
        },
        {
          title: tx('违纪违规情形', 'Charge'),
          key: 'charge',
          render: (_: unknown, r) =>
            r.charge_zh
              ? tx(r.charge_zh, r.charge ? chargeCodeEn(r.charge) : citationEn(r.charge_zh))
              : tx('待认定', 'Not yet determined'),
        },
        {
          title: tx('状态', 'State'),
          key: 'state',
          render: (_: unknown, r) => (
            <Tag
              color={FINAL_STATES.has(r.state) ? 'default' : 'processing'}
              data-testid="violation-state-tag"
            >
              {tx(r.state_zh, r.state_en)}
            </Tag>
          ),
        },
        {
          title: tx('处理决定', 'Decision'),
          key: 'decision',
          render: (_: unknown, r) =>
            r.sanctions_zh ? (
              <div style={{ maxWidth: 280, whiteSpace: 'normal' }}>
                {r.reviewOutcome === 'revoked' ? (
                  <Typography.Text delete>
                    {tx(r.sanctions_zh, sanctionsEnglish(r.sanctions_en) ?? r.sanctions_zh)}
                  </Typography.Text>
                ) : (
                  tx(r.sanctions_zh, sanctionsEnglish(r.sanctions_en) ?? r.sanctions_zh)
                )}
                {r.reviewOutcome && (
                  <div>
                    <Tag
                      color={r.reviewOutcome === 'revoked' ? 'red' : 'default'}
                      data-testid="violation-review-outcome"
                    >
                      {r.reviewOutcome === 'revoked'
                        ? tx('已因复核撤销', 'Revoked on review')
                        : r.reviewOutcome === 'varied'
                          ? tx('复核变更（减轻）', 'Varied on review (lighter)')
                          : tx('复核维持', 'Upheld on review')}
                    </Tag>
                  </div>
                )}
                {r.decidedOn && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {tx(`${r.decidedOn} 决定`, `decided ${r.decidedOn}`)}
                    </Typography.Text>
                  </div>
                )}
              </div>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
