// One certificate (issue 11 points 5, 7): what it certifies, who issued it, the holder's masked
// document — the full number only for the authorities, by an explicit reveal that is audited — and its
// status history; an authority declares it invalid or withdraws it with reason, date and articles.
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Tag,
  Timeline,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, toApiError, type Problem } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useText } from '../cases/texts';
import { useLevelName } from '../reference/level-select';
import { CertificateProblem } from './certificate-problem';
import { DOC_TYPE_TEXT, REGIME_TEXT, SOURCE_TEXT, STATUS_COLOR, STATUS_TEXT } from './texts';
import type { CertificateDetail } from './types';

function StatusModal({
  certificate,
  open,
  onClose,
  onDone,
}: {
  certificate: CertificateDetail;
  open: boolean;
  onClose: () => void;
  onDone: (c: CertificateDetail) => void;
}) {
  const tx = useText();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: { to: string; reason: string; effectiveOn: dayjs.Dayjs; article: string }) => {
    setBusy(true);
    setProblem(null);
    try {
      onDone(
        await api.post<CertificateDetail>(`/certificates/${certificate.id}/status`, {
          to: v.to,
          reason: v.reason,
          effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
          articles: [{ regime: 'mohrss-violations', article: v.article }],
        }),
      );
    } catch (err) {
      setProblem(toApiError(err).problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      title={tx('变更证书状态', 'Change the certificate’s status')}
      okText={tx('确定', 'Confirm')}
      cancelText={tx('取消', 'Cancel')}
    >
      {problem && <CertificateProblem problem={problem} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ effectiveOn: dayjs(), to: 'invalidated' }}
      >
        <Form.Item name="to" label={tx('变更为', 'Change to')} rules={[{ required: true }]}>
          <Select
            options={(['invalidated', 'withdrawn'] as const).map((s) => ({
              value: s,
              label: tx(...STATUS_TEXT[s]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={tx('理由', 'Reason')}
          rules={[{ required: true, message: tx('请填写理由', 'Enter the reason') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item name="effectiveOn" label={tx('生效日期', 'Effective on')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="article"
          label={tx('依据条款（技能人才评价违纪违规行为处理工作指引）', 'Article (violations guidelines)')}
          rules={[{ required: true, message: tx('请填写依据条款', 'Enter the article') }]}
        >
          <Input placeholder={tx('如：第五条', 'e.g. 第五条 (Article 5)')} maxLength={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CertificateDetailPage() {
  const { id } = useParams();
  const tx = useText();
  const levelName = useLevelName();
  const { message } = App.useApp();
  const { data, error, reload } = useApi<CertificateDetail>(`/certificates/${id}`);
  const [revealed, setRevealed] = useState<string | null>(null);
  const [changing, setChanging] = useState(false);
  if (error) return <CertificateProblem problem={error.problem} />;
  if (!data) return <Card loading />;
  const c = data;
  const reveal = async () => {
    try {
      const r = await api.post<{ docNumber: string }>(`/certificates/${c.id}/reveal-document`);
      setRevealed(r.docNumber);
    } catch (err) {
      void message.error(toApiError(err).problem.detail);
    }
  };
  return (
    <Card
      title={`${tx('证书', 'Certificate')} ${c.number}`}
      extra={
        <Space wrap>
          {/* The signed e-certificate and the credential for the credit bank (issue 12 points 3–4). */}
          <Button href={`/api/v1/certificates/${c.id}/e-certificate.pdf`} data-testid="e-certificate-pdf">
            {tx('电子证书（PDF）', 'E-certificate (PDF)')}
          </Button>
          <Button
            href={`/api/v1/certificates/${c.id}/credential.json`}
            data-testid="e-certificate-credential"
          >
            {tx('可验证凭证', 'Verifiable credential')}
          </Button>
          {c.abilities.changeStatus && (
            <Button danger onClick={() => setChanging(true)}>
              {tx('宣布无效 / 撤销', 'Invalidate / withdraw')}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="certificate-detail">
        <Descriptions.Item label={tx('证书编号', 'Number')}>
          <span style={{ fontFamily: 'monospace' }}>{c.number}</span>
        </Descriptions.Item>
        <Descriptions.Item label={tx('状态', 'Status')}>
          <Tag color={STATUS_COLOR[c.status]}>{tx(...STATUS_TEXT[c.status])}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={tx('姓名', 'Name')}>{c.holderName}</Descriptions.Item>
        <Descriptions.Item label={tx(...(DOC_TYPE_TEXT[c.holderDocType] ?? ['证件号码', 'Document']))}>
          <Space wrap>
            <span data-testid="holder-doc">{revealed ?? c.holderDocMasked}</span>
            {c.abilities.revealDocument && !revealed && (
              <Button size="small" onClick={() => void reveal()}>
                {tx('查看完整号码（记入审计）', 'Show the full number (audited)')}
              </Button>
            )}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={tx('职业（工种）', 'Occupation')}>
          {c.occupationCode} {c.occupationName}
        </Descriptions.Item>
        <Descriptions.Item label={tx('等级', 'Level')}>{levelName(c.level)}</Descriptions.Item>
        <Descriptions.Item label={tx('评价机构', 'Institution')}>
          {c.institutionName}
          {c.branchName ? `（${c.branchName}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={tx('发证日期', 'Issued on')}>{c.issuedOn}</Descriptions.Item>
        <Descriptions.Item label={tx('来源', 'Source')}>{tx(...SOURCE_TEXT[c.source])}</Descriptions.Item>
        <Descriptions.Item label={tx('可查询时间', 'Verifiable since')}>
          {dayjs(c.queryableAt).format('YYYY-MM-DD HH:mm')}
        </Descriptions.Item>
      </Descriptions>
      <h3 style={{ marginTop: 24 }}>{tx('状态变更记录', 'Status history')}</h3>
      {c.history.length === 0 ? (
        <p>{tx('自颁发以来状态未变更。', 'Unchanged since issue.')}</p>
      ) : (
        <Timeline
          items={c.history.map((h) => ({
            color: 'red',
            content: (
              <div>
                <div>
                  {tx(...STATUS_TEXT[h.fromStatus])} → <b>{tx(...STATUS_TEXT[h.toStatus])}</b>（
                  {tx('生效', 'effective')} {h.effectiveOn}）
                </div>
                <div>
                  {tx('理由', 'Reason')}：{h.reason}
                </div>
                <div>
                  {tx('依据', 'Articles')}：
                  {h.articles
                    .map((a) => `《${tx(...(REGIME_TEXT[a.regime] ?? [a.regime, a.regime]))}》${a.article}`)
                    .join('；')}
                </div>
                {h.decisionCaseReference && (
                  <div>
                    {tx('处理决定', 'Decision')}：{h.decisionCaseReference}
                  </div>
                )}
                <div style={{ color: '#888' }}>
                  {h.changedByName ?? tx('系统', 'System')} · {dayjs(h.changedAt).format('YYYY-MM-DD HH:mm')}
                </div>
              </div>
            ),
          }))}
        />
      )}
      <StatusModal
        certificate={c}
        open={changing}
        onClose={() => setChanging(false)}
        onDone={(next) => {
          setChanging(false);
          void next;
          reload();
          void message.success(tx('证书状态已变更', 'The status has changed'));
        }}
      />
    </Card>
  );
}
