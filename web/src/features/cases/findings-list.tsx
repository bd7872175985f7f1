// The rules' findings as both sides see them: passed / failed / needs judgement, the message, the
// article (citationText + citationZh) and the values compared.
import { Descriptions, List, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import type { CitationView, FindingView } from './types';
import { useText } from './texts';

export function PassedTag({ passed }: { passed: FindingView['passed'] }) {
  const tx = useText();
  if (passed === true)
    return (
      <Tag color="success" icon={<CheckCircleFilled />}>
        {tx('符合', 'Met')}
      </Tag>
    );
  if (passed === false)
    return (
      <Tag color="error" icon={<CloseCircleFilled />}>
        {tx('不符合', 'Not met')}
      </Tag>
    );
  return (
    <Tag color="warning" icon={<QuestionCircleFilled />}>
      {tx('待认定', 'Needs judgement')}
    </Tag>
  );
}

export function Citations({ citations }: { citations: CitationView[] }) {
  if (citations.length === 0) return null;
  return (
    <Space wrap size={4}>
      {citations.map((c) => (
        <Tag key={c.citationText} title={c.citationZh} data-testid="citation">
          {c.citationText}（{c.citationZh}）
        </Tag>
      ))}
    </Space>
  );
}

function valueText(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function FindingsList({ findings, compact }: { findings: FindingView[]; compact?: boolean }) {
  const { lang } = useI18n();
  if (findings.length === 0) return null;
  return (
    <List
      size="small"
      dataSource={findings}
      data-testid="findings"
      renderItem={(f) => (
        <List.Item style={{ display: 'block' }}>
          <Space wrap size={6}>
            <PassedTag passed={f.passed} />
            <Typography.Text>{lang === 'en' ? f.message_en : f.message_zh}</Typography.Text>
            <Typography.Text type="secondary">
              {f.citationText}（{f.citationZh}）
            </Typography.Text>
          </Space>
          {!compact && Object.keys(f.values).length > 0 && (
            <Descriptions
              size="small"
              column={3}
              style={{ marginTop: 4 }}
              items={Object.entries(f.values).map(([k, v]) => ({ key: k, label: k, children: valueText(v) }))}
            />
          )}
          {f.options && f.options.length > 0 && (
            <Typography.Text type="secondary">{f.options.join('；')}</Typography.Text>
          )}
        </List.Item>
      )}
    />
  );
}
