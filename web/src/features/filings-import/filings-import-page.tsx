// 「存量备案导入」 — the system administrator brings in the filings and selections decided before SkillReg
// (docs/decisions/0022-filings-import.md): download the template (Excel or CSV), upload the filled
// sheet (first as a trial that writes nothing, then for real), read the report row by row — what was
// added, updated or unchanged, or every error with its row and column — and see the batches so far.
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { api, toApiError, type ApiError } from '../../app/api';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';

interface ImportIssue {
  row: number;
  column?: string;
  message: string;
}
type Outcome = 'inserted' | 'updated' | 'unchanged';
interface ImportReport {
  fileName: string;
  batchId: string | null;
  dryRun: boolean;
  written: boolean;
  rowsTotal: number;
  inserted: number;
  updated: number;
  unchanged: number;
  issues: ImportIssue[];
  rows: { row: number; filingCode: string; institutionName: string; outcome: Outcome }[];
}
interface Batch {
  id: string;
  fileName: string;
  importedOn: string;
  importedAt: string;
  importedBy: string | null;
  rowsTotal: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

const OUTCOME: Record<Outcome, { zh: string; en: string; color: string }> = {
  inserted: { zh: '新增', en: 'Added', color: 'green' },
  updated: { zh: '更新', en: 'Updated', color: 'blue' },
  unchanged: { zh: '未变', en: 'Unchanged', color: 'default' },
};

export function FilingsImportPage() {
  const tx = useText();
  const [dryRun, setDryRun] = useState(true);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const batches = useApi<{ items: Batch[] }>('/filings-import/batches');

  const upload = async (file: File) => {
    setBusy(true);
    setFailure(null);
    setReport(null);
    const form = new FormData();
    if (dryRun) form.append('dryRun', 'true');
    form.append('file', file, file.name);
    try {
      setReport(await api.post<ImportReport>('/filings-import', form));
      batches.reload();
    } catch (err) {
      const e = toApiError(err);
      const attached = e.problem.extra?.report as ImportReport | undefined;
      if (attached) setReport(attached);
      else setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('存量备案导入', 'Import of existing filings')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '把本系统启用前已备案、已遴选的机构按模板导入机构目录。同一备案编号再次导入不会重复；内容有变化的行会更新该条目录；任何一行有误则整份文件不导入。',
            'Bring the institutions filed or selected before this system into the directory, using the template. Importing a filing code again adds nothing; a changed row updates its entry; a file with any wrong row is not imported at all.',
          )}
        </Typography.Text>
      </div>
      <Card size="small" title={tx('1. 下载模板', '1. Download the template')}>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href="/api/v1/filings-import/template?format=xlsx">
            {tx('Excel 模板', 'Excel template')}
          </Button>
          <Button icon={<DownloadOutlined />} href="/api/v1/filings-import/template?format=csv">
            {tx('CSV 模板', 'CSV template')}
          </Button>
          <Typography.Text type="secondary">
            {tx(
              'Excel 模板的「填写说明」工作表说明了每一列的写法。',
              'The Excel template explains each column on its second sheet.',
            )}
          </Typography.Text>
        </Space>
      </Card>
      <Card size="small" title={tx('2. 上传表格', '2. Upload the sheet')}>
        <Space wrap>
          <Checkbox
            checked={dryRun}
            onChange={(e) => setDryRun(e.target.checked)}
            data-testid="import-dry-run"
          >
            {tx('仅校验（试导入，不写入）', 'Check only (trial, nothing written)')}
          </Checkbox>
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="import-upload">
              {tx('选择文件并上传', 'Choose a file and upload')}
            </Button>
          </Upload>
        </Space>
      </Card>
      {failure && <ProblemResult error={failure} />}
      {report && <ReportCard report={report} />}
      <Card size="small" title={tx('已导入的批次', 'Batches imported')}>
        {batches.error ? (
          <ProblemResult error={batches.error} onRetry={batches.reload} />
        ) : (
          <Table<Batch>
            rowKey="id"
            size="small"
            loading={batches.loading}
            dataSource={batches.data?.items ?? []}
            pagination={false}
            scroll={{ x: true }}
            columns={[
              { title: tx('文件', 'File'), dataIndex: 'fileName' },
              { title: tx('导入日期', 'Date'), dataIndex: 'importedOn' },
              {
                title: tx('导入人', 'By'),
                dataIndex: 'importedBy',
                render: (v: string | null) =>
                  v ?? tx('系统（命令行或演示数据）', 'System (command line or demo data)'),
              },
              { title: tx('行数', 'Rows'), dataIndex: 'rowsTotal' },
              { title: tx('新增', 'Added'), dataIndex: 'inserted' },
              { title: tx('更新', 'Updated'), dataIndex: 'updated' },
              { title: tx('未变', 'Unchanged'), dataIndex: 'unchanged' },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}

function ReportCard({ report }: { report: ImportReport }) {
  const tx = useText();
  const ok = report.issues.length === 0;
  const summary = tx(
    `共 ${report.rowsTotal} 行：新增 ${report.inserted}，更新 ${report.updated}，未变 ${report.unchanged}`,
    `${report.rowsTotal} rows: ${report.inserted} added, ${report.updated} updated, ${report.unchanged} unchanged`,
  );
  return (
    <Card
      size="small"
      title={tx(`导入报告：${report.fileName}`, `Report: ${report.fileName}`)}
      data-testid="import-report"
    >
      {ok ? (
        <Alert
          type={report.written ? 'success' : 'info'}
          showIcon
          message={
            report.written
              ? tx('已导入。', 'Imported.') + summary
              : tx('校验通过（试导入，未写入）。', 'All rows are valid (trial, nothing written). ') + summary
          }
        />
      ) : (
        <Alert
          type="error"
          showIcon
          message={tx(
            `文件有 ${report.issues.length} 处错误，未导入任何数据。请改正后重新上传。`,
            `The file has ${report.issues.length} error(s); nothing was imported. Correct them and upload again.`,
          )}
        />
      )}
      {!ok && (
        <Table<ImportIssue>
          style={{ marginTop: 12 }}
          size="small"
          rowKey={(r, i) => `${r.row}-${r.column ?? ''}-${i}`}
          dataSource={report.issues}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
          data-testid="import-issues"
          columns={[
            {
              title: tx('行', 'Row'),
              dataIndex: 'row',
              width: 70,
              render: (v: number) => (v > 0 ? v : tx('整个文件', 'file')),
            },
            { title: tx('列', 'Column'), dataIndex: 'column', width: 160, render: (v?: string) => v ?? '—' },
            { title: tx('问题', 'Problem'), dataIndex: 'message' },
          ]}
        />
      )}
      {ok && report.rows.length > 0 && (
        <Table
          style={{ marginTop: 12 }}
          size="small"
          rowKey="row"
          dataSource={report.rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
          columns={[
            { title: tx('行', 'Row'), dataIndex: 'row', width: 70 },
            { title: tx('备案编号', 'Filing code'), dataIndex: 'filingCode' },
            { title: tx('机构名称', 'Institution'), dataIndex: 'institutionName' },
            {
              title: tx('结果', 'Result'),
              dataIndex: 'outcome',
              render: (o: Outcome) => <Tag color={OUTCOME[o].color}>{tx(OUTCOME[o].zh, OUTCOME[o].en)}</Tag>,
            },
          ]}
        />
      )}
    </Card>
  );
}
