// 「批量核验」 (issue 12 point 2): the signed-in verifier uploads a CSV or XLSX (证书编号, or 姓名 + 证件号码
// [+ 证件类型]; templates to download), the server checks it with the same use case and the same daily
// quota as the API, and the page shows each row's result (有效 / 无效 / 未查到) and offers the result file.
import { useState } from 'react';
import { Alert, Button, Card, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { api, toApiError, type ApiError } from '../../app/api';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { ReadRightsNotice } from './read-rights-notice';
import { RESULT, when, type BatchResult, type VerifierOrganisationDetail } from './types';

interface SheetRow {
  row: number;
  certificateNumber: string | null;
  name: string | null;
  documentMasked: string | null;
  result: BatchResult;
}

interface SheetAnswer {
  checkedAt: string;
  rows: SheetRow[];
  counts: Record<BatchResult, number>;
  file: { fileName: string; base64: string };
}

function download(file: SheetAnswer['file']) {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(
    new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function VerifierBatchPage() {
  const tx = useText();
  const org = useApi<VerifierOrganisationDetail>('/verifier/organisation');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [answer, setAnswer] = useState<SheetAnswer | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setFailure(null);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      setAnswer(await api.post<SheetAnswer>('/verifier/batch-checks', form));
      org.reload();
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const o = org.data;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('批量核验', 'Batch verification')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '按模板上传 CSV 或 Excel：每行填写证书编号，或姓名和证件号码（证件类型可不填，默认居民身份证）。一次最多 1,000 行，计入本单位每日核验额度。结果只有“有效 / 无效（已注销或撤销）/ 未查到”。',
            'Upload a CSV or Excel file from the template: each row a certificate number, or a name and document number (the type defaults to the resident ID). Up to 1,000 rows, counted against the daily quota. The result is only valid / invalid (invalidated or withdrawn) / not found.',
          )}
        </Typography.Text>
      </div>
      {o && <ReadRightsNotice org={o} />}
      {org.error && <ProblemResult error={org.error} onRetry={org.reload} />}
      <Card size="small" title={tx('上传', 'Upload')}>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href="/api/v1/verifier/batch-template?format=xlsx">
            {tx('Excel 模板', 'Excel template')}
          </Button>
          <Button icon={<DownloadOutlined />} href="/api/v1/verifier/batch-template?format=csv">
            {tx('CSV 模板', 'CSV template')}
          </Button>
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            disabled={!!o?.readRights.revoked}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button
              type="primary"
              icon={<UploadOutlined />}
              loading={busy}
              disabled={!!o?.readRights.revoked}
              data-testid="batch-upload"
            >
              {tx('选择文件并核验', 'Choose a file and verify')}
            </Button>
          </Upload>
          {o && (
            <Typography.Text type="secondary">
              {tx(
                `今日已用 ${o.usedToday.toLocaleString()} / ${o.dailyQuota.toLocaleString()} 张`,
                `Used today ${o.usedToday.toLocaleString()} of ${o.dailyQuota.toLocaleString()}`,
              )}
            </Typography.Text>
          )}
        </Space>
      </Card>
      {failure && <ProblemResult error={failure} />}
      {answer && (
        <Card
          size="small"
          title={`${tx('核验结果', 'Results')} · ${when(answer.checkedAt)}`}
          extra={
            <Button
              icon={<DownloadOutlined />}
              onClick={() => download(answer.file)}
              data-testid="download-results"
            >
              {tx('下载结果（Excel）', 'Download (Excel)')}
            </Button>
          }
        >
          <Space wrap size={32} style={{ marginBottom: 12 }}>
            {(['valid', 'invalid', 'not_found'] as const).map((r) => (
              <Statistic key={r} title={tx(RESULT[r].zh, RESULT[r].en)} value={answer.counts[r]} />
            ))}
          </Space>
          {answer.counts.invalid > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={tx(
                '“无效”的证书已被注销或撤销，不能作为持证依据。',
                '“Invalid” certificates were invalidated or withdrawn and prove nothing.',
              )}
            />
          )}
          <Table<SheetRow>
            rowKey="row"
            size="small"
            dataSource={answer.rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: true }}
            data-testid="batch-results"
            columns={[
              { title: tx('行号', 'Row'), dataIndex: 'row', width: 70 },
              {
                title: tx('证书编号 / 持证人', 'Number / holder'),
                render: (_, r) =>
                  r.certificateNumber ?? (
                    <span>
                      {r.name} <Typography.Text type="secondary">{r.documentMasked}</Typography.Text>
                    </span>
                  ),
              },
              {
                title: tx('核验结果', 'Result'),
                dataIndex: 'result',
                render: (r: BatchResult) => (
                  <Tag color={RESULT[r].color}>{tx(RESULT[r].zh, RESULT[r].en)}</Tag>
                ),
              },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
