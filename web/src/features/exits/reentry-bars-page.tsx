// 「退出限制登记」 (1x-exit §10; issue 15 point 7) — for every authority's staff: the entities barred from
// recruitment calls after an exit — entity, USCC, legal representative, kind (自愿退出 3 年 / 取消资格 5 年),
// level, decided on, last barred day and the exit it comes from. An application is matched by USCC or by the
// legal representative's name; for a name-only match the joint-conference office records, with how it
// established it, that the applicant's legal representative is a different person (docs/decisions/0046).
import { Button, Card, Form, Input, List, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { query, type Page } from '../../app/api';
import { useAuth } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { useApi } from '../../app/use-api';
import { useNarrow } from '../../app/use-narrow';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import type { NameMatch, ReentryBar } from './types';

type Tx = (zh: string, en: string) => string;

const kindText = (tx: Tx, b: ReentryBar) =>
  b.kind === 'voluntary'
    ? tx('自愿退出（3 年）', 'Voluntary exit (3 years)')
    : tx('取消资格（5 年）', 'Revoked (5 years)');
const levelText = (tx: Tx, b: ReentryBar) =>
  b.level === 'organisation' ? tx('组织资质', 'Organisation') : tx('证书实施资格', 'A certificate');

function ClearanceModal({
  bar,
  onClose,
  onDone,
}: {
  bar: ReentryBar;
  onClose: () => void;
  onDone: () => void;
}) {
  const tx = useText();
  // The applicants the bar reaches by the legal representative's name alone (a refused applicant has no
  // case, so a search of the office's own institutions would not find it).
  const matches = useApi<{ items: NameMatch[] }>(`/reentry-bars/${bar.id}/name-matches`);
  const open = (matches.data?.items ?? []).filter((m) => !m.cleared);
  return (
    <FormModal<{ institutionId: string; reason: string }>
      title={tx('记录：法定代表人并非同一人', 'Record: a different legal representative')}
      open
      onClose={onClose}
      onDone={onDone}
      path={`/reentry-bars/${bar.id}/clearances`}
      toBody={(v) => v}
    >
      {() => (
        <>
          <Typography.Paragraph type="secondary">
            {tx(
              `${bar.institutionName} 的法定代表人为“${bar.legalRepresentative}”。按姓名匹配到的申报单位，经核实其法定代表人并非同一人的，在此记录；统一社会信用代码相同的属同一主体，不能记录。`,
              `${bar.institutionName}'s legal representative is “${bar.legalRepresentative}”. Record here an applicant matched by that name whose legal representative is a different person; the same USCC is the same entity and cannot be recorded.`,
            )}
          </Typography.Paragraph>
          <Form.Item name="institutionId" label={tx('申报单位', 'Applicant')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={tx('按法定代表人姓名匹配到的单位', 'Institutions matched by the name')}
              loading={matches.loading}
              notFoundContent={tx('没有按姓名匹配到的其他单位', 'No other institution matches the name')}
              options={open.map((m) => ({
                value: m.institutionId,
                label: `${m.institutionName}（${m.uscc}）`,
              }))}
              data-testid="clearance-institution"
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={tx('核实情况', 'How it was established')}
            rules={[{ required: true, min: 2 }]}
          >
            <Input.TextArea rows={3} data-testid="clearance-reason" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

type Clearance = ReentryBar['clearances'][number];

/** Takes back a clearance recorded in error: the name match counts again (the audit keeps the record). */
function WithdrawClearanceModal({
  bar,
  clearance,
  onClose,
  onDone,
}: {
  bar: ReentryBar;
  clearance: Clearance;
  onClose: () => void;
  onDone: () => void;
}) {
  const tx = useText();
  return (
    <FormModal<{ reason: string }>
      title={tx('撤销核实记录', 'Withdraw the record')}
      open
      onClose={onClose}
      onDone={onDone}
      path={`/reentry-bars/${bar.id}/clearances/${clearance.institutionId}/withdraw`}
      toBody={(v) => v}
    >
      {() => (
        <>
          <Typography.Paragraph type="secondary">
            {tx(
              `撤销后，${clearance.institutionName} 因法定代表人与 ${bar.institutionName} 的法定代表人同名，申报时将再次受到限制，直至 ${bar.lastBarredDay}。原记录：${clearance.reason}`,
              `Once withdrawn, ${clearance.institutionName} is matched again by its legal representative's name and barred until ${bar.lastBarredDay}. The record said: ${clearance.reason}`,
            )}
          </Typography.Paragraph>
          <Form.Item
            name="reason"
            label={tx('撤销理由', 'Why it is withdrawn')}
            rules={[{ required: true, min: 2 }]}
          >
            <Input.TextArea rows={3} data-testid="clearance-withdraw-reason" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

export function ReentryBarsPage() {
  const tx = useText();
  const narrow = useNarrow();
  const { user } = useAuth();
  // 1x-selection §14: the office that runs the recruitment (or the unit it entrusts) records a clearance.
  const office = ['joint_conference_office', 'delegated_unit'].includes(user?.authority?.kind ?? '');
  const [status, setStatus] = useState<'in_force' | 'all'>('in_force');
  const [page, setPage] = useState(1);
  const [clearing, setClearing] = useState<ReentryBar | null>(null);
  const [withdrawing, setWithdrawing] = useState<{ bar: ReentryBar; clearance: Clearance } | null>(null);
  const { data, error, loading, reload } = useApi<Page<ReentryBar> & { asOf: string }>(
    `/reentry-bars${query({ status, page })}`,
  );
  const pagination = {
    current: page,
    pageSize: data?.pageSize ?? 20,
    total: data?.total ?? 0,
    onChange: setPage,
    hideOnSinglePage: true,
    size: narrow ? ('small' as const) : undefined,
  };
  const lastDay = (b: ReentryBar) => (
    <Space size={4} wrap>
      <span>{b.lastBarredDay}</span>
      {b.inForce ? <Tag color="red">{tx('限制期内', 'In force')}</Tag> : <Tag>{tx('已届满', 'Ended')}</Tag>}
    </Space>
  );
  const source = (b: ReentryBar) => (
    <span>
      {b.exit.authorityName} · {b.decidedOn}
      {b.clearances.map((c) => (
        <div key={c.institutionId} data-testid="bar-clearance">
          <Tag color="blue" title={c.reason}>
            {tx(`已核实非同一人：${c.institutionName}`, `Different person: ${c.institutionName}`)}
          </Tag>
          {office && (
            <Button
              size="small"
              type="link"
              onClick={() => setWithdrawing({ bar: b, clearance: c })}
              data-testid="bar-clearance-withdraw"
            >
              {tx('撤销', 'Withdraw')}
            </Button>
          )}
        </div>
      ))}
    </span>
  );
  const action = (b: ReentryBar) =>
    office && b.inForce ? (
      <Button size="small" onClick={() => setClearing(b)} data-testid="bar-clear">
        {tx('记录非同一人', 'Record a different person')}
      </Button>
    ) : null;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="reentry-bars-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('退出限制登记', 'Re-entry bars')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '培训评价组织自愿退出的，其主体 3 年内不得参与培训评价组织招募遴选；被取消资格的，5 年内不得参与（《职业教育培训评价组织及职业技能等级证书退出目录实施细则》第十条）。申报时按统一社会信用代码和法定代表人匹配，限制期截止日当日仍不得申报。',
            'After a voluntary exit the entity may not take part in a selection for 3 years, after a revocation for 5 (1x-exit §10). Applications are matched by USCC and by legal representative; the last barred day is still barred.',
          )}
        </Typography.Text>
      </div>
      <Segmented
        value={status}
        onChange={(v) => {
          setStatus(v as 'in_force' | 'all');
          setPage(1);
        }}
        options={[
          { value: 'in_force', label: tx('限制期内', 'In force') },
          { value: 'all', label: tx('全部', 'All') },
        ]}
        data-testid="bars-status"
      />
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : narrow ? (
        <List<ReentryBar>
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={data && data.total > data.pageSize ? pagination : false}
          data-testid="bars-cards"
          renderItem={(b) => (
            <Card size="small" key={b.id} style={{ marginBottom: 12 }} data-testid="bar-card">
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Typography.Text strong>{b.institutionName}</Typography.Text>
                <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                  {b.uscc}
                </Typography.Text>
                <span>
                  {tx('法定代表人：', 'Legal representative: ')}
                  {b.legalRepresentative}
                </span>
                <Space size={4} wrap>
                  <Tag color="orange">{kindText(tx, b)}</Tag>
                  <Tag>{levelText(tx, b)}</Tag>
                </Space>
                <span>
                  {tx('限制期至：', 'Barred until: ')}
                  {lastDay(b)}
                </span>
                <Typography.Text type="secondary">{source(b)}</Typography.Text>
                {action(b)}
              </Space>
            </Card>
          )}
        />
      ) : (
        <Table<ReentryBar>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={pagination}
          scroll={{ x: 'max-content' }}
          data-testid="bars-table"
          columns={[
            { title: tx('主体', 'Entity'), dataIndex: 'institutionName' },
            { title: tx('统一社会信用代码', 'USCC'), dataIndex: 'uscc' },
            { title: tx('法定代表人', 'Legal representative'), dataIndex: 'legalRepresentative' },
            { title: tx('退出方式', 'Kind'), key: 'kind', render: (_: unknown, b) => kindText(tx, b) },
            { title: tx('退出情形', 'Level'), key: 'level', render: (_: unknown, b) => levelText(tx, b) },
            { title: tx('决定日期', 'Decided on'), dataIndex: 'decidedOn' },
            {
              title: tx('限制期至（含当日）', 'Barred until (inclusive)'),
              key: 'last',
              render: (_: unknown, b) => lastDay(b),
            },
            { title: tx('所涉退出', 'The exit'), key: 'exit', render: (_: unknown, b) => source(b) },
            ...(office
              ? [{ title: '', key: 'action', render: (_: unknown, b: ReentryBar) => action(b) }]
              : []),
          ]}
        />
      )}
      {withdrawing && (
        <WithdrawClearanceModal
          bar={withdrawing.bar}
          clearance={withdrawing.clearance}
          onClose={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null);
            reload();
          }}
        />
      )}
      {clearing && (
        <ClearanceModal
          bar={clearing}
          onClose={() => setClearing(null)}
          onDone={() => {
            setClearing(null);
            reload();
          }}
        />
      )}
    </Space>
  );
}
