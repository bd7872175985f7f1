// The rules' findings as both sides see them: passed / failed / needs judgement, the message, the
// article (citationText + citationZh) and the values compared.
import { Collapse, Descriptions, List, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { useI18n, type Translate } from '../../app/i18n';
import { label } from '../../app/labels';
import type { MessageKey } from '../../i18n/zh-CN';
import type { CitationView, FindingView } from './types';
import { useText } from './texts';

export function PassedTag({
  passed,
  notSubmitted,
}: {
  passed: FindingView['passed'];
  /** A check that failed because materials are not submitted yet: 未提交, not 不符合. */
  notSubmitted?: boolean;
}) {
  const tx = useText();
  if (passed === false && notSubmitted) return <Tag color="warning">{tx('未提交', 'Not submitted')}</Tag>;
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
  const { lang } = useI18n();
  if (citations.length === 0) return null;
  return (
    <Space wrap size={4}>
      {/* The citation keeps the regulation's numbering; its Chinese reading only in Chinese. */}
      {citations.map((c) => (
        <Tag key={c.citationText} title={lang === 'en' ? undefined : c.citationZh} data-testid="citation">
          {lang === 'en' ? c.citationText : `${c.citationText}（${c.citationZh}）`}
        </Tag>
      ))}
    </Space>
  );
}

/**
 * Names of the values the rules compare, for people: a key not listed shows as it is. The message
 * already states the comparison in words; the values are the detail behind it.
 */
const VALUE_LABELS: Record<string, [zh: string, en: string]> = {
  actual: ['实际', 'actual'],
  minimum: ['最低要求', 'minimum'],
  maximum: ['上限', 'maximum'],
  limit: ['上限', 'limit'],
  required: ['要求', 'required'],
  provided: ['已提供', 'provided'],
  missing: ['缺少', 'missing'],
  unknown: ['未知', 'unknown'],
  occupation: ['职业（工种）', 'occupation'],
  occupations: ['职业（工种）', 'occupations'],
  level: ['等级', 'level'],
  levels: ['等级', 'levels'],
  count: ['数量', 'count'],
  n: ['数量', 'n'],
  others: ['其他机构', 'others'],
  holders: ['已备案机构', 'holders'],
  field: ['领域', 'field'],
  years: ['年数', 'years'],
  months: ['月数', 'months'],
  days: ['天数', 'days'],
  area: ['面积（m²）', 'area (m²)'],
  seats: ['座位数', 'seats'],
  spacing: ['间距（cm）', 'spacing (cm)'],
  volume: ['培训规模（人次）', 'volume (person-times)'],
  applies: ['适用', 'applies'],
  legalForm: ['法人类型', 'legal form'],
  validFrom: ['有效期起', 'valid from'],
  validTo: ['有效期止', 'valid to'],
  publishedOn: ['公布日期', 'published on'],
  endsOn: ['截止日期', 'ends on'],
  founded: ['成立日期', 'founded'],
  panelSize: ['评审组人数', 'panel size'],
  opinions: ['评审意见', 'opinions'],
  objections: ['异议', 'objections'],
  branches: ['分支机构', 'branches'],
  scopes: ['认定范围', 'scopes'],
  role: ['角色', 'role'],
  outside: ['范围外', 'outside'],
  notReplaced: ['未更换', 'not replaced'],
  parentState: ['主体机构办理状态', 'parent state'],
  violation: ['违规情形', 'violation'],
  decoupledFromSupervisor: ['已与主管部门脱钩', 'decoupled from supervisor'],
};

function valueText(v: unknown, lang: string, t: Translate): string {
  if (v === null || v === undefined) return '—';
  // An identifier (a legal form, a kind …) by its name from the dictionary of enumerations.
  if (typeof v === 'string' && /^[a-z]+(_[a-z]+)*$/.test(v)) return label(t, 'value', v);
  if (typeof v === 'boolean') return lang === 'en' ? (v ? 'yes' : 'no') : v ? '是' : '否';
  if (Array.isArray(v))
    return v.filter((x) => typeof x !== 'object' || x === null).join(lang === 'en' ? ', ' : '、') || '—';
  if (typeof v === 'object') return '—';
  return String(v);
}

function FindingValues({ values }: { values: Record<string, unknown> }) {
  const { lang, t } = useI18n();
  // Only the values that have a name for people; the message states the comparison in words, so an
  // internal detail (a parameter id, a nested record) is left out rather than shown raw.
  const entries = Object.entries(values).filter(
    ([k, v]) => VALUE_LABELS[k] && (typeof v !== 'object' || v === null || Array.isArray(v)),
  );
  if (entries.length === 0) return null;
  return (
    <Descriptions
      size="small"
      column={3}
      style={{ marginTop: 4 }}
      items={entries.map(([k, v]) => ({
        key: k,
        label: VALUE_LABELS[k]![lang === 'en' ? 1 : 0],
        children: Array.isArray(v)
          ? v.map((x) => valueText(x, lang, t)).join(lang === 'en' ? ', ' : '、') || '—'
          : valueText(v, lang, t),
      }))}
    />
  );
}

export function FindingsList({ findings, compact }: { findings: FindingView[]; compact?: boolean }) {
  if (findings.length === 0) return null;
  return <FindingItems findings={findings} compact={compact} />;
}

/**
 * An option the authority may record, by name: the server sends "认定符合（true）", the value in the
 * brackets is looked up in the dictionary (option.<value>), never shown itself.
 */
export function optionText(option: string, t: Translate): string {
  const m = /^(.*)（([A-Za-z_]+)）$/.exec(option);
  if (!m) return option;
  const key = `option.${m[2]}` as MessageKey;
  const named = t(key);
  return named === key ? m[1]! : named;
}

function FindingItems({ findings, compact }: { findings: FindingView[]; compact?: boolean | undefined }) {
  const { lang, t } = useI18n();
  return (
    <List
      size="small"
      dataSource={findings}
      data-testid="findings"
      renderItem={(f) => (
        <List.Item style={{ display: 'block' }}>
          <Space wrap size={6}>
            <PassedTag passed={f.passed} notSubmitted={/material/i.test(f.ruleId) || 'missing' in f.values} />
            <Typography.Text>{lang === 'en' ? f.message_en : f.message_zh}</Typography.Text>
            <Typography.Text type="secondary">
              {/* The citation keeps the regulation's numbering; its Chinese reading only in Chinese. */}
              {lang === 'en' ? f.citationText : `${f.citationText}（${f.citationZh}）`}
            </Typography.Text>
          </Space>
          {!compact && <FindingValues values={f.values} />}
          {f.options && f.options.length > 0 && (
            <Typography.Text type="secondary">
              {t('finding.mayRecord')}：
              {f.options.map((o) => optionText(o, t)).join(lang === 'en' ? '; ' : '；')}
            </Typography.Text>
          )}
        </List.Item>
      )}
    />
  );
}

/**
 * The findings of one event in the case history: what failed or awaits judgement in full, the
 * conditions met folded into one line — a filing's assessment has dozens, and the history would
 * otherwise run for pages.
 */
export function EventFindings({ findings }: { findings: FindingView[] }) {
  const tx = useText();
  const open = findings.filter((f) => f.passed !== true);
  const met = findings.filter((f) => f.passed === true);
  return (
    <>
      <FindingsList findings={open} />
      {met.length > 0 && (
        <Collapse
          size="small"
          ghost
          data-testid="event-met-findings"
          items={[
            {
              key: 'met',
              label: tx(`符合的条件（${met.length} 项）`, `Conditions met (${met.length})`),
              children: <FindingsList compact findings={met} />,
            },
          ]}
        />
      )}
    </>
  );
}
