// 「双随机抽查」for authority staff (1x-selection §25): the authority's rounds, and the plan form — scope,
// kinds, how many targets and experts, methods, pool, dates. Planning publishes the commitment at once.
// Institution staff see the inspections of their own institution here instead; an expert those they were
// drawn for.
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../app/api';
import { useProblemToast } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { useAuth } from '../../app/auth';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { INSPECTION_STATUS, KIND, METHOD, OUTCOME, ROUND_STATUS, label } from './texts';
import type { InspectionView, RoundView } from './types';

type Option = { id: string; label: string };

function PlanModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const tx = useText();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const toast = useProblemToast();
  const pools = useApi<{ items: Option[] }>(open ? '/inspection-rounds/options/pools' : null);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const r = await api.post<{ id: string }>('/inspection-rounds', {
        title: v.title,
        institutionKinds: v.institutionKinds,
        targetCount: v.targetCount,
        expertsPerTarget: v.expertsPerTarget,
        methods: v.methods,
        poolId: v.poolId,
        plannedStart: v.dates[0].format('YYYY-MM-DD'),
        plannedEnd: v.dates[1].format('YYYY-MM-DD'),
      });
      navigate(`/inspection-rounds/${r.id}`);
    } catch (err) {
      toast(err);
    } finally {
      setBusy(false);
    }
  };
  const opts = (m: Record<string, [string, string]>) => Object.keys(m).map((k) => ({ value: k, label: label(m, k, tx) }));
  return (
    <Modal open={open} onCancel={onClose} onOk={() => void submit()} confirmLoading={busy} title={tx('制定抽查计划', 'Plan an inspection round')} okText={tx('制定并公布抽取承诺', 'Plan and publish the commitment')} cancelText={tx('取消', 'Cancel')} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        {tx('制定计划即公布随机种子的 SHA-256（抽取承诺）；抽取时公开种子，任何人都可重新计算核对（《职业教育培训评价组织遴选管理办法（试行）》第二十五条）。', 'Planning publishes the SHA-256 of the seed (the commitment); the seed is revealed at the draw and anyone can re-run it (1x-selection §25).')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ targetCount: 2, expertsPerTarget: 2, methods: ['materials', 'site_visit', 'interviews'], institutionKinds: ['social_org'] }} data-testid="inspection-plan-form">
        <Form.Item name="title" label={tx('抽查批次名称', 'Title')} rules={[{ required: true, min: 2, message: tx('请填写名称', 'Enter a title') }]}><Input data-testid="plan-title" /></Form.Item>
        <Form.Item name="institutionKinds" label={tx('机构类型', 'Institution kinds')} rules={[{ required: true, message: tx('请选择', 'Choose') }]}><Select mode="multiple" options={opts(KIND)} /></Form.Item>
        <Space wrap>
          <Form.Item name="targetCount" label={tx('抽取检查对象数', 'Targets')} rules={[{ required: true }]}><InputNumber min={1} max={500} /></Form.Item>
          <Form.Item name="expertsPerTarget" label={tx('每个对象专家数', 'Experts per target')} rules={[{ required: true }]}><InputNumber min={1} max={10} /></Form.Item>
        </Space>
        <Form.Item name="methods" label={tx('检查方式', 'Methods')} rules={[{ required: true, message: tx('请选择', 'Choose') }]}><Select mode="multiple" options={opts(METHOD)} /></Form.Item>
        <Form.Item name="poolId" label={tx('监督专家库', 'Expert pool')} rules={[{ required: true, message: tx('请选择专家库', 'Choose a pool') }]}>
          <Select loading={pools.loading} options={(pools.data?.items ?? []).map((p) => ({ value: p.id, label: p.label }))} data-testid="plan-pool" />
        </Form.Item>
        <Form.Item name="dates" label={tx('计划检查时间', 'Planned dates')} rules={[{ required: true, message: tx('请选择日期', 'Choose the dates') }]}><DatePicker.RangePicker style={{ width: '100%' }} data-testid="plan-dates" /></Form.Item>
      </Form>
    </Modal>
  );
} // prettier-ignore

function AuthorityRounds() {
  const tx = useText();
  const [planning, setPlanning] = useState(false);
  const { data, error, loading, reload } = useApi<{ items: RoundView[] }>('/inspection-rounds');
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  return (
    <>
      <Button type="primary" onClick={() => setPlanning(true)} data-testid="inspection-plan">{tx('制定抽查计划', 'Plan a round')}</Button>
      <Table<RoundView> rowKey="id" loading={loading} dataSource={data?.items ?? []} scroll={{ x: true }} data-testid="inspection-rounds-table"
        columns={[
          { title: tx('批次', 'Round'), render: (_, r) => <Link to={`/inspection-rounds/${r.id}`}>{r.referenceNo}</Link> },
          { title: tx('名称', 'Title'), dataIndex: 'title' },
          { title: tx('状态', 'Status'), render: (_, r) => <Tag>{label(ROUND_STATUS, r.status, tx)}</Tag> },
          { title: tx('计划时间', 'Planned'), render: (_, r) => `${r.plannedStart} ~ ${r.plannedEnd}` },
          { title: tx('已办结 / 对象', 'Concluded / targets'), render: (_, r) => (r.drawnOn ? `${r.concludedCount ?? 0} / ${r.inspectionCount ?? 0}` : tx(`待抽取 ${r.targetCount} 家`, `${r.targetCount} to draw`)) },
        ]}
      />
      <PlanModal open={planning} onClose={() => setPlanning(false)} />
    </>
  );
} // prettier-ignore

function InspectionsOf({ path }: { path: string }) {
  const tx = useText();
  const { data, error, loading, reload } = useApi<{ items: (InspectionView & { round: { referenceNo: string; title: string; authorityName: string; plannedStart: string; plannedEnd: string; drawId: string } })[] }>(path);
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  return (
    <Table rowKey="id" loading={loading} dataSource={data?.items ?? []} scroll={{ x: true }} data-testid="own-inspections-table"
      columns={[
        { title: tx('抽查批次', 'Round'), render: (_, r) => `${r.round.referenceNo} ${r.round.title}` },
        { title: tx('组织部门', 'Authority'), render: (_, r) => r.round.authorityName },
        { title: tx('检查对象', 'Institution'), dataIndex: 'institutionName' },
        { title: tx('计划时间', 'Planned'), render: (_, r) => `${r.round.plannedStart} ~ ${r.round.plannedEnd}` },
        { title: tx('状态', 'Status'), render: (_, r) => label(INSPECTION_STATUS, r.status, tx) },
        { title: tx('结论', 'Outcome'), render: (_, r) => (r.outcome ? label(OUTCOME, r.outcome, tx) : '—') },
        { title: tx('抽取验证', 'Draw check'), render: (_, r) => <Link to={`/draws/${r.round.drawId}`}>{tx('查看', 'View')}</Link> },
      ]}
    />
  );
} // prettier-ignore

export function InspectionRoundsPage() {
  const tx = useText();
  const { user } = useAuth();
  const role = user?.role;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="inspection-rounds-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>{tx('双随机抽查', 'Double-random inspections')}</Typography.Title>
        <Typography.Text type="secondary">{tx('随机抽取检查对象和检查专家，检查结果及时公布（“双随机、一公开”）。', 'Targets and experts drawn at random; results published (double-random, one publication).')}</Typography.Text>
      </div>
      <Card size="small">
        {role === 'institution_staff' ? <InspectionsOf path="/inspections/own" /> : role === 'expert' ? <InspectionsOf path="/inspections/assigned" /> : <AuthorityRounds />}
      </Card>
    </Space>
  );
} // prettier-ignore
