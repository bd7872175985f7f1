// 「1+X 项目运行」 (issue 14 point 3): a 1+X organisation keeps the dated records of its certificate
// programmes — exam sites and their filing, schools each year, versions of the standard, materials and
// question bank, fee standard, teacher training, recognising companies, evaluations — one tab per kind;
// its 1+X office reads them (the organisation chosen above). Nobody else sees them.
import {
  Alert,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../app/api';
import { FormModal } from '../../app/form-modal';
import { useProblemToast } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { KINDS, PER, type KindField } from './texts';
import type { OperationRecord, Operations, Organisation } from './types';

function detailText(f: KindField, v: unknown, tx: (zh: string, en: string) => string): string {
  if (v === null || v === undefined || v === '') return '—';
  if (f.type === 'per') return tx(...(PER[String(v)] ?? ['—', '—']));
  return String(v);
}

export function ProgrammeOperationsPage() {
  const tx = useText();
  const toast = useProblemToast();
  const [params, setParams] = useSearchParams();
  const orgs = useApi<{ items: Organisation[] }>('/programme-operations');
  const orgId = params.get('org') ?? orgs.data?.items[0]?.institutionId;
  const kind = params.get('kind') ?? 'exam_site';
  const ops = useApi<Operations>(orgId ? `/programme-operations/${orgId}` : null);
  const [adding, setAdding] = useState(false);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  if (orgs.error) return <ProblemResult error={orgs.error} onRetry={orgs.reload} />;
  const spec = KINDS[kind]!;
  const programmes = ops.data?.organisation.programmes ?? [];
  const programmeName = (seq: number | null) =>
    seq === null ? tx('全部证书', 'All programmes') : (programmes.find((p) => p.seq === seq)?.name ?? '—');
  const rows = (ops.data?.items ?? []).filter((r) => r.kind === kind);

  const withdraw = (r: OperationRecord) => {
    let reason = '';
    Modal.confirm({
      title: tx('撤回这条记录', 'Withdraw this record'),
      content: <Input.TextArea data-testid="withdraw-reason" onChange={(e) => (reason = e.target.value)} placeholder={tx('撤回理由（原记录保留）', 'Reason (the record is kept)')} />,
      okText: tx('撤回', 'Withdraw'),
      cancelText: tx('取消', 'Cancel'),
      onOk: () => api.post(`/programme-operations/${orgId}/records/${r.id}/withdraw`, { reason }).then(ops.reload, (e: unknown) => { toast(e); throw e; }),
    }); // prettier-ignore
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="programme-operations-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('1+X 项目运行', '1+X programme operations')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '培训评价组织填报各职业技能等级证书的运行情况，遴选它的部门可查看；这些记录是监测评价和监管依据（退出细则第五条）的数据来源。',
            'A 1+X organisation records how each certificate programme runs; the office that selected it reads them. They feed the monitoring ratings and the grounds of 1x-exit §5.',
          )}
        </Typography.Text>
      </div>
      {(orgs.data?.items.length ?? 0) > 1 && (
        <Select
          style={{ minWidth: 320 }}
          value={orgId}
          onChange={(v) => set('org', v)}
          options={orgs.data!.items.map((o) => ({ value: o.institutionId, label: o.name }))}
          aria-label={tx('培训评价组织', 'Organisation')}
        />
      )}
      {orgs.data && orgs.data.items.length === 0 && (
        <Alert type="info" showIcon message={tx('没有可查看的培训评价组织', 'No 1+X organisation to show')} />
      )}
      {ops.error && <ProblemResult error={ops.error} onRetry={ops.reload} />}
      {ops.data && (
        <>
          <Typography.Text>
            {ops.data.organisation.name} · {tx('批准实施', 'Approved')} {ops.data.organisation.approvedOn} ·{' '}
            {programmes.map((p) => p.name).join('、')}
            {!ops.data.mayRecord && <Tag style={{ marginLeft: 8 }}>{tx('只读', 'Read only')}</Tag>}
          </Typography.Text>
          <Tabs
            activeKey={kind}
            onChange={(k) => set('kind', k)}
            items={Object.entries(KINDS).map(([k, s]) => ({ key: k, label: tx(...s.name) }))}
          />
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Text type="secondary">{tx(...spec.article)}</Typography.Text>
            {ops.data.mayRecord && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setAdding(true)}
                data-testid="add-operation"
              >
                {tx('填报', 'Add record')}
              </Button>
            )}
          </Space>
          <Table<OperationRecord>
            rowKey="id"
            size="small"
            scroll={{ x: true }}
            dataSource={rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            rowClassName={(r) => (r.withdrawn ? 'row-withdrawn' : '')}
            columns={[
              { title: tx(...spec.date), dataIndex: 'occurredOn', width: 110 },
              { title: tx('证书', 'Programme'), render: (_, r) => programmeName(r.programmeSeq) },
              ...spec.fields.map((f) => ({ title: tx(...f.label), render: (_: unknown, r: OperationRecord) => detailText(f, r.details[f.key], tx) })), // prettier-ignore
              {
                title: tx('状态', 'Status'),
                render: (_, r) =>
                  r.withdrawn ? (
                    <Tag>
                      {tx('已撤回', 'Withdrawn')}：{r.withdrawalReason}
                    </Tag>
                  ) : ops.data!.mayRecord ? (
                    <Button size="small" type="link" onClick={() => withdraw(r)}>
                      {tx('撤回', 'Withdraw')}
                    </Button>
                  ) : (
                    tx('有效', 'In force')
                  ),
              },
            ]}
          />
          <FormModal<Record<string, unknown>>
            title={`${tx('填报', 'Add')}：${tx(...spec.name)}`}
            open={adding}
            onClose={() => setAdding(false)}
            onDone={() => {
              setAdding(false);
              ops.reload();
            }}
            path={`/programme-operations/${orgId}`}
            toBody={(v) => ({
              kind,
              programmeSeq: v.programmeSeq === 0 || v.programmeSeq === undefined ? null : v.programmeSeq,
              occurredOn: v.occurredOn,
              details: Object.fromEntries(spec.fields.map((f) => [f.key, v[f.key] === '' || v[f.key] === undefined ? null : v[f.key]])),
            })} // prettier-ignore
            initialValues={{ programmeSeq: spec.perProgramme ? programmes[0]?.seq : 0 }}
          >
            {() => (
              <>
                <Form.Item name="programmeSeq" label={tx('证书', 'Programme')} rules={[{ required: true }]}>
                  <Select
                    options={[
                      ...(spec.perProgramme ? [] : [{ value: 0, label: tx('全部证书', 'All programmes') }]),
                      ...programmes.map((p) => ({ value: p.seq, label: p.name })),
                    ]}
                  />
                </Form.Item>
                <Form.Item name="occurredOn" label={tx(...spec.date)} rules={[{ required: true }]}>
                  <Input type="date" />
                </Form.Item>
                {spec.fields.map((f) => (
                  <Form.Item
                    key={f.key}
                    name={f.key}
                    label={tx(...f.label)}
                    rules={[{ required: !f.optional }]}
                  >
                    {f.type === 'int' || f.type === 'money' ? (
                      <InputNumber min={0} precision={f.type === 'int' ? 0 : 2} style={{ width: '100%' }} />
                    ) : f.type === 'date' ? (
                      <Input type="date" />
                    ) : f.type === 'per' ? (
                      <Select
                        options={Object.entries(PER).map(([k, p]) => ({ value: k, label: tx(...p) }))}
                      />
                    ) : (
                      <Input />
                    )}
                  </Form.Item>
                ))}
              </>
            )}
          </FormModal>
        </>
      )}
    </Space>
  );
}
