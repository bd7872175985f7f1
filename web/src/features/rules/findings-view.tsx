// The answer of a trial evaluation: the outcome, then every finding with the article it rests on, what
// it compared, and — where the text leaves it to the authority — the options the article allows.
import { Alert, Card, Collapse, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { useI18n, type Translate } from '../../app/i18n';
import type { Evaluation, Finding, JsonSchema, Outcome } from './types';
import { ValuesTable } from './values-view';

const OUTCOME_TYPE: Record<Outcome, 'success' | 'error' | 'warning'> = {
  pass: 'success',
  fail: 'error',
  needs_judgement: 'warning',
};

export const outcomeLabel = (t: Translate, o: Outcome) => t(`outcome.${o}`);

function PassedTag({ passed }: { passed: Finding['passed'] }) {
  const { t } = useI18n();
  if (passed === true)
    return (
      <Tag color="success" icon={<CheckCircleFilled />}>
        {t('finding.passed')}
      </Tag>
    );
  if (passed === false)
    return (
      <Tag color="error" icon={<CloseCircleFilled />}>
        {t('finding.failed')}
      </Tag>
    );
  return (
    <Tag color="warning" icon={<QuestionCircleFilled />}>
      {t('finding.judgement')}
    </Tag>
  );
}

export function FindingsView({
  result,
  factsSchema,
}: {
  result: Evaluation;
  /** The check's facts schema: the compared values are named as its fields. */
  factsSchema?: JsonSchema | undefined;
}) {
  const { t, lang } = useI18n();
  const counts = {
    pass: result.findings.filter((f) => f.passed === true).length,
    fail: result.findings.filter((f) => f.passed === false).length,
    judgement: result.findings.filter((f) => f.passed === 'needs_judgement').length,
  };
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="evaluation-result">
      <Alert
        type={OUTCOME_TYPE[result.outcome]}
        showIcon
        title={
          <Space>
            <Typography.Text strong style={{ fontSize: 16 }} data-testid="evaluation-outcome">
              {outcomeLabel(t, result.outcome)}
            </Typography.Text>
            <Typography.Text type="secondary">{t('rules.asOfShort', { asOf: result.asOf })}</Typography.Text>
          </Space>
        }
        description={t('rules.findingCounts', counts)}
      />
      {result.findings.map((f, i) => (
        <Card key={`${f.ruleId}-${i}`} size="small">
          <Space wrap size={8} style={{ marginBottom: 6 }}>
            <PassedTag passed={f.passed} />
            <Typography.Text strong data-testid="finding-citation">
              {f.citationText}
            </Typography.Text>
            {lang !== 'en' && <Typography.Text title={f.ruleId}>{f.citationZh}</Typography.Text>}
          </Space>
          <Typography.Paragraph style={{ marginBottom: 6 }}>
            {lang === 'en' ? f.message_en : f.message_zh}
          </Typography.Paragraph>
          {f.passed === 'needs_judgement' && f.options && f.options.length > 0 && (
            <div style={{ marginBottom: 6 }}>
              <Typography.Text type="secondary">{t('finding.options')}</Typography.Text>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {f.options.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            </div>
          )}
          {Object.keys(f.values).length > 0 && (
            <Collapse
              size="small"
              ghost
              defaultActiveKey={['v']}
              items={[
                {
                  key: 'v',
                  label: t('finding.values'),
                  children: <ValuesTable values={f.values} factsSchema={factsSchema} />,
                },
              ]}
            />
          )}
        </Card>
      ))}
    </Space>
  );
}
