// The materials checklist of a case: each item with the article that asks for it, whether it is
// provided, its files with every version (a correction keeps the replaced file, superseded), downloads,
// and — while the applicant may edit — an upload button (multipart) per item.
import { App, Button, List, Progress, Space, Tag, Tooltip, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { toApiError } from '../../app/api';
import { uploadCaseMaterial } from './case-api';
import type { CaseDetail, ChecklistItemView } from './types';
import { dateTime, useText } from './texts';

const size = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

function ItemUpload({
  caseId,
  item,
  onDone,
}: {
  caseId: string;
  item: ChecklistItemView;
  onDone: () => void;
}) {
  const tx = useText();
  const { notification } = App.useApp();
  const [busy, setBusy] = useState(false);
  const current = item.files.filter((f) => f.current);
  // A one-file item is simply replaced; a fuller item replaces its oldest file once full.
  const replaces = current.length >= item.maxFiles ? current[0]?.id : undefined;
  return (
    <Upload
      accept={item.extensions.join(',')}
      showUploadList={false}
      customRequest={({ file }) => {
        setBusy(true);
        uploadCaseMaterial(caseId, item.id, file as File, replaces).then(
          () => {
            setBusy(false);
            notification.success({ title: tx('已上传', 'Uploaded'), description: (file as File).name });
            onDone();
          },
          (err: unknown) => {
            setBusy(false);
            const e = toApiError(err);
            notification.error({ title: e.problem.title, description: e.problem.detail });
          },
        );
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={busy} data-testid={`upload-${item.id}`}>
        {current.length > 0 ? tx('更换/补充', 'Replace / add') : tx('上传', 'Upload')}
      </Button>
    </Upload>
  );
}

export function MaterialsPanel({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const tx = useText();
  const m = detail.materials;
  const percent = m.required === 0 ? 100 : Math.round((m.provided / m.required) * 100);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="materials">
      <Space wrap>
        <Progress type="circle" size={56} percent={percent} status={m.complete ? 'success' : 'active'} />
        <Typography.Text strong>
          {m.complete
            ? tx('必备材料已齐全', 'All required materials provided')
            : tx(
                `必备材料 ${m.provided}/${m.required}，尚缺 ${m.missing.length} 项`,
                `${m.provided}/${m.required} required provided`,
              )}
        </Typography.Text>
        {!m.canUpload && (
          <Typography.Text type="secondary">
            {tx('当前状态不能修改材料', 'Materials cannot be changed now')}
          </Typography.Text>
        )}
      </Space>
      <List
        bordered
        dataSource={m.items}
        renderItem={(item) => (
          <List.Item
            data-testid={`material-${item.id}`}
            actions={
              m.canUpload
                ? [<ItemUpload key="u" caseId={detail.case.id} item={item} onDone={onChanged} />]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  {item.status === 'provided' ? (
                    <Tag color="success">{tx('已提供', 'Provided')}</Tag>
                  ) : item.status === 'missing' ? (
                    <Tag color="warning">{tx('未提交', 'Not submitted')}</Tag>
                  ) : (
                    <Tag>{tx('选交', 'Optional')}</Tag>
                  )}
                  <span>{tx(item.title_zh, item.title_en)}</span>
                  <Tooltip title={item.citation.citationZh}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.citation.citationText}
                    </Typography.Text>
                  </Tooltip>
                </Space>
              }
              description={
                <>
                  {tx(item.note_zh ?? '', item.note_en ?? '') && (
                    <div>{tx(item.note_zh ?? '', item.note_en ?? '')}</div>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {tx('格式', 'Formats')}：{item.extensions.join(' ')} · {tx('最多', 'max')} {item.maxFiles}
                  </Typography.Text>
                  {item.files.map((f) => (
                    <div key={f.id} style={{ opacity: f.current ? 1 : 0.55 }}>
                      <a
                        href={`/api/v1/cases/${detail.case.id}/materials/${f.id}/file`}
                        data-testid="material-file"
                      >
                        <DownloadOutlined /> {f.originalName}
                      </a>{' '}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        v{f.version} · {size(f.size)} · {dateTime(f.uploadedAt)}
                        {!f.current && ` · ${tx('已被替换', 'superseded')}`}
                      </Typography.Text>
                    </div>
                  ))}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Space>
  );
}
