// Shows the facts and parameter values a finding compared, or a parameter's value, as a person reads
// them: numbers and dates as they are, lists of named items (materials, rooms, categories) by their
// names in the reader's language, anything else as compact JSON.
import { Descriptions, Typography } from 'antd';
import { useI18n } from '../../app/i18n';

interface Named {
  name_zh: string;
  name_en?: string;
  alternatives?: unknown[];
}

const isNamed = (v: unknown): v is Named =>
  typeof v === 'object' && v !== null && typeof (v as { name_zh?: unknown }).name_zh === 'string';

/** A named item, with its accepted alternatives ("A（或 B）"). */
function namedText(v: Named, en: boolean): string {
  const name = (n: Named) => (en ? (n.name_en ?? n.name_zh) : n.name_zh);
  const alts = (v.alternatives ?? []).filter(isNamed).map(name);
  if (!alts.length) return name(v);
  return en ? `${name(v)} (or ${alts.join(', ')})` : `${name(v)}（或${alts.join('、')}）`;
}

export function ValueText({ value }: { value: unknown }) {
  const { t, lang } = useI18n();
  const en = lang === 'en';
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (typeof value === 'number' || typeof value === 'string') return <>{String(value)}</>;
  if (isNamed(value)) return <>{namedText(value, en)}</>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
    if (value.every((v) => typeof v === 'string' || typeof v === 'number')) return <>{value.join('、')}</>;
    if (value.every(isNamed)) {
      return (
        <ol style={{ margin: 0, paddingInlineStart: 20, fontWeight: 'normal' }}>
          {value.map((v, i) => (
            <li key={i}>{namedText(v, en)}</li>
          ))}
        </ol>
      );
    }
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
