// 「证书数据上报」 (issue 11 point 6, decision 0031): an institution downloads the template, uploads its
// certificate data (CSV or Excel, up to a million rows) and follows the background job — rows read,
// registered, refused, already present, the rate and the time left — which keeps running if the page is
// closed: the job followed is in the address (?upload=…), so a reload shows it again. Cancel stops it
// before its next batch; the refused rows download as Excel. Authorities see the uploads of the
// institutions they supervise.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Progress, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, StopOutlined, UploadOutlined } from '@ant-design/icons';
import { api, toApiError, type ApiError } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useAuth } from '../../app/auth';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';

type Status = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
interface UploadJob {
  id: string;
  institutionName: string;
  fileName: string;
  fileSize: number;
  status: Status;
  cancelRequested: boolean;
  failure: string | null;
  rowsRead: number;
  accepted: number;
  rejected: number;
  alreadyPresent: number;
  progress: number;
  rowsPerSecond: number | null;
  secondsLeft: number | null;
  createdAt: string;
  finishedAt: string | null;
  abilities: { cancel: boolean; report: boolean };
}
interface Rejection {
  row: number;
  column: string;
  reason: string;
}

const STATUS: Record<Status, { zh: string; en: string; color: string }> = {
  queued: { zh: '排队中', en: 'Queued', color: 'default' },
  running: { zh: '处理中', en: 'Running', color: 'processing' },
  succeeded: { zh: '已完成', en: 'Finished', color: 'success' },
  failed: { zh: '失败', en: 'Failed', color: 'error' },
  cancelled: { zh: '已取消', en: 'Cancelled', color: 'warning' },
};
const live = (s: Status) => s === 'queued' || s === 'running';
const n = (v: number) => v.toLocaleString('zh-CN');

function timeLeft(tx: (zh: string, en: string) => string, s: number | null): string {
  if (s === null) return tx('估算中', 'estimating');
  if (s < 60) return tx(`约 ${s} 秒`, `about ${s} s`);
  return tx(`约 ${Math.ceil(s / 60)} 分钟`, `about ${Math.ceil(s / 60)} min`);
}

