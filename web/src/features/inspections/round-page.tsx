// A round (1x-selection §25) for its authority: the plan, the commitment published at planning, the draw
// button (reveals the seed; the public page re-runs it), then each target with its experts, the findings
// entry per item, the conclusion, publication (一公开) and what a problem leads to: a rectification order
// or a violation case (opened through the case form with origin 'inspection', then linked here).
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useProblemToast } from '../../app/problems';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { INSPECTION_STATUS, KIND, METHOD, OUTCOME, RESULT, ROUND_STATUS, label } from './texts';
import type { InspectionView, RoundDetail } from './types';
import { EvidencePanel } from './evidence-panel';

const mono = {
  fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
  wordBreak: 'break-all' as const,
  fontSize: 12,
};

function FindingsModal({ inspection, methods, onDone }: { inspection: InspectionView | null; methods: string[]; onDone: () => void }) {
  const tx = useText();
  const toast = useProblemToast();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  if (!inspection) return null;
  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await api.put(`/inspections/${inspection.id}/findings`, { findings: (v.findings ?? []).map((f: { item: string; method: string; result: string; note?: string }) => ({ item: f.item, method: f.method, result: f.result, note: f.note || null })) });
      onDone();
    } catch (err) {
      toast(err);
    } finally {
      setBusy(false);
    }
  };
  const initial = inspection.findings.length ? inspection.findings : methods.map((m) => ({ item: '', method: m, result: 'ok', note: '' }));
  return (
    <Modal open onCancel={onDone} onOk={() => void save()} confirmLoading={busy} width={720} title={tx(`检查记录：${inspection.institutionName}`, `Findings: ${inspection.institutionName}`)} okText={tx('保存', 'Save')} okButtonProps={{ 'data-testid': 'findings-save' } as never} cancelText={tx('取消', 'Cancel')} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ findings: initial }} data-testid="findings-form">
        <Form.List name="findings">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((f) => (
                <Card size="small" key={f.key} extra={<Button size="small" onClick={() => remove(f.name)}>{tx('删除', 'Remove')}</Button>}>
                  <Form.Item name={[f.name, 'item']} label={tx('检查事项', 'Item')} rules={[{ required: true, message: tx('请填写检查事项', 'Enter the item') }]}><Input data-testid="finding-item" /></Form.Item>
                  <Space wrap>
                    <Form.Item name={[f.name, 'method']} label={tx('检查方式', 'Method')}><Select style={{ width: 160 }} options={Object.keys(METHOD).map((k) => ({ value: k, label: label(METHOD, k, tx) }))} /></Form.Item>
                    <Form.Item name={[f.name, 'result']} label={tx('检查结果', 'Result')}><Select style={{ width: 160 }} data-testid="finding-result" options={Object.keys(RESULT).map((k) => ({ value: k, label: label(RESULT, k, tx) }))} /></Form.Item>
                  </Space>
                  <Form.Item name={[f.name, 'note']} label={tx('情况说明', 'Note')}><Input.TextArea rows={2} /></Form.Item>
                </Card>
              ))}
              <Button onClick={() => add({ item: '', method: methods[0] ?? 'materials', result: 'ok', note: '' })}>{tx('增加检查事项', 'Add an item')}</Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
} // prettier-ignore

