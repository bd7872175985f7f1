// 试算: run one of a regime's checks on facts the user fills in (a form generated from the check's
// facts schema, or the JSON itself), as of a date, through POST /api/v1/rules/evaluate — the same
// entry point the workflows use. The form starts from the check's own example.
import {
  Alert,
  Button,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  Row,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { PlayCircleOutlined, UndoOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { fieldMessage, markFields, ProblemAlert } from '../../app/problems';
import { FindingsView } from './findings-view';
import { canDrawForm, FactsFields } from './schema-form';
import type { Check, Evaluation, Rule } from './types';
import { ruleName } from './article-list';

type Mode = 'form' | 'json';
const pretty = (v: unknown) => JSON.stringify(v ?? {}, null, 2);

interface Props {
  checks: Check[];
  /** The catalogue's rules, to name the rules a check applies. */
  rules: Map<string, Rule>;
  /** Pre-selected check (from the URL). */
  initialCheck?: string;
}

export function EvaluatePanel({ checks, rules, initialCheck }: Props) {
  const { t, lang } = useI18n();
  const [checkName, setCheckName] = useState<string | undefined>(
    checks.some((c) => c.name === initialCheck) ? initialCheck : checks[0]?.name,
  );
  const check = checks.find((c) => c.name === checkName);

  if (!check) return <Empty description={t('rules.noChecks')} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Select
        value={check.name}
        onChange={setCheckName}
        style={{ width: '100%', maxWidth: 640 }}
        options={checks.map((c) => ({
          value: c.name,
          label: lang === 'en' ? c.title_en : c.title_zh,
          title: c.name,
        }))}
        aria-label={t('rules.check')}
        data-testid="check-select"
      />
      {/* Keyed by check: switching checks starts again from the new check's example. */}
      <CheckRunner key={check.name} check={check} rules={rules} />
    </Space>
  );
}

function CheckRunner({ check, rules }: { check: Check; rules: Map<string, Rule> }) {
  const { t, lang } = useI18n();
  const drawable = canDrawForm(check.factsSchema);
  const [mode, setMode] = useState<Mode>(drawable ? 'form' : 'json');
  const [form] = Form.useForm();
  const [text, setText] = useState(() => pretty(check.example));
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs());
  const [localError, setLocalError] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ problem: Problem; extra: string[] } | null>(null);
  const [result, setResult] = useState<Evaluation | null>(null);
  const [busy, setBusy] = useState(false);

  const currentFacts = (): unknown => {
    if (mode === 'form') return form.getFieldsValue(true);
    return JSON.parse(text);
  };

  const switchMode = (next: Mode) => {
    setLocalError(null);
    if (next === 'json') {
      setText(pretty(form.getFieldsValue(true)));
      setMode('json');
      return;
    }
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      form.resetFields();
      form.setFieldsValue(parsed);
      setMode('form');
    } catch {
      setLocalError(t('rules.badJson'));
    }
  };

  const resetToExample = () => {
    setLocalError(null);
    setText(pretty(check.example));
    form.resetFields();
    form.setFieldsValue(check.example as Record<string, unknown>);
  };

  const run = async () => {
    setLocalError(null);
    setProblem(null);
    let facts: unknown;
    try {
      facts = currentFacts();
    } catch {
      setLocalError(t('rules.badJson'));
      return;
    }
    setBusy(true);
    try {
      setResult(
        await api.post<Evaluation>('/rules/evaluate', {
          check: check.name,
          asOf: asOf.format('YYYY-MM-DD'),
          facts,
        }),
      );
    } catch (err) {
      setResult(null);
      const problem = toApiError(err).problem;
      // In the form, the facts' problems go on their fields; in JSON, they are listed by the field's
      // name in the reader's language with its key, which is what the JSON is written in.
      const extra =
        mode === 'form'
          ? markFields(form, problem, ['facts'], lang)
          : (problem.errors ?? []).map((e) => {
              const key = e.path.replace(/^facts\.?/, '');
              const name = lang === 'en' ? (e.label_en ?? e.label) : e.label;
              const message = fieldMessage(e, lang);
              const sep = lang === 'en' ? ': ' : '：';
              if (!key) return message;
              return `${name ? `${name} (${key})` : key}${sep}${message}`;
            });
      setProblem({ problem, extra });
    } finally {
      setBusy(false);
    }
  };

  const asOfLabel = (lang === 'en' ? check.asOf_en : check.asOf_zh) ?? t('rules.asOf');

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} xl={12}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {lang === 'en' ? check.title_en : check.title_zh}
            </Typography.Title>
            <Space size={[4, 4]} wrap>
              <Typography.Text type="secondary">{t('rules.rulesApplied')}</Typography.Text>
              {check.ruleIds.map((id) => {
                const r = rules.get(id);
                return (
                  <Tag key={id} title={id} style={{ whiteSpace: 'normal' }}>
                    {r ? ruleName(lang, r) : id}
                  </Tag>
                );
              })}
            </Space>
          </div>
          <Space wrap>
            <Typography.Text>{asOfLabel}</Typography.Text>
            <DatePicker
              value={asOf}
              allowClear={false}
              onChange={(d) => d && setAsOf(d)}
              aria-label={asOfLabel}
            />
            <Segmented<Mode>
              value={mode}
              onChange={switchMode}
              options={[
                { value: 'form', label: t('rules.modeForm'), disabled: !drawable },
                { value: 'json', label: 'JSON' },
              ]}
            />
            <Button icon={<UndoOutlined />} onClick={resetToExample}>
              {t('rules.resetExample')}
            </Button>
          </Space>
          {localError && <Alert type="error" showIcon title={localError} />}
          <div style={{ display: mode === 'form' ? 'block' : 'none' }}>
            <Form
              form={form}
              layout="vertical"
              initialValues={check.example as Record<string, unknown>}
              size="small"
            >
              {drawable && <FactsFields schema={check.factsSchema} />}
            </Form>
          </div>
          {mode === 'json' && (
            <Input.TextArea
              value={text}
              onChange={(e) => setText(e.target.value)}
              autoSize={{ minRows: 12, maxRows: 32 }}
              spellCheck={false}
              style={{ fontFamily: 'monospace', fontSize: 12 }}
              aria-label={t('rules.facts')}
              data-testid="facts-json"
            />
          )}
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            onClick={run}
            loading={busy}
            data-testid="evaluate"
          >
            {t('rules.evaluate')}
          </Button>
        </Space>
      </Col>
      <Col xs={24} xl={12}>
        {/* Sticky: the answer stays in view beside a long facts form. */}
        <div style={{ position: 'sticky', top: 16 }}>
          {problem && (
            <ProblemAlert
              problem={problem.problem}
              extra={
                mode === 'json' && problem.extra.every((line) => problem.problem.detail.includes(line))
                  ? undefined
                  : problem.extra
              }
            />
          )}
          {result ? (
            <FindingsView result={result} factsSchema={check.factsSchema} />
          ) : (
            !problem && <Empty description={t('rules.runHint')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          )}
        </div>
      </Col>
    </Row>
  );
}
