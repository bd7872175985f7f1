// One exit as both sides read it (route, scope, termination, wrap-up due and status), and the exits as a
// table on a desktop or as cards on a phone.
import { Card, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n';
import { useNarrow } from '../../app/use-narrow';
import { useLevelName } from '../reference/level-select';
import { citationWords } from '../rectifications/texts';
import { routeText, scopeText, STATUS_COLOR, statusText } from './texts';
import type { ExitSummary } from './types';

export function StatusTag({ exit }: { exit: ExitSummary }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOR[exit.wrapUpStatus]} data-testid="exit-status">
      {statusText(t, exit.wrapUpStatus)}
    </Tag>
  );
}

/** 整个机构 / 证书项目 1、2 / 4-10-01-05 四级…: what the exit ended. */
export function ScopeText({ exit }: { exit: ExitSummary }) {
  const { t, lang } = useI18n();
  const levelName = useLevelName();
  const sep = lang === 'en' ? ', ' : '、';
  const detail =
    exit.scope === 'programmes'
      ? exit.programmeSeqs.map((s) => t('wrapUp.programmeSeq', { n: s })).join(sep)
      : exit.scope === 'occupations'
        ? exit.occupations.map((o) => `${o.occupationCode} ${levelName(o.level)}`).join(sep)
        : '';
  return (
    <span>
      {scopeText(t, exit.scope)}
      {detail && `：${detail}`}
      {exit.branchName && ` · ${exit.branchName}`}
    </span>
  );
}

export function ExitDescriptions({ exit }: { exit: ExitSummary }) {
  const { t, lang } = useI18n();
  const narrow = useNarrow();
  return (
    <Descriptions
      size="small"
      bordered
      column={narrow ? 1 : 2}
      layout={narrow ? 'vertical' : 'horizontal'}
      data-testid="exit-descriptions"
    >
      <Descriptions.Item label={t('wrapUp.field.institution')}>{exit.institutionName}</Descriptions.Item>
      <Descriptions.Item label={t('wrapUp.field.filingCode')}>{exit.filingCode ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('wrapUp.field.route')}>{routeText(t, exit.route)}</Descriptions.Item>
      <Descriptions.Item label={t('wrapUp.field.scope')}>
        <ScopeText exit={exit} />
      </Descriptions.Item>
      <Descriptions.Item label={t('wrapUp.field.terminatedOn')}>{exit.terminatedOn}</Descriptions.Item>
      <Descriptions.Item label={t('wrapUp.field.wrapUpDue')}>{exit.wrapUpDue ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('wrapUp.field.status')}>
        <Space size={4} wrap>
          <StatusTag exit={exit} />
          {exit.wrapUpCompletedOn && t('wrapUp.completedOn', { day: exit.wrapUpCompletedOn })}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('wrapUp.field.authority')}>{exit.authorityName}</Descriptions.Item>
      <Descriptions.Item label={t('wrapUp.field.reason')} span={narrow ? 1 : 2}>
        <Typography.Text>{exit.reason}</Typography.Text>
        <br />
        <Typography.Text type="secondary">
          {exit.citations.map((c) => citationWords(c, lang)).join(lang === 'en' ? '; ' : '；')}
        </Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}

interface ExitTableProps {
  exits: ExitSummary[];
  loading: boolean;
  /** Where one exit opens (the authority's page); none on the institution's own page. */
  linkTo?: (e: ExitSummary) => string;
  showInstitution: boolean;
  pagination?: { current: number; pageSize: number; total: number; onChange: (p: number) => void };
}

export function ExitTable({ exits, loading, linkTo, showInstitution, pagination }: ExitTableProps) {
  const { t } = useI18n();
  const narrow = useNarrow();
  if (narrow)
    return (
      <List<ExitSummary>
        loading={loading}
        dataSource={exits}
        data-testid="exits-table"
        locale={{ emptyText: t('wrapUp.noExits') }}
        pagination={pagination ? { ...pagination, size: 'small' } : false}
        renderItem={(e) => (
          <Card size="small" style={{ marginBottom: 8 }} data-testid="exit-row">
            <Space wrap size={4}>
              <StatusTag exit={e} />
              <Tag>{routeText(t, e.route)}</Tag>
            </Space>
            {showInstitution && (
              <div>
                <Typography.Text strong>{e.institutionName}</Typography.Text>
              </div>
            )}
            <div>
              <ScopeText exit={e} />
            </div>
            <Typography.Text type="secondary">
              {t('wrapUp.terminatedOnShort', { day: e.terminatedOn })}
              {e.wrapUpDue && ` · ${t('wrapUp.dueShort', { day: e.wrapUpDue })}`}
            </Typography.Text>
            {linkTo && (
              <div>
                <Link to={linkTo(e)} data-testid="exit-open">
                  {t('wrapUp.open')}
                </Link>
              </div>
            )}
          </Card>
        )}
      />
    );
  return (
    <Table<ExitSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={exits}
      data-testid="exits-table"
      onRow={() => ({ 'data-testid': 'exit-row' }) as React.HTMLAttributes<HTMLElement>}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('wrapUp.noExits') }}
      pagination={pagination ? { ...pagination, showSizeChanger: false } : false}
      columns={[
        ...(showInstitution
          ? [{ title: t('wrapUp.field.institution'), dataIndex: 'institutionName', width: 220 }]
          : []),
        { title: t('wrapUp.field.route'), dataIndex: 'route', width: 140, render: (r: string) => routeText(t, r) },
        { title: t('wrapUp.field.scope'), key: 'scope', render: (_: unknown, e) => <ScopeText exit={e} /> },
        { title: t('wrapUp.field.terminatedOn'), dataIndex: 'terminatedOn', width: 120 },
        { title: t('wrapUp.field.wrapUpDue'), dataIndex: 'wrapUpDue', width: 120, render: (d: string | null) => d ?? '—' },
        {
          title: t('wrapUp.field.status'),
          key: 'status',
          width: 170,
          render: (_: unknown, e) => (
            <Space orientation="vertical" size={0}>
              <StatusTag exit={e} />
              {e.wrapUpCompletedOn && (
                <Typography.Text type="secondary">{t('wrapUp.completedOn', { day: e.wrapUpCompletedOn })}</Typography.Text>
              )}
            </Space>
          ),
        },
        ...(linkTo
          ? [
              {
                title: '',
                key: 'open',
                width: 80,
                fixed: 'right' as const,
                render: (_: unknown, e: ExitSummary) => (
                  <Link to={linkTo(e)} data-testid="exit-open">
                    {t('wrapUp.open')}
                  </Link>
                ),
              },
            ]
          : []),
      ]} // prettier-ignore
    />
  );
}