function ActionModal({ kind, inspection, onDone }: { kind: 'conclude' | 'rectify' | 'case' | null; inspection: InspectionView | null; onDone: () => void }) {
  const tx = useText();
  const toast = useProblemToast();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  if (!kind || !inspection) return null;
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      if (kind === 'conclude') await api.post(`/inspections/${inspection.id}/conclude`, { outcome: v.outcome, conclusion: v.conclusion });
      if (kind === 'rectify') await api.post(`/inspections/${inspection.id}/rectification`, { subject: v.subject, deadline: v.deadline.format('YYYY-MM-DD') });
      if (kind === 'case') {
        const c = await api.post<{ id: string }>('/cases', { procedure: 'violation-case', input: { subject: 'institution', origin: 'inspection', institutionId: inspection.institutionId, summary: v.summary } });
        await api.post(`/inspections/${inspection.id}/violation-case`, { caseId: c.id });
      }
      onDone();
    } catch (err) {
      toast(err);
    } finally {
      setBusy(false);
    }
  };
  const hasProblem = inspection.findings.some((f) => f.result === 'problem');
  const title = kind === 'conclude' ? tx('办结检查', 'Conclude') : kind === 'rectify' ? tx('责令限期整改', 'Order rectification') : tx('移交立案', 'Open a violation case');
  return (
    <Modal open onCancel={onDone} onOk={() => void submit()} confirmLoading={busy} title={`${title}：${inspection.institutionName}`} okText={tx('确定', 'Confirm')} okButtonProps={{ 'data-testid': 'inspection-action-ok' } as never} cancelText={tx('取消', 'Cancel')} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ outcome: hasProblem ? 'rectify' : 'no_problems' }} data-testid={`inspection-${kind}-form`}>
        {kind === 'conclude' && (
          <>
            <Form.Item name="outcome" label={tx('检查结论', 'Outcome')}><Select data-testid="conclude-outcome" options={Object.keys(OUTCOME).map((k) => ({ value: k, label: label(OUTCOME, k, tx) }))} /></Form.Item>
            <Form.Item name="conclusion" label={tx('结论说明', 'Conclusion')} rules={[{ required: true, min: 2, message: tx('请填写结论说明', 'Enter the conclusion') }]}><Input.TextArea rows={3} data-testid="conclude-text" /></Form.Item>
          </>
        )}
        {kind === 'rectify' && (
          <>
            <Form.Item name="subject" label={tx('整改事项', 'What to rectify')} rules={[{ required: true, min: 2 }]}><Input.TextArea rows={3} /></Form.Item>
            <Form.Item name="deadline" label={tx('整改期限', 'Deadline')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
          </>
        )}
        {kind === 'case' && (
          <Form.Item name="summary" label={tx('案件摘要', 'Summary')} rules={[{ required: true, min: 4 }]}><Input.TextArea rows={3} /></Form.Item>
        )}
      </Form>
    </Modal>
  );
} // prettier-ignore

