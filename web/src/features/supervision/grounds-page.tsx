// 「监管依据」 (issue 14 point 4): the grounds the data raises for a person to act on — never a sanction by
// itself: 1x-exit §5(2)–(6) for the 1+X organisations the office selected, mohrss-violations §13(3)/§14(7)
// for the institutions in the caller's remit — each with the article, the dates and the records behind
// it. One action: 立案 (a violation case), 责令整改 (a rectification with the authority's deadline),
// 转退出程序 (the exit procedure is issue 15; recorded as the route taken) or 不予处理 with a reason.
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../app/api';
import { FormModal } from '../../app/form-modal';
import { useI18n } from '../../app/i18n';
import { useProblemToast } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { useNarrow } from '../../app/use-narrow';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { EVIDENCE_KIND, GROUND_ACTION, GROUND_RULES, GROUND_STATE, pair } from './texts';
import type { Ground } from './types';

type Act = 'rectification' | 'exit' | 'dismiss';

export function SupervisionGroundsPage() {
  const tx = useText();
  const { lang } = useI18n();
  const toast = useProblemToast();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? 'open';
  const { data, error, loading, reload } = useApi<{ asOf: string; items: Ground[] }>(
    `/supervision-grounds${state === 'all' ? '' : `?state=${state}`}`,
  );
  const threshold = useApi<{ threshold: { unresolvedProblems: number; reason: string } | null }>(
    '/supervision-grounds/channel-threshold',
  );
  const [acting, setActing] = useState<{ g: Ground; act: Act } | null>(null);
  const [editing, setEditing] = useState(false);
  const narrow = useNarrow();
  if (error) return <ProblemResult error={error} onRetry={reload} />;

  const openCase = (g: Ground) =>
    Modal.confirm({
      title: tx('立案处理', 'Open a violation case'),
      content: tx(`对「${g.institutionName}」立案，案件来源为监管依据；案件在违纪违规处理中办理。`, `Open a violation case on ${g.institutionName} from this ground; it is handled under Violations.`),
      okText: tx('立案', 'Open case'),
      cancelText: tx('取消', 'Cancel'),
      onOk: () => api.post('/supervision-grounds/act', { key: g.key, action: 'violation_case', reason: tx('依据数据提示立案调查', 'Case opened on the ground raised from the data') }).then(reload, (e: unknown) => { toast(e); throw e; }),
    }); // prettier-ignore

  const concerns = (g: Ground) => (
    <Space orientation="vertical" size={0}>
      <Typography.Text strong>{g.institutionName}</Typography.Text>
      {g.programmeName && <Typography.Text type="secondary">{g.programmeName}</Typography.Text>}
    </Space>
  );
  const groundCell = (g: Ground) => {
    const r = GROUND_RULES[g.ruleId];
    return (
      <Space orientation="vertical" size={0} style={{ maxWidth: 420 }}>
        <Typography.Text>{r ? tx(...r.title) : tx('其他情形', 'Other ground')}</Typography.Text>
        <Tag color="blue" style={{ whiteSpace: 'normal' }}>
          {r ? tx(...r.article) : '—'}
        </Tag>
        <Typography.Text type="secondary">{lang === 'en' ? g.message_en : g.message_zh}</Typography.Text>
      </Space>
    );
  };
  const evidenceCell = (g: Ground) => (
    <ul style={{ margin: 0, paddingLeft: 16 }} data-testid="ground-evidence">
      {g.evidence.map((e, i) => (
        <li key={i}>
          {tx(...pair(EVIDENCE_KIND, e.kind))} {e.on}
          {e.text && !/^[a-z_]+$/.test(e.text)
            ? ` · ${e.text}${e.kind === 'operation:evaluation' ? tx(' 人报名', ' candidates') : ''}`
            : ''}
        </li>
      ))}
    </ul>
  );
  const actionCell = (g: Ground) =>
    g.state === 'open' ? (
      <Space wrap>
        <Button size="small" type="primary" onClick={() => openCase(g)} data-testid="ground-open-case">{tx('立案', 'Open case')}</Button>
        <Button size="small" onClick={() => setActing({ g, act: 'rectification' })}>{tx('责令整改', 'Order rectification')}</Button>
        {g.ruleId.startsWith('1x-exit/') && <Button size="small" onClick={() => setActing({ g, act: 'exit' })}>{tx('转退出程序', 'Exit route')}</Button>}
        <Button size="small" type="link" onClick={() => setActing({ g, act: 'dismiss' })}>{tx('不予处理', 'Dismiss')}</Button>
      </Space>
    ) : (
      <Space orientation="vertical" size={0}>
        <Tag color={g.state === 'acted' ? 'green' : 'default'}>{tx(...pair(GROUND_STATE, g.state))}</Tag>
        {g.action && <Typography.Text>{tx(...pair(GROUND_ACTION, g.action))}</Typography.Text>}
        {g.caseId && <Link to={`/cases/${g.caseId}`}>{tx('查看案件', 'Open the case')}</Link>}
        {g.reason && <Typography.Text type="secondary">{g.reason}</Typography.Text>}
      </Space>
    ); // prettier-ignore

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="supervision-grounds-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('监管依据', 'Grounds to act on')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '系统根据项目运行、评价批次、监测评价、整改和问题线索等数据提示的情形，供监管部门调查认定；提示本身不是处理决定。',
            'What the data (programme operations, evaluation sessions, ratings, rectifications, leads) shows, for the authority to investigate and judge; a ground is never a decision by itself.',
          )}
        </Typography.Text>
      </div>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Segmented
          value={state}
          onChange={(v) => setParams({ state: String(v) }, { replace: true })}
          options={[
            { value: 'open', label: tx('待处理', 'Awaiting action') },
            { value: 'acted', label: tx('已处理', 'Acted on') },
            { value: 'dismissed', label: tx('不予处理', 'Dismissed') },
            { value: 'all', label: tx('全部', 'All') },
          ]}
        />
        <Typography.Text type="secondary">
          {tx('计算日期', 'As of')} {data?.asOf ?? '—'}
        </Typography.Text>
      </Space>
      {narrow ? (
        // A phone: one card per ground (a table of five columns would not fit 390 px).
        <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="grounds-table">
          {(data?.items ?? []).map((g) => (
            <Card key={g.key} size="small" title={concerns(g)}>
              {groundCell(g)}
              <div style={{ margin: '8px 0' }}>
                {tx('起算日', 'Runs from')} {g.since}
              </div>
              {evidenceCell(g)}
              <div style={{ marginTop: 8 }}>{actionCell(g)}</div>
            </Card>
          ))}
        </Space>
      ) : (
        <Table<Ground>
          rowKey="key"
          loading={loading}
          dataSource={data?.items ?? []}
          scroll={{ x: true }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="grounds-table"
          columns={[
            { title: tx('对象', 'Concerns'), render: (_, g) => concerns(g) },
            { title: tx('情形与依据', 'Ground and article'), render: (_, g) => groundCell(g) },
            { title: tx('起算日', 'Runs from'), dataIndex: 'since', width: 110 },
            { title: tx('证据', 'Evidence'), render: (_, g) => evidenceCell(g) },
            { title: tx('处理', 'Action'), render: (_, g) => actionCell(g) },
          ]}
        />
      )}
      <Card
        size="small"
        title={tx(
          '“反映问题较多”的认定标准（退出细则第五条第（五）项）',
          '“Many problems” threshold (1x-exit §5(5))',
        )}
      >
        <Space wrap>
          <Typography.Text>
            {threshold.data?.threshold
              ? tx(
                  `未解决的问题达到 ${threshold.data.threshold.unresolvedProblems} 个即提示。理由：${threshold.data.threshold.reason}`,
                  `A ground at ${threshold.data.threshold.unresolvedProblems} unresolved problems. Reason given: ${threshold.data.threshold.reason}`,
                )
              : tx(
                  '未设定：条文未规定数量，本部门设定前不提示此情形。',
                  'Not set: the text gives no number, so no such ground until this authority sets one.',
                )}
          </Typography.Text>
          <Button size="small" onClick={() => setEditing(true)}>
            {tx('设定', 'Set')}
          </Button>
        </Space>
      </Card>
      <Alert
        type="info"
        showIcon
        message={tx(
          '转退出程序：立案“责令终止与取消资格”程序（1x-exit 第七条），在案件页办理调查核实、专家评议、申诉复核、公示和取消。',
          'Exit route: opens an “ordered termination and revocation” case (1x-exit §7): investigation, expert opinion, appeal, notice and revocation on the case page.',
        )}
      />
      {acting && (
        <FormModal<{ reason: string; deadline?: string }>
          title={
            acting.act === 'rectification'
              ? tx('责令限期整改', 'Order rectification')
              : acting.act === 'exit'
                ? tx('转退出程序', 'Take the exit route')
                : tx('不予处理', 'Dismiss')
          }
          open
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            reload();
          }}
          path="/supervision-grounds/act"
          toBody={(v) => ({
            key: acting.g.key,
            action: acting.act,
            reason: v.reason,
            ...(v.deadline ? { deadline: v.deadline } : {}),
          })}
        >
          {() => (
            <>
              {acting.act === 'rectification' && (
                <Form.Item name="deadline" label={tx('整改期限', 'Deadline')} rules={[{ required: true }]}>
                  <Input type="date" />
                </Form.Item>
              )}
              <Form.Item name="reason" label={tx('理由', 'Reason')} rules={[{ required: true, min: 2 }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
            </>
          )}
        </FormModal>
      )}
      {editing && (
        <FormModal<{ unresolvedProblems: number; reason: string }>
          title={tx('设定“反映问题较多”的认定标准', 'Set the “many problems” threshold')}
          open
          method="POST"
          onClose={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            threshold.reload();
            reload();
          }}
          path="/supervision-grounds/channel-threshold"
          toBody={(v) => v}
          initialValues={threshold.data?.threshold ?? {}}
        >
          {() => (
            <>
              <Form.Item
                name="unresolvedProblems"
                label={tx('未解决问题的个数', 'Unresolved problems')}
                rules={[{ required: true }]}
              >
                <InputNumber min={1} precision={0} />
              </Form.Item>
              <Form.Item name="reason" label={tx('设定理由', 'Reason')} rules={[{ required: true, min: 2 }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
        </FormModal>
      )}
    </Space>
  );
}
