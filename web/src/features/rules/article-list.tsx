// The text beside the code (style.md, Catala): each article's verbatim words on the left; on the right
// how SkillReg covers it — the rules that encode it with their dates and the dated parameters they
// read, the workflow that carries it out, or why it is deliberately not encoded.
import { Card, Col, Empty, Input, Row, Segmented, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n, type Translate } from '../../app/i18n';
import type { Article, Coverage, Parameter, Rule } from './types';
import { ParameterVersions } from './parameter-view';

export const COVERAGE_COLORS: Record<Coverage['status'], string> = {
  encoded: 'green',
  procedural: 'blue',
  not_encoded: 'default',
};

export function coverageLabel(t: Translate, status: Coverage['status']): string {
  return t(`coverage.${status}`);
}

export function inForceText(t: Translate, inForce: { from: string; to?: string | null }): string {
  return inForce.to
    ? t('rules.inForceRange', { from: inForce.from, to: inForce.to })
    : t('rules.inForceFrom', { from: inForce.from });
}

/** A rule by its name in the reader's language; its id (for the developer) only on hover. */
export function ruleName(lang: string, r: Rule): string {
  return lang === 'en' ? r.title_en : r.title_zh;
}

function ParameterView({ p }: { p: Parameter }) {
  const { lang } = useI18n();
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text title={p.id}>{lang === 'en' ? p.description_en : p.description_zh}</Typography.Text>
      <div style={{ paddingInlineStart: 12, marginTop: 2 }}>
        <ParameterVersions p={p} />
      </div>
    </div>
  );
}

function CoverageView({
  coverage,
  rules,
  parameters,
}: {
  coverage: Coverage;
  rules: Map<string, Rule>;
  parameters: Map<string, Parameter>;
}) {
  const { t, lang } = useI18n();
  const tag = <Tag color={COVERAGE_COLORS[coverage.status]}>{coverageLabel(t, coverage.status)}</Tag>;
  if (coverage.status === 'procedural') {
    return (
      <Space orientation="vertical" size={4}>
        {tag}
        <Typography.Text title={coverage.workflow}>
          {t('rules.workflow', {
            workflow:
              lang === 'en' ? (coverage.procedure_en ?? coverage.procedure_zh) : coverage.procedure_zh,
          })}
        </Typography.Text>
      </Space>
    );
  }
  if (coverage.status === 'not_encoded') {
    return (
      <Space orientation="vertical" size={4}>
        {tag}
        <Typography.Text type="secondary">
          {t('rules.reason', {
            reason: lang === 'en' ? (coverage.reason_en ?? coverage.reason_zh) : coverage.reason_zh,
          })}
        </Typography.Text>
      </Space>
    );
  }
  const encoded = coverage.ruleIds.map((id) => rules.get(id)).filter((r): r is Rule => !!r);
  const paramIds = [...new Set(encoded.flatMap((r) => r.parameters))];
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
      {tag}
      {encoded.map((r) => (
        <div key={r.id}>
          <Typography.Text title={r.id}>{ruleName(lang, r)}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {inForceText(t, r.inForce)}
            </Typography.Text>
          </div>
        </div>
      ))}
      {paramIds.length > 0 && (
        <div>
          <Typography.Text strong>{t('rules.parameters')}</Typography.Text>
          {paramIds.map((id) => {
            const p = parameters.get(id);
            return p ? <ParameterView key={id} p={p} /> : null;
          })}
        </div>
      )}
    </Space>
  );
}

type Filter = 'all' | Coverage['status'];

export function ArticleList({
  articles,
  rules,
  parameters,
}: {
  articles: Article[];
  rules: Map<string, Rule>;
  parameters: Map<string, Parameter>;
}) {
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState<Filter>('all');
  const [q, setQ] = useState('');
  const counts = useMemo(() => {
    const c: Record<Filter, number> = { all: articles.length, encoded: 0, procedural: 0, not_encoded: 0 };
    for (const a of articles) c[a.coverage.status]++;
    return c;
  }, [articles]);
  const needle = q.trim();
  const shown = articles.filter(
    (a) =>
      (filter === 'all' || a.coverage.status === filter) &&
      (!needle ||
        a.text_zh.includes(needle) ||
        a.label_zh.includes(needle) ||
        a.citationText.includes(needle) ||
        (a.coverage.status === 'encoded' &&
          a.coverage.ruleIds.some((id) => {
            const r = rules.get(id);
            return id.includes(needle) || (!!r && ruleName(lang, r).includes(needle));
          }))),
  );

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={(['all', 'encoded', 'procedural', 'not_encoded'] as const).map((f) => ({
            value: f,
            label: `${f === 'all' ? t('common.all') : coverageLabel(t, f)} ${counts[f]}`,
          }))}
        />
        <Input.Search
          allowClear
          placeholder={t('rules.searchText')}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 260 }}
        />
      </Space>
      {shown.length === 0 && <Empty description={t('common.noMatch')} />}
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {shown.map((a) => (
          <Card key={a.citationText} size="small" id={`article-${a.citationText.replace(/[^\w-]/g, '_')}`}>
            <Row gutter={[24, 12]}>
              <Col xs={24} lg={13}>
                <Space size={8} style={{ marginBottom: 6 }} wrap>
                  <Typography.Text strong>{a.label_zh}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {lang === 'en' ? a.citationText : `${a.citationZh} · ${a.citationText}`}
                  </Typography.Text>
                </Space>
                <Typography.Paragraph
                  style={{ whiteSpace: 'pre-wrap', marginBottom: 0, lineHeight: 1.8 }}
                  data-testid="article-text"
                >
                  {a.text_zh}
                </Typography.Paragraph>
              </Col>
              <Col xs={24} lg={11} style={{ borderInlineStart: '1px solid #f0f0f0' }}>
                <CoverageView coverage={a.coverage} rules={rules} parameters={parameters} />
              </Col>
            </Row>
          </Card>
        ))}
      </Space>
    </>
  );
}