function JobCard({ id, onChanged }: { id: string; onChanged: () => void }) {
  const tx = useText();
  const [job, setJob] = useState<UploadJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [nonce, setNonce] = useState(0);
  const rejections = useApi<{ items: Rejection[] }>(
    job && !live(job.status) && job.rejected > 0 ? `/certificate-uploads/${id}/rejections?${nonce}` : null,
  );

  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const j = await api.get<UploadJob>(`/certificate-uploads/${id}`);
        if (stop) return;
        setJob(j);
        setError(null);
        if (live(j.status)) timer = setTimeout(() => void load(), 1000);
        else onChanged();
      } catch (err) {
        if (!stop) setError(toApiError(err));
      }
    };
    void load();
    return () => {
      stop = true;
      if (timer) clearTimeout(timer);
    };
  }, [id, nonce, onChanged]);

  if (error) return <ProblemResult error={error} />;
  if (!job) return <Card size="small" loading />;
  const cancel = async () => {
    try {
      await api.post(`/certificate-uploads/${id}/cancel`);
      setNonce((x) => x + 1);
    } catch (err) {
      setError(toApiError(err));
    }
  };
  const st = STATUS[job.status];
  return (
    <Card
      size="small"
      data-testid="upload-job"
      data-upload-id={job.id}
      title={
        <Space wrap>
          <span>{job.fileName}</span>
          <Tag color={st.color} data-testid="upload-status">
            {tx(st.zh, st.en)}
          </Tag>
        </Space>
      }
      extra={
        job.abilities.cancel ? (
          <Button icon={<StopOutlined />} danger onClick={() => void cancel()} data-testid="upload-cancel">
            {tx('取消上报', 'Cancel')}
          </Button>
        ) : null
      }
    >
      <Progress
        percent={Math.floor(job.progress * 100)}
        status={job.status === 'failed' ? 'exception' : live(job.status) ? 'active' : 'normal'}
      />
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} style={{ marginTop: 8 }}>
        <Descriptions.Item label={tx('已读取行', 'Rows read')}>
          <span data-testid="upload-rows-read">{n(job.rowsRead)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={tx('已登记', 'Registered')}>
          <span data-testid="upload-accepted">{n(job.accepted)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={tx('未登记', 'Refused')}>
          <span data-testid="upload-rejected">{n(job.rejected)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={tx('登记册中已有', 'Already in the register')}>
          <span data-testid="upload-present">{n(job.alreadyPresent)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={tx('速度', 'Rate')}>
          {job.rowsPerSecond === null
            ? '—'
            : tx(`${n(job.rowsPerSecond)} 行/秒`, `${n(job.rowsPerSecond)} rows/s`)}
        </Descriptions.Item>
        <Descriptions.Item label={tx('剩余时间', 'Time left')}>
          {live(job.status) ? timeLeft(tx, job.secondsLeft) : '—'}
        </Descriptions.Item>
      </Descriptions>
      {job.alreadyPresent > 0 && !live(job.status) && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 8 }}
          title={tx(
            `${n(job.alreadyPresent)} 行已在登记册中（同一证书重复上报），未重复登记。`,
            `${n(job.alreadyPresent)} rows were already in the register (the same certificate uploaded again) and were not registered twice.`,
          )}
        />
      )}
      {job.cancelRequested && live(job.status) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={tx('已请求取消：当前一批完成后停止。', 'Cancel requested: stops after the current batch.')}
        />
      )}
      {job.failure && <Alert type="error" showIcon style={{ marginTop: 8 }} title={job.failure} />}
      {job.status === 'cancelled' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={tx(
            `上报已取消：此前已提交的 ${n(job.accepted)} 张证书保留在登记册中。`,
            `Upload cancelled: the ${n(job.accepted)} certificates committed before stay in the register.`,
          )}
        />
      )}
      {job.abilities.report && !live(job.status) && (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Space wrap>
            <Typography.Text strong>{tx('未登记的行', 'Refused rows')}</Typography.Text>
            <Button
              size="small"
              icon={<DownloadOutlined />}
              href={`/api/v1/certificate-uploads/${id}/rejections.xlsx`}
              data-testid="upload-report"
            >
              {tx('下载报告（Excel）', 'Download the report (Excel)')}
            </Button>
          </Space>
          <Table<Rejection>
            rowKey="row"
            size="small"
            loading={rejections.loading}
            dataSource={rejections.data?.items ?? []}
            pagination={false}
            scroll={{ x: true }}
            columns={[
              { title: tx('行号', 'Row'), dataIndex: 'row', width: 80 },
              { title: tx('列', 'Column'), dataIndex: 'column', width: 160 },
              { title: tx('原因', 'Reason'), dataIndex: 'reason' },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}

export function CertificateUploadsPage() {
  const tx = useText();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const selected = params.get('upload');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const list = useApi<{ items: UploadJob[] }>('/certificate-uploads');
  const canUpload = user?.role === 'institution_staff';

  const upload = async (file: File) => {
    setBusy(true);
    setFailure(null);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const job = await api.post<UploadJob>('/certificate-uploads', form);
      setParams({ upload: job.id });
      list.reload();
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('证书数据上报', 'Certificate data uploads')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '在本系统以外颁发的证书和历史证书，按模板上报到证书登记册（CSV 或 Excel，每个文件最多 100 万行）。每一行都会校验；超出备案范围或数据有误的行不予登记（《技能人才评价违纪违规行为处理工作指引（试行）》第十五条）。同一文件再次上报不会重复登记。上报在后台进行，可以离开本页。',
            'Upload certificates issued outside this system, and your history, to the certificate register using the template (CSV or Excel, up to 1,000,000 rows a file). Every row is checked; rows outside the filed scope or with wrong data are not registered (mohrss-violations §15). Uploading the same file again registers nothing twice. The upload runs in the background: you may leave this page.',
          )}
        </Typography.Text>
      </div>
      {canUpload && (
        <Card size="small" title={tx('上报', 'Upload')}>
          <Space wrap>
            <Button icon={<DownloadOutlined />} href="/api/v1/certificate-uploads/template?format=xlsx">
              {tx('Excel 模板', 'Excel template')}
            </Button>
            <Button icon={<DownloadOutlined />} href="/api/v1/certificate-uploads/template?format=csv">
              {tx('CSV 模板', 'CSV template')}
            </Button>
            <Upload
              accept=".xlsx,.csv"
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="upload-file">
                {tx('选择文件并上报', 'Choose a file and upload')}
              </Button>
            </Upload>
          </Space>
        </Card>
      )}
      {failure && <ProblemResult error={failure} />}
      {selected && <JobCard key={selected} id={selected} onChanged={list.reload} />}
      <Card size="small" title={tx('上报记录', 'Uploads')}>
        {list.error ? (
          <ProblemResult error={list.error} onRetry={list.reload} />
        ) : (
          <Table<UploadJob>
            rowKey="id"
            size="small"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: true }}
            onRow={(r) => ({ onClick: () => setParams({ upload: r.id }), style: { cursor: 'pointer' } })}
            columns={[
              { title: tx('文件', 'File'), dataIndex: 'fileName' },
              ...(canUpload ? [] : [{ title: tx('机构', 'Institution'), dataIndex: 'institutionName' }]),
              {
                title: tx('状态', 'Status'),
                dataIndex: 'status',
                render: (s: Status) => <Tag color={STATUS[s].color}>{tx(STATUS[s].zh, STATUS[s].en)}</Tag>,
              },
              { title: tx('已登记', 'Registered'), dataIndex: 'accepted', render: n },
              { title: tx('未登记', 'Refused'), dataIndex: 'rejected', render: n },
              { title: tx('已存在', 'Already present'), dataIndex: 'alreadyPresent', render: n },
              {
                title: tx('上报时间', 'Uploaded'),
                dataIndex: 'createdAt',
                render: (v: string) => v.slice(0, 16).replace('T', ' '),
              },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
