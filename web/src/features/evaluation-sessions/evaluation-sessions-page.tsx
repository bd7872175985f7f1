// 评价批次 (issue 11 point 1): an institution's own sessions (and its branches'), an authority's in its
// jurisdiction — filtered by status, occupation, level and dates (in the URL), each opening to its
// details: subjects, site, the findings of the opening check with their articles, and the close /
// cancel actions the server's abilities allow.
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { App } from 'antd';
import { api, query, toApiError, type Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { EventFindings } from '../cases/findings-list';
import { dateTime, useText } from '../cases/texts';
import { LevelSelect, useLevelName } from '../reference/level-select';
import { OccupationSelect } from '../reference/occupation-select';
import { InstitutionFilter } from './institution-filter';
import { OpenSessionModal, SessionProblem } from './open-session-modal';
import { STATUS_COLOR, STATUS_TEXT, SUBJECT_TEXT } from './texts';
import type { EvaluationSession, SessionPage, SessionStatus } from './types';

const FILTERS = ['institutionId', 'status', 'occupationCode', 'level', 'from', 'to'] as const;

function SessionDetail({
  session,
  onChanged,
}: {
  session: EvaluationSession;
  onChanged: (s: EvaluationSession) => void;
}) {
  const tx = useText();
  const levelName = useLevelName();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reason, setReason] = useState('');
  const act = async (what: 'close' | 'cancel') => {
    setProblem(null);
    try {
      const body = what === 'close' ? { version: session.version } : { version: session.version, reason };
      const s = await api.post<EvaluationSession>(`/evaluation-sessions/${session.id}/${what}`, body);
      void message.success(what === 'close' ? tx('已关闭', 'Closed') : tx('已取消', 'Cancelled'));
      onChanged(s);
    } catch (err) {
      setProblem(toApiError(err).problem);
    }
  };
  return (
    <>
      {problem && <SessionProblem problem={problem} />}
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'inst', label: tx('评价机构', 'Institution'), children: session.institutionName },
          ...(session.branchName
            ? [{ key: 'branch', label: tx('分支机构', 'Branch'), children: session.branchName }]
            : []),
          {
            key: 'occ',
            label: tx('职业（工种）', 'Occupation'),
            children: `${session.occupationCode} ${session.occupationName}`,
          },
          { key: 'level', label: tx('等级', 'Level'), children: levelName(session.level) },
          {
            key: 'dates',
            label: tx('评价日期', 'Dates'),
            children: `${session.startsOn} ~ ${session.endsOn}`,
          },
          {
            key: 'site',
            label: tx('评价场地', 'Site'),
            children: `${session.siteName}（${session.siteAddress}）`,
          },
          {
            key: 'subjects',
            label: tx('评价科目', 'Subjects'),
            children: (
              <Space wrap size={4}>
                {session.subjects.map((s) => (
                  <Tag key={s}>{tx(...SUBJECT_TEXT[s])}</Tag>
                ))}
              </Space>
            ),
          },
          { key: 'standard', label: tx('依据标准', 'Standard'), children: session.standardTitle },
          {
            key: 'status',
            label: tx('状态', 'Status'),
            children: <Tag color={STATUS_COLOR[session.status]}>{tx(...STATUS_TEXT[session.status])}</Tag>,
          },
          { key: 'created', label: tx('开设时间', 'Opened at'), children: dateTime(session.createdAt) },
          ...(session.closedAt
            ? [{ key: 'closed', label: tx('关闭时间', 'Closed at'), children: dateTime(session.closedAt) }]
            : []),
          ...(session.cancelledAt
            ? [
                {
                  key: 'cancelled',
                  label: tx('取消时间及理由', 'Cancelled at, and why'),
                  children: `${dateTime(session.cancelledAt)} · ${session.cancelReason ?? ''}`,
                },
              ]
            : []),
        ]}
      />
      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={tx(
          `开设时的规则检查（${session.opening.asOf}）`,
          `Check when opened (${session.opening.asOf})`,
        )}
      >
        <EventFindings findings={session.opening.findings} />
      </Card>
      {(session.abilities.close || session.abilities.cancel) && (
        <Space wrap style={{ marginTop: 16 }}>
          {session.abilities.close && (
            <Popconfirm
              title={tx(
                '关闭后成绩只能经记录在案的更正修改。确定关闭？',
                'After closing, results change only through a recorded correction. Close it?',
              )}
              okText={tx('关闭批次', 'Close')}
              cancelText={tx('返回', 'Back')}
              onConfirm={() => act('close')}
            >
              <Button type="primary">{tx('关闭批次', 'Close the session')}</Button>
            </Popconfirm>
          )}
          {session.abilities.cancel && (
            <Space.Compact>
              <Input
                placeholder={tx('取消理由', 'Reason for cancelling')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                style={{ width: 220 }}
                maxLength={500}
              />
              <Popconfirm
                title={tx('确定取消该评价批次？', 'Cancel this session?')}
                okText={tx('取消批次', 'Cancel the session')}
                cancelText={tx('返回', 'Back')}
                okButtonProps={{ danger: true }}
                disabled={reason.trim() === ''}
                onConfirm={() => act('cancel')}
              >
                <Button danger disabled={reason.trim() === ''}>
                  {tx('取消批次', 'Cancel the session')}
                </Button>
              </Popconfirm>
            </Space.Compact>
          )}
        </Space>
      )}
    </>
  );
}

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
