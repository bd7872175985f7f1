// Shows the facts and parameter values a finding compared, or a parameter's value, as plain text.
import { Descriptions, Typography } from 'antd';
import { useI18n } from '../../app/i18n';

/** One value as text: numbers and strings as they are, booleans as 是/否, the rest as compact JSON. */
export function ValueText({ value }: { value: unknown }) {
  const { t } = useI18n();
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (typeof value === 'number' || typeof value === 'string') return <>{String(value)}</>;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return <>{value.length ? value.join('、') : '—'}</>;
  }
  return (
    <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {JSON.stringify(value)}
    </Typography.Text>
  );
}

export function ValuesTable({ values }: { values: Record<string, unknown> }) {
  const entries = Object.entries(values);
  if (entries.length === 0) return null;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      styles={{ label: { width: 200, fontFamily: 'monospace', fontSize: 12 } }}
      items={entries.map(([k, v]) => ({ key: k, label: k, children: <ValueText value={v} /> }))}
    />
  );
}