export function InspectionRoundPage() {
  const tx = useText();
  const toast = useProblemToast();
  const { id = '' } = useParams();
  const { data, error, reload } = useApi<RoundDetail>(`/inspection-rounds/${encodeURIComponent(id)}`);
  const [findingsOf, setFindingsOf] = useState<InspectionView | null>(null);
  const [action, setAction] = useState<{ kind: 'conclude' | 'rectify' | 'case'; inspection: InspectionView } | null>(null);
  const [drawing, setDrawing] = useState(false);
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (!data) return null;
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      reload();
    } catch (err) {
      toast(err);
    }
  };
  const draw = async () => {
    setDrawing(true);
    await act(() => api.post(`/inspection-rounds/${data.id}/draw`));
    setDrawing(false);
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="inspection-round-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>{data.title}</Typography.Title>
        <Space wrap><Typography.Text type="secondary">{data.referenceNo}</Typography.Text><Tag data-testid="round-status">{label(ROUND_STATUS, data.status, tx)}</Tag></Space>
      </div>
      <Card size="small" title={tx('抽查计划', 'Plan')}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={tx('抽查范围', 'Scope')}>{data.jurisdictionName}；{data.institutionKinds.map((k) => label(KIND, k, tx)).join('、')}</Descriptions.Item>
          <Descriptions.Item label={tx('抽取数量', 'Sizes')}>{tx(`检查对象 ${data.targetCount} 家，每家专家 ${data.expertsPerTarget} 人`, `${data.targetCount} targets, ${data.expertsPerTarget} experts each`)}</Descriptions.Item>
          <Descriptions.Item label={tx('检查方式', 'Methods')}>{data.methods.map((m) => label(METHOD, m, tx)).join('、')}</Descriptions.Item>
          <Descriptions.Item label={tx('监督专家库', 'Expert pool')}>{data.poolName}</Descriptions.Item>
          <Descriptions.Item label={tx('计划时间', 'Planned')}>{data.plannedStart} ~ {data.plannedEnd}</Descriptions.Item>
          <Descriptions.Item label={tx('抽取承诺', 'Commitment')}><span style={mono} data-testid="round-commitment">{data.commitment}</span></Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ marginTop: 8 }}>
          {data.status === 'planned' && data.canManage && (
            <Popconfirm title={tx('抽取后公开随机种子，不能重新抽取。确定抽取？', 'The seed is revealed and the draw cannot be repeated. Draw now?')} okText={tx('抽取', 'Draw')} okButtonProps={{ 'data-testid': 'round-draw-confirm' } as never} cancelText={tx('取消', 'Cancel')} onConfirm={() => void draw()}>
              <Button type="primary" loading={drawing} data-testid="round-draw">{tx('随机抽取', 'Draw')}</Button>
            </Popconfirm>
          )}
          <Link to={`/draws/${data.drawId}`} data-testid="round-draw-link">{tx('公开验证页', 'Public check page')}</Link>
        </Space>
      </Card>
      {data.status === 'planned' ? (
        <Alert type="info" showIcon title={tx('尚未抽取：抽取承诺已公布。', 'Not drawn yet: the commitment is published.')} />
      ) : (
        <Table<InspectionView> rowKey="id" dataSource={data.inspections} pagination={false} scroll={{ x: true }} data-testid="round-inspections"
          expandable={{ expandedRowRender: (r) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {r.findings.map((f) => (
                <div key={f.seq}><Tag color={f.result === 'problem' ? 'red' : 'green'}>{label(RESULT, f.result, tx)}</Tag>{f.item}（{label(METHOD, f.method, tx)}）{f.note ? `：${f.note}` : ''}</div>
              ))}
              {r.conclusion && <Typography.Text>{tx('结论：', 'Conclusion: ')}{r.conclusion}</Typography.Text>}
              <EvidencePanel inspectionId={r.id} canUpload={data.canManage && r.status !== 'concluded'} />
            </Space>
          ) }}
          columns={[
            { title: tx('检查对象', 'Institution'), dataIndex: 'institutionName' },
            { title: tx('检查专家', 'Experts'), render: (_, r) => r.experts.map((e) => e.name).join('、') },
            { title: tx('状态', 'Status'), render: (_, r) => <Tag data-testid="inspection-status">{label(INSPECTION_STATUS, r.status, tx)}</Tag> },
            { title: tx('结论', 'Outcome'), render: (_, r) => (r.outcome ? label(OUTCOME, r.outcome, tx) : '—') },
            { title: tx('公布', 'Published'), render: (_, r) => r.publishedOn ?? '—' },
            { title: tx('操作', 'Actions'), render: (_, r) => data.canManage && (
              <Space wrap size={4}>
                {r.status !== 'concluded' && <Button size="small" onClick={() => setFindingsOf(r)} data-testid="inspection-findings">{tx('记录检查情况', 'Record findings')}</Button>}
                {r.status !== 'concluded' && r.findings.length > 0 && <Button size="small" onClick={() => setAction({ kind: 'conclude', inspection: r })} data-testid="inspection-conclude">{tx('办结', 'Conclude')}</Button>}
                {r.status === 'concluded' && !r.publishedOn && <Button size="small" type="primary" onClick={() => void act(() => api.post(`/inspections/${r.id}/publish`))} data-testid="inspection-publish">{tx('公布结果', 'Publish')}</Button>}
                {r.status === 'concluded' && r.outcome !== 'no_problems' && !r.rectificationId && <Button size="small" onClick={() => setAction({ kind: 'rectify', inspection: r })}>{tx('责令整改', 'Order rectification')}</Button>}
                {r.status === 'concluded' && r.outcome !== 'no_problems' && !r.violationCaseId && <Button size="small" onClick={() => setAction({ kind: 'case', inspection: r })}>{tx('移交立案', 'Open a case')}</Button>}
                {r.rectificationId && <Tag color="orange">{tx('已责令整改', 'Rectification ordered')}</Tag>}
                {r.violationCaseId && <Link to={`/cases/${r.violationCaseId}`}>{tx('违纪违规案件', 'Violation case')}</Link>}
              </Space>
            ) },
          ]}
        />
      )}
      <FindingsModal inspection={findingsOf} methods={data.methods} onDone={() => { setFindingsOf(null); reload(); }} />
      <ActionModal kind={action?.kind ?? null} inspection={action?.inspection ?? null} onDone={() => { setAction(null); reload(); }} />
    </Space>
  );
} // prettier-ignore
