// 证书登记 (issue 11 points 5, 7): an institution's certificates and the issuing of a closed session's;
// an authority's look-up within its jurisdiction — by number or by name and document — and, per
// institution, its certificates; counts per institution × occupation × year × level, and the days from a
// session's end to its certificates being verifiable. Every list exports to Excel with the same filters.
import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tabs, Tag } from 'antd';
import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { ColumnsType } from 'antd/es/table';
import { api, query, toApiError, type Page, type Problem } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useAuth } from '../../app/auth';
import { useText } from '../cases/texts';
import { LevelSelect, useLevelName } from '../reference/level-select';
import { OccupationSelect } from '../reference/occupation-select';
import { InstitutionFilter } from '../evaluation-sessions/institution-filter';
import { CertificateProblem } from './certificate-problem';
import { SOURCE_TEXT, STATUS_COLOR, STATUS_TEXT } from './texts';
import type {
  Certificate,
  CertificatePage,
  CertificateStatus,
  CountRow,
  DelayRow,
  IssuanceResult,
} from './types';

const THIS_YEAR = new Date().getFullYear();

function useColumns() {
  const tx = useText();
  const levelName = useLevelName();
  return [
    {
      title: tx('证书编号', 'Number'),
      dataIndex: 'number',
      width: 230,
      render: (n: string, r: Certificate) => (
        <Link to={`/certificates/${r.id}`} style={{ fontFamily: 'monospace' }}>
          {n}
        </Link>
      ),
    },
    { title: tx('姓名', 'Name'), dataIndex: 'holderName', width: 100 },
    { title: tx('证件号码', 'Document'), dataIndex: 'holderDocMasked', width: 190 },
    {
      title: tx('职业（工种）', 'Occupation'),
      dataIndex: 'occupationName',
      render: (n: string | null, r: Certificate) => `${r.occupationCode} ${n ?? ''}`,
    },
    { title: tx('等级', 'Level'), dataIndex: 'level', width: 160, render: (l: number) => levelName(l) },
    { title: tx('发证日期', 'Issued on'), dataIndex: 'issuedOn', width: 110 },
    { title: tx('评价机构', 'Institution'), dataIndex: 'institutionName', width: 200 },
    {
      title: tx('来源', 'Source'),
      dataIndex: 'source',
      width: 100,
      render: (s: Certificate['source']) => tx(...SOURCE_TEXT[s]),
    },
    {
      title: tx('状态', 'Status'),
      dataIndex: 'status',
      width: 110,
      render: (s: CertificateStatus) => <Tag color={STATUS_COLOR[s]}>{tx(...STATUS_TEXT[s])}</Tag>,
    },
  ];
}

function ExportLink({ params }: { params: Record<string, string | number | undefined> }) {
  const tx = useText();
  return (
    <Button icon={<DownloadOutlined />} href={`/api/v1/certificates/export.xlsx${query(params)}`}>
      {tx('导出 Excel', 'Export to Excel')}
    </Button>
  );
}

function ListTab({ institutionView }: { institutionView: boolean }) {
  const tx = useText();
  const columns = useColumns();
  const [params, setParams] = useSearchParams();
  const [cursors, setCursors] = useState<string[]>([]);
  const filters = {
    institutionId: params.get('institutionId') ?? undefined,
    occupationCode: params.get('occupationCode') ?? undefined,
    level: params.get('level') ?? undefined,
    year: params.get('year') ?? undefined,
    status: params.get('status') ?? undefined,
    sessionId: params.get('sessionId') ?? undefined,
  };
  const ready = institutionView || !!filters.institutionId;
  const cursor = cursors.at(-1);
  const { data, error, loading } = useApi<CertificatePage>(
    ready ? `/certificates${query({ ...filters, cursor, limit: 20 })}` : null,
  );
  const set = (name: keyof typeof filters, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, String(value));
    setParams(next);
    setCursors([]);
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        {!institutionView && (
          <InstitutionFilter value={filters.institutionId} onChange={(v) => set('institutionId', v)} />
        )}
        <InputNumber
          min={2000}
          max={2099}
          value={filters.year ? Number(filters.year) : null}
          placeholder={tx('发证年份', 'Year of issue')}
          onChange={(v) => set('year', v ?? undefined)}
          aria-label={tx('发证年份', 'Year of issue')}
          style={{ width: 130 }}
        />
        <OccupationSelect
          allowClear
          value={filters.occupationCode}
          onChange={(v) => set('occupationCode', v)}
          style={{ width: 240 }}
        />
        <LevelSelect
          allowClear
          value={filters.level ? Number(filters.level) : undefined}
          onChange={(v) => set('level', v)}
          style={{ width: 180 }}
        />
        <Select
          allowClear
          value={filters.status}
          placeholder={tx('状态', 'Status')}
          aria-label={tx('状态', 'Status')}
          style={{ width: 140 }}
          options={(['valid', 'invalidated', 'withdrawn'] as const).map((s) => ({
            value: s,
            label: tx(...STATUS_TEXT[s]),
          }))}
          onChange={(v?: string) => set('status', v)}
        />
        {ready && <ExportLink params={{ view: 'list', ...filters }} />}
      </Space>
      {!ready && (
        <div style={{ marginBottom: 16 }}>
          {tx(
            '请选择评价机构，或在「查询」中按编号、姓名和证件号码查找。',
            'Choose an institution, or look a certificate up under “Search”.',
          )}
        </div>
      )}
      {error && <CertificateProblem problem={error.problem} />}
      <Table<Certificate>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        columns={columns}
        scroll={{ x: 1300 }}
        pagination={false}
        data-testid="certificates-table"
      />
      <Space style={{ marginTop: 12 }}>
        <Button disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
          {tx('上一页', 'Previous')}
        </Button>
        <Button
          disabled={!data?.nextCursor}
          onClick={() => data?.nextCursor && setCursors([...cursors, data.nextCursor])}
        >
          {tx('下一页', 'Next')}
        </Button>
      </Space>
    </>
  );
}

