// One rectification order (责令限期整改, issue 14 point 6): what is to be rectified and by when, the
// articles it rests on, each report of the institution with its evidence, and each verification. The
// institution reports (text and up to 5 files, multipart) while the order is open or was not accepted;
// the authority accepts, or rejects with its reason and, if it chooses, a new deadline; an overdue order
// opens a violation case in one action (mohrss-violations §13(5)).
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { ArrowLeftOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, toApiError, type Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { ProblemAlert, useProblemToast } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { word } from '../leads/texts';
import { citationWords, RECT_SOURCE, RECT_STATUS, RECT_STATUS_COLOR, VERDICT } from './texts';
import type { RectificationDetail } from './types';

export function RectificationPage() {
  const tx = useText();
  const { lang } = useI18n();
  const { id } = useParams<{ id: string }>();
  const navigate = useNavigate();
  const toast = useProblemToast();
  const { data: r, error, reload } = useApi<RectificationDetail>(`/rectifications/${id}`);
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (!r) return <Card loading />;
  const canReport = r.as === 'institution' && (r.status === 'open' || r.status === 'rejected');
  const canVerify = r.as === 'authority' && r.status === 'reported';
  const canOpenCase = r.as === 'authority' && r.overdue;

  const openCase = () =>
    Modal.confirm({
      title: tx('逾期未整改立案', 'Open a case: not rectified in time'),
      content: tx(
        `「${r.institutionName}」未在期限（${r.deadline}）内整改，按违纪违规处理工作指引第十三条第（五）项立案；案件在「违纪违规处理」中办理。`,
        `${r.institutionName} did not rectify by ${r.deadline}: open a violation case under mohrss-violations §13(5); it is handled under Violations.`,
      ),
      okText: tx('立案', 'Open case'),
      cancelText: tx('取消', 'Cancel'),
      onOk: () =>
        api.post<{ caseId: string }>(`/rectifications/${r.id}/violation-case`).then(
          (x) => navigate(`/cases/${x.caseId}`),
          (e: unknown) => {
            toast(e);
            throw e;
          },
        ),
    });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="rectification-page">
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} type="link" style={{ padding: 0 }}>
        {tx('返回', 'Back')}
      </Button>
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('责令限期整改', 'Rectification order')} · {r.institutionName}
        </Typography.Title>
        <Tag color={RECT_STATUS_COLOR[r.status]} data-testid="rect-status-tag">{word(RECT_STATUS, r.status, tx)}</Tag>
        {r.overdue && <Tag color="red" data-testid="rect-overdue-tag">{tx(`逾期 ${r.daysOverdue} 日`, `${r.daysOverdue} days overdue`)}</Tag>}
      </Space>
      {r.overdue && (
        <Alert
          type="error"
          showIcon
          title={tx(
            `整改期限 ${r.deadline} 已过${r.status === 'reported' ? '，报告待核验' : ''}：未经核验通过的，仍属逾期未整改（以 ${r.asOf} 计）。`,
            `The deadline ${r.deadline} has passed${r.status === 'reported' ? ' and the report awaits verification' : ''}: until accepted, the order is not rectified (as of ${r.asOf}).`,
          )}
          action={canOpenCase ? <Button danger onClick={openCase} data-testid="rect-open-case">{tx('立案', 'Open a case')}</Button> : undefined}
        />
      )}
      <Card size="small" title={tx('整改事项', 'The order')}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={tx('被责令整改的机构', 'Institution')}>{r.institutionName}</Descriptions.Item>
          <Descriptions.Item label={tx('责令部门', 'Ordered by')}>{r.authorityName}</Descriptions.Item>
          <Descriptions.Item label={tx('责令日期', 'Ordered on')}>{r.openedOn}</Descriptions.Item>
          <Descriptions.Item label={tx('整改期限', 'Deadline')}>{r.deadline}</Descriptions.Item>
          <Descriptions.Item label={tx('来源', 'From')}>
            {r.source === 'lead' && r.as === 'authority' ? <Link to={`/leads/${r.sourceId}`}>{word(RECT_SOURCE, r.source, tx)}</Link> : word(RECT_SOURCE, r.source, tx)}
          </Descriptions.Item>
          <Descriptions.Item label={tx('依据', 'Articles')}>
            <Space wrap size={4}>{r.citations.map((c) => <Tag key={citationWords(c, 'zh-CN')}>{citationWords(c, lang)}</Tag>)}</Space>
          </Descriptions.Item>
          <Descriptions.Item label={tx('整改事项', 'Matter to rectify')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.subject}</Typography.Paragraph>
          </Descriptions.Item>
          {r.outcome && (
            <Descriptions.Item label={tx('核验意见', 'Verification')} span={2}>{r.outcome}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={tx('整改报告与核验', 'Reports and verification')} data-testid="rect-reports">
        {r.reports.length === 0 ? (
          <Typography.Text type="secondary">{tx('机构尚未报告整改情况。', 'The institution has not reported yet.')}</Typography.Text>
        ) : (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {r.reports.map((p) => (
              <Card key={p.id} size="small" type="inner" title={tx(`第 ${p.seq} 次报告（${p.reportedOn}）`, `Report ${p.seq} (${p.reportedOn})`)}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{p.text}</Typography.Paragraph>
                <Space orientation="vertical" size={2}>
                  {p.files.map((f) => (
                    <a key={f.sha256} href={`/api/v1/rectifications/${r.id}/files/${f.sha256}`} data-testid="rect-file">
                      <PaperClipOutlined /> {f.name}
                    </a>
                  ))}
                </Space>
                {p.verdict ? (
                  <Alert
                    style={{ marginTop: 8 }}
                    type={p.verdict === 'accepted' ? 'success' : 'warning'}
                    showIcon
                    title={`${word(VERDICT, p.verdict, tx)}（${p.verifiedOn ?? ''}）${p.newDeadline ? tx(`，新的整改期限 ${p.newDeadline}`, `, new deadline ${p.newDeadline}`) : ''}`}
                    description={p.reason}
                    data-testid="rect-verdict"
                  />
                ) : (
                  <Tag color="gold" style={{ marginTop: 8 }}>{tx('待核验', 'Awaiting verification')}</Tag>
                )}
              </Card>
            ))}
          </Space>
        )}
      </Card>
      {canReport && <ReportForm id={r.id} onDone={reload} />}
      {canVerify && <VerifyForm id={r.id} onDone={reload} />}
    </Space>
  );
} // prettier-ignore

