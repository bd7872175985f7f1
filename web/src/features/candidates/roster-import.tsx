// 导入考生名单: the template to download, the upload, and the per-row report (row, column, reason) — rows
// are registered one by one; refused rows are listed, the others stay registered (decision 0027).
import { Alert, Button, Modal, Space, Table, Tag, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { useText } from '../cases/texts';
import { CandidateProblem } from './candidate-problem';
import { COLUMN_EN, OUTCOME } from './texts';
import type { RosterReport } from './types';

export function RosterImport({ sessionId, onImported }: { sessionId: string; onImported: () => void }) {
  const tx = useText();
  const { lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<RosterReport | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const upload = async (file: File) => {
    setBusy(true);
    setProblem(null);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      setReport(await api.post<RosterReport>(`/evaluation-sessions/${sessionId}/candidates/import`, form));
      onImported();
    } catch (err) {
      setProblem(toApiError(err).problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        href="/api/v1/candidates/roster-template"
        data-testid="roster-template"
      >
        {tx('下载名单模板', 'Roster template')}
      </Button>
      <Upload
        accept=".xlsx"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} data-testid="roster-upload">
          {tx('导入名单', 'Import a roster')}
        </Button>
      </Upload>
      <Modal
        open={report !== null || problem !== null}
        title={tx('名单导入结果', 'Roster import')}
        footer={null}
        width={720}
        onCancel={() => {
          setReport(null);
          setProblem(null);
        }}
      >
        {problem && <CandidateProblem problem={problem} />}
        {report && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert
              type={report.refused > 0 ? 'warning' : 'success'}
              showIcon
              data-testid="roster-report"
              title={tx(
                `共 ${report.rows} 行：登记 ${report.registered} 人，此前已登记 ${report.alreadyRegistered} 人，未登记 ${report.refused} 行`,
                `${report.rows} rows: ${report.registered} registered, ${report.alreadyRegistered} already registered, ${report.refused} not registered`,
              )}
            />
            <Table
              size="small"
              rowKey="row"
              pagination={false}
              dataSource={report.report.filter((r) => r.outcome !== 'registered')}
              columns={[
                { title: tx('行', 'Row'), dataIndex: 'row', width: 60 },
                {
                  title: tx('列', 'Column'),
                  dataIndex: 'column',
                  width: 110,
                  render: (c: string | null) => (c ? (lang === 'en' ? (COLUMN_EN[c] ?? c) : c) : '—'),
                },
                {
                  title: tx('结果', 'Outcome'),
                  dataIndex: 'outcome',
                  width: 110,
                  render: (o: string) => (
                    <Tag color={o === 'refused' ? 'error' : 'default'}>{tx(...(OUTCOME[o] ?? [o, o]))}</Tag>
                  ),
                },
                // The server states the reason in Chinese with the article (the rule's own words).
                { title: tx('原因', 'Reason'), dataIndex: 'reason' },
              ]}
            />
          </Space>
        )}
      </Modal>
    </>
  );
}
