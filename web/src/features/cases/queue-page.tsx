// 「待办/已办」: the deciding authority's queue — cases awaiting it, the earliest due first, overdue ones in
// red with the days they are late — and what it has handled; plus every case in its territory. Search,
// filters (procedure, state, institution, overdue) and the due-date order live in the URL, so that the
// home page's counts link straight into a filtered queue; 导出 Excel downloads the same list
// (GET /api/v1/cases/export.xlsx with the same parameters, so the file holds what the page shows).
import { Button, Input, Segmented, Select, Space, Switch, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { query, type Page } from '../../app/api';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import type { Guide, GuideSummary } from '../guides/types';
import { CaseTable } from './case-table';
import type { CaseListItem } from './types';
import { useText } from './texts';

type View = 'todo' | 'done' | 'supervised';
const FILTERS = ['q', 'procedure', 'state', 'institutionId', 'overdue', 'sort'] as const;
type Filter = (typeof FILTERS)[number];

export function QueuePage() {
  const tx = useText();
  const [params, setParams] = useSearchParams();
  const view = (['todo', 'done', 'supervised'] as const).find((v) => v === params.get('view')) ?? 'todo';
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) || undefined])) as Partial<
    Record<Filter, string>
  >;
  const [page, setPage] = useState(1);
  const listQuery = { view, ...filters };
  const { data, error, loading, reload } = useApi<Page<CaseListItem>>(
    `/cases${query({ ...listQuery, page })}`,
  );

  const setFilter = (changes: Partial<Record<Filter | 'view', string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    setPage(1);
    setParams(next);
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {tx('待办 / 已办', 'Queue')}
      </Typography.Title>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Segmented<View>
          value={view}
          onChange={(v) => setFilter({ view: v })}
          options={[
            { value: 'todo', label: tx('待办', 'To do') },
            { value: 'done', label: tx('已办', 'Done') },
            { value: 'supervised', label: tx('辖区案件', 'In my territory') },
          ]}
        />
        <Button
          icon={<DownloadOutlined />}
          href={`/api/v1/cases/export.xlsx${query(listQuery)}`}
          data-testid="queue-export"
        >
          {tx('导出 Excel', 'Export to Excel')}
        </Button>
      </Space>
      <QueueFilters filters={filters} onChange={setFilter} />
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : (
        <CaseTable data={data} loading={loading} page={page} onPage={setPage} />
      )}
    </Space>
  );
}

function QueueFilters({
  filters,
  onChange,
}: {
  filters: Partial<Record<Filter, string>>;
  onChange: (changes: Partial<Record<Filter, string | undefined>>) => void;
}) {
  const tx = useText();
  const procedures = useApi<{ items: GuideSummary[] }>('/public/guides');
  // A procedure's states, from its guide (steps still open, then the outcomes).
  const guide = useApi<Guide>(
    filters.procedure ? `/public/guides/${encodeURIComponent(filters.procedure)}` : null,
  );
  const [institutionSearch, setInstitutionSearch] = useState('');
  const institutions = useApi<Page<{ id: string; name: string }>>(
    `/institutions${query({ q: institutionSearch || undefined, pageSize: 20 })}`,
  );
  const stateOptions = guide.data
    ? [...guide.data.steps, ...guide.data.outcomes].map((s) => ({
        value: s.state,
        label: tx(s.label_zh, s.label_en),
      }))
    : [];
  // A state chosen without a procedure (the home page's 待受理 link) is named, never shown as its code.
  if (filters.state && !stateOptions.some((o) => o.value === filters.state))
    stateOptions.push({
      value: filters.state,
      label:
        filters.state === 'submitted'
          ? tx('待受理', 'Awaiting acceptance')
          : tx('所选状态', 'Selected state'),
    });
  return (
    <Space wrap>
      <Input.Search
        allowClear
        defaultValue={filters.q}
        placeholder={tx('申请编号或申请单位', 'Reference or applicant')}
        aria-label={tx('搜索', 'Search')}
        onSearch={(v) => onChange({ q: v.trim() })}
        style={{ width: 240 }}
      />
      <Select
        allowClear
        value={filters.procedure}
        placeholder={tx('全部事项', 'All procedures')}
        aria-label={tx('事项', 'Procedure')}
        style={{ width: 220 }}
        loading={procedures.loading}
        options={(procedures.data?.items ?? []).map((p) => ({
          value: p.procedure,
          label: tx(p.procedure_zh, p.title_en),
        }))}
        onChange={(v?: string) => onChange({ procedure: v, state: undefined })}
      />
      <Select
        allowClear
        value={filters.state}
        disabled={!filters.procedure && !filters.state}
        placeholder={filters.procedure ? tx('全部状态', 'All states') : tx('先选事项', 'Pick a procedure')}
        aria-label={tx('状态', 'State')}
        style={{ width: 160 }}
        options={stateOptions}
        onChange={(v?: string) => onChange({ state: v })}
      />
      <Select
        allowClear
        showSearch={{ filterOption: false, onSearch: setInstitutionSearch }}
        value={filters.institutionId}
        placeholder={tx('全部申请单位', 'All applicants')}
        aria-label={tx('申请单位', 'Applicant')}
        style={{ width: 240 }}
        loading={institutions.loading}
        options={(institutions.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
        onChange={(v?: string) => onChange({ institutionId: v })}
      />
      <Space size={4}>
        <Switch
          size="small"
          checked={filters.overdue === 'true'}
          onChange={(on) => onChange({ overdue: on ? 'true' : undefined })}
          aria-label={tx('只看逾期', 'Overdue only')}
        />
        <Typography.Text>{tx('只看逾期', 'Overdue only')}</Typography.Text>
      </Space>
      <Select
        value={filters.sort ?? ''}
        aria-label={tx('排序', 'Order')}
        style={{ width: 180 }}
        options={[
          { value: '', label: tx('默认排序', 'Default order') },
          { value: 'due', label: tx('期限最早在前', 'Earliest due first') },
          { value: '-due', label: tx('期限最晚在前', 'Latest due first') },
          { value: 'recent', label: tx('最近更新在前', 'Recently updated first') },
        ]}
        onChange={(v: string) => onChange({ sort: v || undefined })}
      />
    </Space>
  );
}
