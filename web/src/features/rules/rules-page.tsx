// 规则目录: the law as SkillReg encodes it, readable by a lawyer. One tab per regulation (title, 文号,
// dates); inside, the articles' text beside their rules and parameters, the dated parameters, and a
// trial form for the regulation's checks. Public: reachable without logging in.
import { Card, Descriptions, Result, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n';
import { label } from '../../app/labels';
import { useApi } from '../../app/use-api';
import { ArticleList, COVERAGE_COLORS, coverageLabel, inForceText, ruleName } from './article-list';
import { EvaluatePanel } from './evaluate-panel';
import { ParametersContext } from './values-view';
import type { Catalogue, Parameter, Regime, Rule } from './types';
import { ParameterVersions, unitLabel } from './parameter-view';

type View = 'articles' | 'evaluate' | 'parameters';

function RegimeHeader({ regime }: { regime: Regime }) {
  const { t, lang } = useI18n();
  const en = lang === 'en';
  const counts = { encoded: 0, procedural: 0, not_encoded: 0 };
  for (const a of regime.articles) counts[a.coverage.status]++;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        {
          key: 'title',
          label: t('rules.regimeTitle'),
          span: 'filled',
          children: (
            <Typography.Text strong>
              {en ? (regime.title_en ?? regime.title_zh) : regime.title_zh}
            </Typography.Text>
          ),
        },
        { key: 'no', label: t('rules.documentNo'), children: regime.documentNo || t('rules.noDocumentNo') },
        {
          key: 'by',
          label: t('rules.issuedBy'),
          children: en ? (regime.issuedBy_en ?? regime.issuedBy_zh) : regime.issuedBy_zh,
        },
        { key: 'on', label: t('rules.issuedOn'), children: regime.issuedOn ?? t('rules.noDate') },
        { key: 'from', label: t('rules.inForce'), children: regime.inForceFrom },
        {
          key: 'src',
          label: t('rules.source'),
          children: <Typography.Text code>{regime.source}</Typography.Text>,
        },
        {
          key: 'cov',
          label: t('rules.coverage'),
          children: (
            <Space size={4} wrap>
              {(Object.keys(counts) as (keyof typeof counts)[]).map((k) => (
                <Tag key={k} color={COVERAGE_COLORS[k]}>
                  {coverageLabel(t, k)} {counts[k]}
                </Tag>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

function ParametersTable({ parameters, rules }: { parameters: Parameter[]; rules: Rule[] }) {
  const { t, lang } = useI18n();
  return (
    <Table<Parameter>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={parameters}
      columns={[
        {
          title: t('rules.parameter'),
          dataIndex: 'id',
          render: (id: string, p) => (
            <div title={id}>{lang === 'en' ? p.description_en : p.description_zh}</div>
          ),
        },
        { title: t('rules.unit'), dataIndex: 'unit', width: 90, render: (u: string) => unitLabel(t, u) },
        {
          title: t('rules.versions'),
          key: 'versions',
          render: (_: unknown, p) => <ParameterVersions p={p} />,
        },
        {
          title: t('rules.usedBy'),
          key: 'usedBy',
          width: 220,
          render: (_: unknown, p) => (
            <Space size={[4, 4]} wrap>
              {rules
                .filter((r) => r.parameters.includes(p.id))
                .map((r) => (
                  <Tag
                    key={r.id}
                    title={`${r.id} · ${inForceText(t, r.inForce)}`}
                    style={{ whiteSpace: 'normal' }}
                  >
                    {ruleName(lang, r)}
                  </Tag>
                ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

export default function RulesPage() {
  const { t } = useI18n();
  const { data, error, reload } = useApi<Catalogue>('/rules');
  const [params, setParams] = useSearchParams();

  const rulesById = useMemo(() => new Map((data?.rules ?? []).map((r) => [r.id, r])), [data]);
  const paramsById = useMemo(() => new Map((data?.parameters ?? []).map((p) => [p.id, p])), [data]);

  if (error)
    return (
      <Result
        status="error"
        title={error.problem.title}
        subTitle={error.problem.detail}
        extra={<a onClick={reload}>{t('common.retry')}</a>}
      />
    );
  if (!data)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );

  const regimes = data.regimes;
  const active = regimes.find((r) => r.source === params.get('regime')) ?? regimes[0];
  const view =
    (['articles', 'evaluate', 'parameters'] as const).find((v) => v === params.get('view')) ?? 'articles';
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  return (
    <Card
      title={t('rules.title')}
      extra={
        <Typography.Text type="secondary">
          {t('rules.summary', {
            regimes: regimes.length,
            rules: data.rules.length,
            checks: data.checks.length,
          })}
        </Typography.Text>
      }
    >
      <Typography.Paragraph type="secondary">{t('rules.intro')}</Typography.Paragraph>
      <ParametersContext.Provider value={paramsById}>
        <Tabs
          activeKey={active?.source}
          onChange={(source) => set({ regime: source, check: undefined })}
          items={regimes.map((r) => {
            const ruleIds = new Set(
              r.articles.flatMap((a) => (a.coverage.status === 'encoded' ? a.coverage.ruleIds : [])),
            );
            const regimeRules = data.rules.filter((x) => ruleIds.has(x.id) || x.citation.source === r.source);
            const paramIds = new Set(regimeRules.flatMap((x) => x.parameters));
            const regimeParams = data.parameters.filter((p) => paramIds.has(p.id));
            const regimeChecks = data.checks.filter((c) => c.regime === r.source);
            return {
              key: r.source,
              label: label(t, 'regime', r.source),
              children:
                r.source !== active?.source ? null : (
                  <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                    <RegimeHeader regime={r} />
                    <Tabs
                      type="card"
                      activeKey={view}
                      onChange={(v) => set({ view: v as View })}
                      items={[
                        {
                          key: 'articles',
                          label: `${t('rules.articles')} (${r.articles.length})`,
                          children: (
                            <ArticleList articles={r.articles} rules={rulesById} parameters={paramsById} />
                          ),
                        },
                        {
                          key: 'parameters',
                          label: `${t('rules.parameters')} (${regimeParams.length})`,
                          children: <ParametersTable parameters={regimeParams} rules={regimeRules} />,
                        },
                        {
                          key: 'evaluate',
                          label: `${t('rules.trial')} (${regimeChecks.length})`,
                          children: (
                            <EvaluatePanel
                              checks={regimeChecks}
                              rules={rulesById}
                              initialCheck={params.get('check') ?? undefined}
                            />
                          ),
                        },
                      ]}
                    />
                  </Space>
                ),
            };
          })}
        />
      </ParametersContext.Provider>
    </Card>
  );
}
