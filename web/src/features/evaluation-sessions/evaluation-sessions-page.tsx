// 评价批次 (issue 11 point 1): an institution's own sessions (and its branches'), an authority's in its
// jurisdiction — filtered by status, occupation, level and dates (in the URL), each opening to its
// details: subjects, site, the findings of the opening check with their articles, and the close /
// cancel actions the server's abilities allow.
import { Button, Card, DatePicker, Drawer, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { App } from 'antd';
import { query } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { useText } from '../cases/texts';
import { LevelSelect, useLevelName } from '../reference/level-select';
import { OccupationSelect } from '../reference/occupation-select';
import { InstitutionFilter } from './institution-filter';
import { OpenSessionModal } from './open-session-modal';
import { SessionDetail } from './session-summary';
import { STATUS_COLOR, STATUS_TEXT } from './texts';
import type { EvaluationSession, SessionPage, SessionStatus } from './types';

const FILTERS = ['institutionId', 'status', 'occupationCode', 'level', 'from', 'to'] as const;

export function EvaluationSessionsPage() {
  const { t } = useI18n();
  const tx = useText();
  const levelName = useLevelName();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? undefined]));
  const { data, error, loading, reload } = useApi<SessionPage>(
    `/evaluation-sessions${query({ ...filters, page, pageSize })}`,
  );
  const [opening, setOpening] = useState(false);
  const [shown, setShown] = useState<EvaluationSession | null>(null);

  const setFilter = (name: (typeof FILTERS)[number], value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, String(value));
    next.delete('page');
    setParams(next);
  };
  const statuses: SessionStatus[] = ['planned', 'closed', 'cancelled'];
  const institutionView = data?.abilities.open ?? false;

  return (
    <Card
      title={tx('评价批次', 'Evaluation sessions')}
      extra={
        data?.abilities.open ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            {tx('开设评价批次', 'Open a session')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        {data && !institutionView && (
          <InstitutionFilter value={filters.institutionId} onChange={(v) => setFilter('institutionId', v)} />
        )}
        <Select
          allowClear
          value={filters.status}
          placeholder={tx('状态', 'Status')}
          options={statuses.map((s) => ({ value: s, label: tx(...STATUS_TEXT[s]) }))}
          onChange={(v?: string) => setFilter('status', v)}
          style={{ width: 140 }}
          aria-label={tx('状态', 'Status')}
        />
        <OccupationSelect
          allowClear
          value={filters.occupationCode}
          onChange={(v) => setFilter('occupationCode', v)}
          style={{ width: 260 }}
        />
        <LevelSelect
          allowClear
          value={filters.level ? Number(filters.level) : undefined}
          onChange={(v) => setFilter('level', v)}
          style={{ width: 200 }}
        />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
          onChange={(v) => {
            const next = new URLSearchParams(params);
            const [from, to] = [v?.[0]?.format('YYYY-MM-DD'), v?.[1]?.format('YYYY-MM-DD')];
            if (from) next.set('from', from);
            else next.delete('from');
            if (to) next.set('to', to);
            else next.delete('to');
            next.delete('page');
            setParams(next);
          }}
          placeholder={[tx('起', 'From'), tx('止', 'To')]}
        />
      </Space>
      {error && <ProblemAlert problem={error.problem} />}
      <Table<EvaluationSession>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 1000 }}
        data-testid="sessions-table"
        onRow={(r) => ({ onClick: () => setShown(r), style: { cursor: 'pointer' } })}
        pagination={{
          current: data?.page ?? page,
          pageSize: data?.pageSize ?? pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, ps) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p));
            next.set('pageSize', String(ps));
            setParams(next);
          },
        }}
        columns={[
          ...(institutionView
            ? []
            : [{ title: tx('评价机构', 'Institution'), dataIndex: 'institutionName', width: 220 }]),
          {
            title: tx('开设方', 'Opened by'),
            dataIndex: 'branchName',
            width: 160,
            render: (b: string | null) => b ?? tx('本机构', 'The institution'),
          },
          {
            title: tx('职业（工种）', 'Occupation'),
            dataIndex: 'occupationName',
            render: (n: string, r) => `${r.occupationCode} ${n}`,
          },
          { title: tx('等级', 'Level'), dataIndex: 'level', width: 170, render: (l: number) => levelName(l) },
          {
            title: tx('评价日期', 'Dates'),
            dataIndex: 'startsOn',
            width: 210,
            render: (s: string, r) => `${s} ~ ${r.endsOn}`,
          },
          { title: tx('评价场地', 'Site'), dataIndex: 'siteName', width: 180 },
          {
            title: tx('状态', 'Status'),
            dataIndex: 'status',
            width: 100,
            render: (s: SessionStatus) => <Tag color={STATUS_COLOR[s]}>{tx(...STATUS_TEXT[s])}</Tag>,
          },
          {
            // The session page (考生 and the other tabs of issue 11); the row itself opens the drawer.
            title: tx('批次页', 'Session page'),
            key: 'page',
            width: 100,
            render: (_: unknown, r) => (
              <Link to={`/evaluation-sessions/${r.id}`} onClick={(e) => e.stopPropagation()}>
                {tx('进入', 'Open')}
              </Link>
            ),
          },
        ]}
      />
      <OpenSessionModal
        open={opening}
        onClose={() => setOpening(false)}
        onDone={(s) => {
          setOpening(false);
          void message.success(tx('评价批次已开设', 'The session is open'));
          reload();
          setShown(s);
        }}
      />
      <Drawer
        rootClassName="session-drawer"
        open={shown !== null}
        onClose={() => setShown(null)}
        size="large"
        title={shown ? `${shown.occupationName} · ${levelName(shown.level)} · ${shown.startsOn}` : ''}
        destroyOnHidden
      >
        {shown && (
          <Link to={`/evaluation-sessions/${shown.id}`} style={{ display: 'inline-block', marginBottom: 12 }}>
            {tx('进入批次页（考生等）', 'Open the session page (candidates and more)')}
          </Link>
        )}
        {shown && (
          <SessionDetail
            session={shown}
            onChanged={(s) => {
              setShown(s);
              reload();
            }}
          />
        )}
      </Drawer>
    </Card>
  );
}
