// 「工作台账」 (issue 14 point 2; 1x-selection §26, 1x-exit §7(1)): the authority's leads — public
// complaints, the hotline, letters, the certificate platform, biweekly reports, inspections and detected
// breaches — oldest open first, with their age in days, filters by state, source, age and text, and
// 录入线索 for a lead that came by phone, letter or report. The filters live in the address, so the
// dashboard's 问题线索 chart lands here filtered (?open=true, ?olderThanDays=30) and a lead page's 返回
// comes back to the same list.
import { Button, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { query, type Page } from '../../app/api';
import { compact, FormModal } from '../../app/form-modal';
import { useApi } from '../../app/use-api';
import { useNarrow } from '../../app/use-narrow';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { InstitutionFilter } from '../evaluation-sessions/institution-filter';
import { todayIso } from './dates';
import { LeadCards } from './lead-cards';
import { LEAD_OUTCOME, LEAD_SOURCE, LEAD_STATUS, LEAD_STATUS_COLOR, STAFF_SOURCES, word } from './texts';
import type { LeadListItem } from './types';

/** The age filter: open leads at least this many days old ('0' = every open lead). */
const AGES: [value: string, zh: string, en: string][] = [
  ['0', '全部未办结', 'All open'],
  ['8', '未办结，满 8 日', 'Open, 8 days or more'],
  ['31', '未办结，满 31 日', 'Open, 31 days or more'],
  ['91', '未办结，满 91 日', 'Open, 91 days or more'],
];

export function LeadsPage() {
  const tx = useText();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const [entering, setEntering] = useState(false);
  const narrow = useNarrow();
  const status = params.get('status') ?? undefined;
  const source = params.get('source') ?? undefined;
  const q = params.get('q') ?? undefined;
  // The dashboard's links: ?open=true (every open lead) or ?olderThanDays=N.
  const olderThanDays = params.get('olderThanDays') ?? (params.get('open') === 'true' ? '0' : undefined);
  const { data, error, loading, reload } = useApi<Page<LeadListItem>>(
    `/leads${query({ status, source, q, olderThanDays, page })}`,
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
  const age = AGES.some(([v]) => v === olderThanDays) ? olderThanDays : undefined;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="leads-page">
      <Space wrap align="start" style={{ justifyContent: 'space-between', width: '100%' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {tx('工作台账', 'Lead ledger')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {tx(
              '投诉举报、监督咨询电话、信访件、证书信息管理服务平台、双周报和监督检查发现的问题线索，逐条分办、转办、核查、答复、办结（1+X 遴选办法第二十六条、退出办法第七条第（一）项）。未办结的按收到时间先后排列。',
              'Complaints, hotline calls, letters, the certificate platform, biweekly reports and inspection findings, each triaged, sent on, investigated, answered and closed (1x-selection §26, 1x-exit §7(1)). Open leads come first, oldest first.',
            )}
          </Typography.Text>
        </div>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEntering(true)}
          data-testid="lead-enter"
        >
          {tx('录入线索', 'Enter a lead')}
        </Button>
      </Space>
      <Space wrap>
        <Input.Search
          allowClear
          defaultValue={q}
          placeholder={tx('线索内容或机构名称', 'Lead text or institution')}
          aria-label={tx('搜索', 'Search')}
          onSearch={(v) => set({ q: v.trim() })}
          style={{ width: 260 }}
          data-testid="lead-search"
        />
        <Select
          allowClear
          value={status}
          placeholder={tx('全部状态', 'All states')}
          aria-label={tx('状态', 'State')}
          style={{ width: 150 }}
          options={Object.entries(LEAD_STATUS).map(([value, [zh, en]]) => ({ value, label: tx(zh, en) }))}
          onChange={(v?: string) => set({ status: v })}
          data-testid="lead-status"
        />
        <Select
          allowClear
          value={source}
          placeholder={tx('全部来源', 'All sources')}
          aria-label={tx('来源', 'Source')}
          style={{ width: 200 }}
          options={Object.entries(LEAD_SOURCE).map(([value, [zh, en]]) => ({ value, label: tx(zh, en) }))}
          onChange={(v?: string) => set({ source: v })}
          data-testid="lead-source"
        />
        <Select
          allowClear
          value={age}
          placeholder={tx('受理时长', 'Age')}
          aria-label={tx('受理时长', 'Age')}
          style={{ width: 180 }}
          options={AGES.map(([value, zh, en]) => ({ value, label: tx(zh, en) }))}
          onChange={(v?: string) => set({ olderThanDays: v, open: undefined })}
          data-testid="lead-age"
        />
      </Space>
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : narrow ? (
        <LeadCards data={data} loading={loading} page={page} onPage={setPage} />
      ) : (
        <Table<LeadListItem>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="lead-table"
          scroll={{ x: 1000 }}
          locale={{ emptyText: tx('没有线索', 'No leads') }}
          pagination={{
            current: page,
            pageSize: data?.pageSize ?? 20,
            total: data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (n) => tx(`共 ${n} 条`, `${n} in all`),
          }}
          columns={[
            { title: tx('收到日期', 'Received'), dataIndex: 'receivedOn', width: 110 },
            {
              title: tx('受理时长', 'Age'),
              dataIndex: 'ageDays',
              width: 90,
              render: (d: number, r) =>
                r.status === 'closed' ? (
                  <Typography.Text type="secondary">{tx(`${d} 日`, `${d} d`)}</Typography.Text>
                ) : (
                  <Tag color={d > 90 ? 'red' : d > 30 ? 'orange' : 'default'}>{tx(`${d} 日`, `${d} d`)}</Tag>
                ),
            },
            { title: tx('来源', 'Source'), dataIndex: 'source', width: 150, render: (s: string) => word(LEAD_SOURCE, s, tx) },
            { title: tx('所涉机构', 'About'), dataIndex: 'subject', width: 200, render: (s: string | null) => s ?? '—' },
            { title: tx('内容', 'What'), dataIndex: 'summary' },
            {
              title: tx('状态', 'State'),
              dataIndex: 'status',
              width: 150,
              render: (s: string, r) => (
                <Space size={4} wrap>
                  <Tag color={LEAD_STATUS_COLOR[s]}>{word(LEAD_STATUS, s, tx)}</Tag>
                  {r.outcome && <Tag>{word(LEAD_OUTCOME, r.outcome, tx)}</Tag>}
                </Space>
              ),
            },
            {
              title: tx('办理部门', 'Handled by'),
              dataIndex: 'authorityName',
              width: 170,
              render: (n: string, r) => (r.mine ? tx('本部门', 'Us') : n),
            },
            {
              title: '',
              key: 'open',
              width: 80,
              fixed: 'right',
              render: (_: unknown, r) => (
                <Link to={`/leads/${r.id}`} data-testid="lead-open">
                  {r.mine && r.status !== 'closed' ? tx('办理', 'Handle') : tx('查看', 'View')}
                </Link>
              ),
            },
          ]} // prettier-ignore
        />
      )}
      <EnterLeadModal
        open={entering}
        onClose={() => setEntering(false)}
        onDone={(id) => {
          setEntering(false);
          navigate(`/leads/${id}`);
        }}
      />
    </Space>
  );
}

interface EnterValues {
  source: string;
  institutionId?: string;
  subjectText?: string;
  summary: string;
  sourceRef?: string;
  receivedOn: string;
}

/** 录入线索: a lead staff took by phone, letter, the platform, a biweekly report or an inspection. */
function EnterLeadModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (id: string) => void }) {
  const tx = useText();
  return (
    <FormModal<EnterValues, { id: string }>
      title={tx('录入线索', 'Enter a lead')}
      open={open}
      onClose={onClose}
      onDone={(r) => onDone(r.id)}
      path="/leads"
      initialValues={{ receivedOn: todayIso() }}
      toBody={(v) => compact({ ...v })}
    >
      {() => (
        <>
          <Form.Item name="source" label={tx('来源', 'Source')} rules={[{ required: true, message: tx('请选择来源', 'Choose the source') }]}>
            <Select data-testid="lead-enter-source" options={STAFF_SOURCES.map((s) => ({ value: s, label: word(LEAD_SOURCE, s, tx) }))} />
          </Form.Item>
          <Form.Item name="receivedOn" label={tx('收到日期', 'Date received')} rules={[{ required: true, message: tx('请填写收到日期', 'Enter the date') }]}>
            <Input type="date" max={todayIso()} />
          </Form.Item>
          <Form.Item name="institutionId" label={tx('所涉机构（在本辖区的）', 'Institution concerned (in our remit)')}>
            <InstitutionFilter value={undefined} onChange={() => undefined} />
          </Form.Item>
          <Form.Item name="subjectText" label={tx('或写明所涉单位', 'Or name whom it is about')} extra={tx('机构不在本系统时填写', 'When the institution is not in the system')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="summary" label={tx('线索内容', 'What the lead says')} rules={[{ required: true, min: 2, whitespace: true, message: tx('请写明线索内容', 'Describe the lead') }]}>
            <Input.TextArea rows={4} maxLength={5000} showCount data-testid="lead-enter-summary" />
          </Form.Item>
          <Form.Item name="sourceRef" label={tx('来源编号（来电记录号、信访件编号等）', 'Source reference (call record, letter number …)')}>
            <Input maxLength={100} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
} // prettier-ignore
