// 「数据读取监测」 on the authority's 证书数据读取单位 page (mohrss-violations §15 ¶2: 超范围读取证书数据):
// the daily threshold of certificates one organisation may read before a lead is raised — the text sets
// no number, so there is none until the authority records one with its reason — and the leads raised
// against it, each handled by revoking the read rights (the action in the organisations' list above),
// opening a case, or recording that there was no breach.
import {
  App,
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Segmented,
} from 'antd';
import { Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, toApiError, type Problem } from '../../app/api';
import { markFields, ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { ALERT_OUTCOME } from '../violations/texts';
import type { AlertOutcome, DataAccessAlert, DataAccessThreshold } from '../violations/types';
import { when } from './types';

export function DataAccessSection({ onChanged }: { onChanged?: () => void }) {
  const tx = useText();
  const { message } = App.useApp();
  const threshold = useApi<{ threshold: DataAccessThreshold | null }>('/data-access/threshold');
  const [open, setOpen] = useState<'true' | 'false'>('true');
  const alerts = useApi<{ items: DataAccessAlert[] }>(`/data-access/alerts?open=${open}`);
  const [editing, setEditing] = useState(false);
  const [handling, setHandling] = useState<DataAccessAlert | null>(null);
  const t = threshold.data?.threshold ?? null;

  return (
    <Card
      size="small"
      title={tx('数据读取监测', 'Monitoring of data reading')}
      data-testid="data-access"
      extra={
        <Button size="small" onClick={() => setEditing(true)} data-testid="data-access-set">
          {t ? tx('修改阈值', 'Change the threshold') : tx('设置阈值', 'Set a threshold')}
        </Button>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {tx(
            '核验单位一天读取的证书超过阈值即生成线索，由本部门处理：取消读取权限并责令删除、立案处理或经查无违规（第十五条第二款）。',
            'When an organisation reads more certificates in a day than the threshold, a lead is raised for us to handle: revoke its read rights and order deletion, open a case, or record that there was no breach (mohrss-violations §15 ¶2).',
          )}
        </Typography.Text>
        {threshold.error ? (
          <ProblemResult error={threshold.error} onRetry={threshold.reload} />
        ) : t ? (
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 3 }}
            data-testid="data-access-threshold"
            items={[
              {
                key: 'n',
                label: tx('阈值', 'Threshold'),
                children: tx(
                  `每个核验单位每日 ${t.certificatesPerDay.toLocaleString()} 张证书`,
                  `${t.certificatesPerDay.toLocaleString()} certificates per organisation a day`,
                ),
              },
              { key: 'r', label: tx('确定理由', 'Reason'), children: t.reason },
              { key: 'u', label: tx('设置时间', 'Set at'), children: when(t.updatedAt) },
            ]}
          />
        ) : (
          !threshold.loading && (
            <Alert
              type="warning"
              showIcon
              data-testid="data-access-no-threshold"
              title={tx('尚未设置阈值', 'No threshold set')}
              description={tx(
                '本指引未规定数值，由监管部门确定。设置前不会生成超阈值读取的线索。',
                'The rules set no number: the authority decides it. Until one is set, no lead is raised.',
              )}
            />
          )
        )}
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Text strong>
            {tx('超阈值读取线索', 'Leads: reading above the threshold')}
          </Typography.Text>
          <Segmented<'true' | 'false'>
            size="small"
            value={open}
            onChange={setOpen}
            options={[
              { value: 'true', label: tx('未处理', 'Open') },
              { value: 'false', label: tx('全部', 'All') },
            ]}
          />
        </Space>
        {alerts.error ? (
          <ProblemResult error={alerts.error} onRetry={alerts.reload} />
        ) : (
          <Table<DataAccessAlert>
            rowKey="id"
            size="small"
            loading={alerts.loading}
            dataSource={alerts.data?.items ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            data-testid="data-access-alerts"
            locale={{
              emptyText:
                open === 'true' ? tx('没有未处理的线索', 'No open lead') : tx('尚无线索', 'No lead yet'),
            }}
            columns={[
              {
                title: tx('单位', 'Organisation'),
                key: 'o',
                render: (_, a) => (
                  <Space size={4} wrap>
                    <span>{a.organisationName}</span>
                    {a.readRightsRevoked && (
                      <Tag color="red">{tx('已取消读取权限', 'Read rights revoked')}</Tag>
                    )}
                  </Space>
                ),
              },
              { title: tx('日期', 'Day'), dataIndex: 'day' },
              {
                title: tx('读取证书 / 阈值', 'Read / threshold'),
                key: 'n',
                render: (_, a) => (
                  <Typography.Text type="danger">
                    {a.certificates.toLocaleString()} / {a.threshold.toLocaleString()}
                  </Typography.Text>
                ),
              },
              { title: tx('生成时间', 'Raised'), key: 'r', render: (_, a) => when(a.raisedAt) },
              {
                title: tx('处理', 'Handling'),
                key: 'h',
                render: (_, a) =>
                  a.handledAt ? (
                    <Space orientation="vertical" size={0}>
                      <Tag color={a.outcome === 'no_breach' ? 'default' : 'blue'}>
                        {tx(...(ALERT_OUTCOME[a.outcome ?? ''] ?? ['已处理', 'Handled']))}
                      </Tag>
                      <Typography.Text style={{ fontSize: 12 }}>
                        {when(a.handledAt)}
                        {a.note ? `：${a.note}` : ''}
                      </Typography.Text>
                    </Space>
                  ) : (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => setHandling(a)}
                      data-testid="data-access-handle"
                    >
                      {tx('处理', 'Handle')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </Space>
      {editing && (
        <ThresholdModal
          current={t}
          onClose={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            void message.success(tx('阈值已保存', 'Threshold saved'));
            threshold.reload();
          }}
        />
      )}
      {handling && (
        <HandleModal
          alert={handling}
          onClose={() => setHandling(null)}
          onDone={() => {
            setHandling(null);
            void message.success(tx('线索已处理', 'Lead handled'));
            alerts.reload();
            onChanged?.();
          }}
        />
      )}
    </Card>
  );
}

/** A modal form that sends its values with `send` and marks the server's field problems. */
function useSubmit<V extends object>(send: (v: V) => Promise<unknown>, onDone: () => void) {
  const [form] = Form.useForm<V>();
  const [problem, setProblem] = useState<{ problem: Problem; extra: string[] } | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await send(values);
      onDone();
    } catch (err) {
      const e = toApiError(err);
      setProblem({ problem: e.problem, extra: markFields(form, e.problem) });
    } finally {
      setSaving(false);
    }
  };
  return { form, problem, saving, submit };
}

function ThresholdModal({
  current,
  onClose,
  onDone,
}: {
  current: DataAccessThreshold | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const tx = useText();
  const { form, problem, saving, submit } = useSubmit<{ certificatesPerDay: number; reason: string }>(
    (v) =>
      api.put('/data-access/threshold', {
        certificatesPerDay: v.certificatesPerDay,
        reason: v.reason.trim(),
      }),
    onDone,
  );
  return (
    <Modal
      open
      title={tx('证书数据读取监测阈值', 'Data-reading threshold')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={tx('保存', 'Save')}
      cancelText={tx('取消', 'Cancel')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'threshold-save' } as Record<`data-${string}`, string>}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">
        {tx(
          '本指引未规定数值，由监管部门确定，并写明确定的理由（如本地区核验单位的正常读取量）。',
          'The rules set no number: the authority decides it and records why (e.g. the usual volume of the organisations in its area).',
        )}
      </Typography.Paragraph>
      {problem && <ProblemAlert problem={problem.problem} extra={problem.extra} />}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          current ? { certificatesPerDay: current.certificatesPerDay, reason: current.reason } : undefined
        }
      >
        <Form.Item
          name="certificatesPerDay"
          label={tx('每个核验单位每日读取证书的条数上限', 'Certificates one organisation may read a day')}
          rules={[{ required: true, message: tx('请填写阈值', 'Enter the threshold') }]}
        >
          <InputNumber min={1} max={10_000_000} precision={0} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={tx('确定该阈值的理由', 'Why this number')}
          rules={[{ required: true, whitespace: true, min: 2, message: tx('请写明理由', 'Give the reason') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HandleModal({
  alert,
  onClose,
  onDone,
}: {
  alert: DataAccessAlert;
  onClose: () => void;
  onDone: () => void;
}) {
  const tx = useText();
  const { form, problem, saving, submit } = useSubmit<{ outcome: AlertOutcome; note: string }>(
    (v) => api.post(`/data-access/alerts/${alert.id}/handle`, { outcome: v.outcome, note: v.note.trim() }),
    onDone,
  );
  const outcome = Form.useWatch('outcome', form);
  return (
    <Modal
      open
      title={`${tx('处理线索', 'Handle the lead')} · ${alert.organisationName}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={tx('确认', 'Confirm')}
      cancelText={tx('取消', 'Cancel')}
      confirmLoading={saving}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">
        {tx(
          `${alert.day} 读取证书 ${alert.certificates.toLocaleString()} 张，超过阈值 ${alert.threshold.toLocaleString()} 张。`,
          `${alert.certificates.toLocaleString()} certificates read on ${alert.day}, above the threshold of ${alert.threshold.toLocaleString()}.`,
        )}
      </Typography.Paragraph>
      {problem && <ProblemAlert problem={problem.problem} extra={problem.extra} />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="outcome"
          label={tx('处理结果', 'Outcome')}
          rules={[{ required: true, message: tx('请选择处理结果', 'Choose the outcome') }]}
        >
          <Radio.Group
            options={(Object.keys(ALERT_OUTCOME) as AlertOutcome[]).map((o) => ({
              value: o,
              label: tx(...ALERT_OUTCOME[o]!),
            }))}
          />
        </Form.Item>
        {outcome === 'revoked' && !alert.readRightsRevoked && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={tx(
              '请先在上方单位列表中对该单位“取消读取权限”“责令删除已读取数据”，再记录处理结果。',
              'First use “Revoke read rights” and “Order deletion” on the organisation in the list above, then record the outcome.',
            )}
          />
        )}
        {outcome === 'case_opened' && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={
              <>
                {tx('立案请在', 'Open the case under ')}
                <Link to="/apply?procedure=violation-case" target="_blank">
                  {tx('违纪违规处理 → 立案', 'Violations → Open a case')}
                </Link>
                {tx(
                  '（来源选“证书数据读取异常”），并在说明中写明案件编号。',
                  ' (origin: abnormal data reading) and give its reference in the note.',
                )}
              </>
            }
          />
        )}
        <Form.Item
          name="note"
          label={tx('处理说明', 'Note')}
          rules={[
            { required: true, whitespace: true, min: 2, message: tx('请填写处理说明', 'Write a note') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