/** The institution's report: what was done, and up to 5 evidence files (PDF, images, Word, Excel). */
function ReportForm({ id, onDone }: { id: string; onDone: () => void }) {
  const tx = useText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async (v: { text: string }) => {
    setBusy(true);
    setProblem(null);
    const body = new FormData();
    body.append('text', v.text.trim());
    for (const f of files) if (f.originFileObj) body.append('file', f.originFileObj, f.name);
    try {
      await api.post(`/rectifications/${id}/report`, body);
      void message.success(tx('已报告，待监管部门核验', 'Reported: the authority will verify it'));
      form.resetFields();
      setFiles([]);
      onDone();
    } catch (err) {
      setProblem(toApiError(err).problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={tx('报告整改情况', 'Report the rectification')} data-testid="rect-report-form">
      {problem && <ProblemAlert problem={problem} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="text" label={tx('整改情况', 'What was done')} rules={[{ required: true, whitespace: true, min: 2, message: tx('请写明整改情况', 'Describe what was done') }]}>
          <Input.TextArea rows={5} maxLength={5000} showCount data-testid="rect-report-text" />
        </Form.Item>
        <Form.Item label={tx('证明材料（最多 5 个：PDF、图片、Word、Excel）', 'Evidence (up to 5: PDF, images, Word, Excel)')}>
          <div data-testid="rect-report-files">
            <Upload
              multiple
              maxCount={5}
              fileList={files}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList)}
            >
              <Button icon={<UploadOutlined />}>{tx('选择文件', 'Choose files')}</Button>
            </Upload>
          </div>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="rect-report-submit">
          {tx('提交报告', 'Submit report')}
        </Button>
      </Form>
    </Card>
  );
} // prettier-ignore

/** The authority's verification: accepted, or not (with its reason and, if it chooses, a new deadline). */
function VerifyForm({ id, onDone }: { id: string; onDone: () => void }) {
  const tx = useText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ verdict: 'accepted' | 'rejected'; reason: string; newDeadline?: string }>();
  const verdict = Form.useWatch('verdict', form);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async (v: { verdict: 'accepted' | 'rejected'; reason: string; newDeadline?: string }) => {
    setBusy(true);
    setProblem(null);
    try {
      await api.post(`/rectifications/${id}/verify`, {
        verdict: v.verdict,
        reason: v.reason.trim(),
        ...(v.verdict === 'rejected' && v.newDeadline ? { newDeadline: v.newDeadline } : {}),
      });
      void message.success(tx('已核验', 'Verified'));
      onDone();
    } catch (err) {
      setProblem(toApiError(err).problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={tx('核验整改情况', 'Verify the report')} data-testid="rect-verify-form">
      {problem && <ProblemAlert problem={problem} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="verdict" label={tx('核验结论', 'Verdict')} rules={[{ required: true, message: tx('请选择结论', 'Choose the verdict') }]}>
          <Radio.Group data-testid="rect-verdict-choice" options={[
            { value: 'accepted', label: tx('已整改，核验通过', 'Rectified: accept') },
            { value: 'rejected', label: tx('未整改到位，不通过', 'Not rectified: reject') },
          ]} />
        </Form.Item>
        <Form.Item name="reason" label={tx('核验意见', 'Verification note')} rules={[{ required: true, whitespace: true, min: 2, message: tx('请写明核验意见', 'Give the reasons') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="rect-verify-reason" />
        </Form.Item>
        {verdict === 'rejected' && (
          <Form.Item name="newDeadline" label={tx('新的整改期限（可不设）', 'New deadline (optional)')}>
            <Input type="date" data-testid="rect-new-deadline" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="rect-verify-submit">
          {tx('提交核验', 'Submit')}
        </Button>
      </Form>
    </Card>
  );
} // prettier-ignore