function SearchTab() {
  const tx = useText();
  const columns = useColumns();
  const [found, setFound] = useState<Certificate[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const search = async (body: Record<string, string | undefined>) => {
    setBusy(true);
    setProblem(null);
    try {
      const r = await api.post<{ items: Certificate[] }>('/certificates/search', body);
      setFound(r.items);
    } catch (err) {
      setProblem(toApiError(err).problem);
      setFound(null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Space wrap align="start" style={{ marginBottom: 16 }}>
        <Form layout="inline" onFinish={(v: { number: string }) => void search({ number: v.number })}>
          <Form.Item name="number" label={tx('证书编号', 'Certificate number')}>
            <Input allowClear style={{ width: 260, maxWidth: '52vw' }} data-testid="search-number" />
          </Form.Item>
          <Button htmlType="submit" type="primary" loading={busy}>
            {tx('按编号查询', 'Search by number')}
          </Button>
        </Form>
        <Form
          layout="inline"
          onFinish={(v: { name: string; docNumber: string }) =>
            void search({ name: v.name, docNumber: v.docNumber })
          }
        >
          <Form.Item name="name" label={tx('姓名', 'Name')}>
            <Input allowClear style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="docNumber" label={tx('身份证号码', 'ID number')}>
            <Input allowClear style={{ width: 210, maxWidth: '52vw' }} autoComplete="off" />
          </Form.Item>
          <Button htmlType="submit" loading={busy}>
            {tx('按姓名和证件查询', 'Search by name and ID')}
          </Button>
        </Form>
      </Space>
      {problem && <CertificateProblem problem={problem} />}
      {found && (
        <Table<Certificate>
          rowKey="id"
          size="small"
          dataSource={found}
          columns={columns}
          scroll={{ x: 1300 }}
          pagination={false}
          data-testid="search-results"
          locale={{
            emptyText: tx('辖区内没有符合条件的证书', 'No certificate in your jurisdiction matches'),
          }}
        />
      )}
    </>
  );
}

function YearTable<T extends object>({
  view,
  columns,
  rowKey,
}: {
  view: 'counts' | 'delays';
  columns: ColumnsType<T>;
  rowKey: (r: T) => string;
}) {
  const tx = useText();
  const [year, setYear] = useState(THIS_YEAR);
  const { data, error, loading } = useApi<{ items: T[] }>(`/certificates/${view}${query({ year })}`);
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <InputNumber
          min={2000}
          max={2099}
          value={year}
          onChange={(v) => v && setYear(v)}
          aria-label={tx('发证年份', 'Year of issue')}
          addonBefore={tx('发证年份', 'Year of issue')}
        />
        <ExportLink params={{ view, year }} />
      </Space>
      {error && <CertificateProblem problem={error.problem} />}
      <Table<T>
        rowKey={rowKey}
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        columns={columns}
        scroll={{ x: 800 }}
        pagination={{ pageSize: 50 }}
      />
    </>
  );
}

function IssueModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const tx = useText();
  const levelName = useLevelName();
  const { message } = App.useApp();
  const { data, loading } = useApi<
    Page<{
      id: string;
      occupationCode: string;
      occupationName: string;
      level: number;
      startsOn: string;
      endsOn: string;
    }>
  >(open ? '/evaluation-sessions?status=closed&pageSize=100' : null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const issue = async (sessionId: string) => {
    setBusy(sessionId);
    setProblem(null);
    try {
      const r = await api.post<IssuanceResult>('/certificates/issue', { sessionId });
      void message.success(
        r.issued > 0
          ? tx(
              `已颁发 ${r.issued} 本证书（${r.firstNumber} 起），即时可查`,
              `${r.issued} certificates issued (from ${r.firstNumber}), verifiable now`,
            )
          : tx(
              `没有需要颁发的证书（已颁发 ${r.alreadyIssued} 本）`,
              `Nothing to issue (${r.alreadyIssued} already issued)`,
            ),
      );
    } catch (err) {
      setProblem(toApiError(err).problem);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      width={760}
      title={tx('颁发证书', 'Issue certificates')}
    >
      <p>
        {tx(
          '向已关闭评价批次中成绩合格的考生各颁发一本证书；已颁发的不会重复颁发。',
          'Each candidate who passed a closed session receives one certificate; those already issued are not issued again.',
        )}
      </p>
      {problem && <CertificateProblem problem={problem} />}
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 600 }}
        data-testid="issue-sessions"
        columns={[
          {
            title: tx('职业（工种）', 'Occupation'),
            dataIndex: 'occupationName',
            render: (n: string, r) => `${r.occupationCode} ${n}`,
          },
          { title: tx('等级', 'Level'), dataIndex: 'level', width: 150, render: (l: number) => levelName(l) },
          {
            title: tx('评价日期', 'Dates'),
            dataIndex: 'startsOn',
            width: 200,
            render: (s: string, r) => `${s} ~ ${r.endsOn}`,
          },
          {
            title: '',
            key: 'issue',
            width: 110,
            render: (_: unknown, r) => (
              <Button type="primary" size="small" loading={busy === r.id} onClick={() => void issue(r.id)}>
                {tx('颁发证书', 'Issue')}
              </Button>
            ),
          },
        ]}
      />
    </Modal>
  );
}

export function CertificatesPage() {
  const tx = useText();
  const levelName = useLevelName();
  const { user } = useAuth();
  const institutionView = user?.role === 'institution_staff';
  const [issuing, setIssuing] = useState(false);
  const tabs = [
    ...(institutionView ? [] : [{ key: 'search', label: tx('查询', 'Search'), children: <SearchTab /> }]),
    {
      key: 'list',
      label: tx('证书列表', 'Certificates'),
      children: <ListTab institutionView={institutionView} />,
    },
    {
      key: 'counts',
      label: tx('证书数量', 'Counts'),
      children: (
        <YearTable<CountRow>
          view="counts"
          rowKey={(r) => `${r.institutionId}/${r.occupationCode}/${r.level}`}
          columns={[
            { title: tx('评价机构', 'Institution'), dataIndex: 'institutionName' },
            {
              title: tx('职业（工种）', 'Occupation'),
              dataIndex: 'occupationName',
              render: (n: string | null, r) => `${r.occupationCode} ${n ?? ''}`,
            },
            { title: tx('等级', 'Level'), dataIndex: 'level', render: (l: number) => levelName(l) },
            { title: tx('颁发数', 'Issued'), dataIndex: 'issued' },
            { title: tx('其中有效', 'Of which valid'), dataIndex: 'valid' },
          ]}
        />
      ),
    },
    {
      key: 'delays',
      label: tx('发证时效', 'Time to verifiable'),
      children: (
        <YearTable<DelayRow>
          view="delays"
          rowKey={(r) => r.institutionId}
          columns={[
            { title: tx('评价机构', 'Institution'), dataIndex: 'institutionName' },
            { title: tx('评价批次数', 'Sessions'), dataIndex: 'sessions' },
            { title: tx('颁发证书数', 'Certificates'), dataIndex: 'issued' },
            {
              title: tx('平均天数（批次结束至可查询）', 'Average days (session end → verifiable)'),
              dataIndex: 'averageDays',
            },
            { title: tx('最长天数', 'Longest (days)'), dataIndex: 'longestDays' },
          ]}
        />
      ),
    },
  ];
  return (
    <Card
      title={tx('证书登记', 'Certificates')}
      extra={
        institutionView ? (
          <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => setIssuing(true)}>
            {tx('颁发证书', 'Issue certificates')}
          </Button>
        ) : null
      }
    >
      <Tabs items={tabs} destroyOnHidden />
      <IssueModal open={issuing} onClose={() => setIssuing(false)} />
    </Card>
  );
}
