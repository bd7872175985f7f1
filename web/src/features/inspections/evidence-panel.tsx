// An inspection's evidence (1x-selection §25: the copies, photos and minutes of 审查材料、实地考察、走访座谈),
// inside its row on the round page: the files with a download link, and — for the round's authority
// while the inspection is open — an upload of up to 5 files (PDF, images, Word, Excel; the server checks
// each file's real type). Once concluded the record is closed and only the list shows.
import { App, Button, Space, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { useApi } from '../../app/use-api';
import { ProblemAlert } from '../../app/problems';
import { useText } from '../cases/texts';

export interface EvidenceItem {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  uploadedAt: string;
}

const MAX_FILES = 5;
const kb = (n: number) => `${Math.max(1, Math.round(n / 1024))} KB`;

export function EvidencePanel({ inspectionId, canUpload }: { inspectionId: string; canUpload: boolean }) {
  const tx = useText();
  const { message } = App.useApp();
  const list = useApi<{ items: EvidenceItem[] }>(`/inspections/${inspectionId}/evidence`);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const send = async () => {
    setBusy(true);
    setProblem(null);
    const body = new FormData();
    for (const f of files) if (f.originFileObj) body.append('file', f.originFileObj, f.name);
    try {
      await api.post(`/inspections/${inspectionId}/evidence`, body);
      void message.success(tx('检查证据已上传', 'Evidence uploaded'));
      setFiles([]);
      list.reload();
    } catch (err) {
      setProblem(toApiError(err).problem);
    } finally {
      setBusy(false);
    }
  };
  const items = list.data?.items ?? [];
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid="inspection-evidence">
      <Typography.Text strong>{tx('检查证据', 'Evidence')}</Typography.Text>
      {list.error && <ProblemAlert problem={list.error.problem} />}
      {items.length === 0 && list.data && (
        <Typography.Text type="secondary">{tx('尚无检查证据', 'No evidence yet')}</Typography.Text>
      )}
      {items.map((e) => (
        <a key={e.id} href={`/api/v1/inspections/${inspectionId}/evidence/${e.id}`} data-testid="inspection-evidence-file">
          <PaperClipOutlined /> {e.name}（{kb(e.size)}）
        </a>
      ))}
      {canUpload && (
        <>
          {problem && <ProblemAlert problem={problem} />}
          <Space wrap align="start">
            <Upload
              multiple
              maxCount={MAX_FILES}
              fileList={files}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList)}
              data-testid="inspection-evidence-files"
            >
              <Button size="small" icon={<UploadOutlined />}>
                {tx(`选择文件（最多 ${MAX_FILES} 个：PDF、图片、Word、Excel）`, `Choose files (up to ${MAX_FILES}: PDF, images, Word, Excel)`)}
              </Button>
            </Upload>
            <Button size="small" type="primary" disabled={files.length === 0} loading={busy} onClick={() => void send()} data-testid="inspection-evidence-upload">
              {tx('上传证据', 'Upload')}
            </Button>
          </Space>
        </>
      )}
    </Space>
  );
} // prettier-ignore
