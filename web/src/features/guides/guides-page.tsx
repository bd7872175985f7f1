// 「办事指南」 — public: one guide per procedure SkillReg runs, each generated from the procedure's state
// machine, checklist and rules (GET /api/v1/public/guides), so that it always says what the code does.
import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { useI18n } from '../../app/i18n';
import { label } from '../../app/labels';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import type { GuideSummary } from './types';

export function GuidesPage() {
  const tx = useText();
  const { t } = useI18n();
  const { data, error, loading, reload } = useApi<{ asOf: string; items: GuideSummary[] }>('/public/guides');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('nav.guides')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '每个事项的申请对象、申请条件、申请材料、办理流程和办理时限，均由系统实际执行的规则和流程生成，并逐条注明依据。',
            'Who may apply, the conditions, materials, steps and time limits of each procedure — generated from the rules and workflows the system runs, each with its article.',
          )}
        </Typography.Text>
      </div>
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : (
        <Row gutter={[16, 16]} data-testid="guides-list">
          {(data?.items ?? []).map((g) => (
            <Col xs={24} md={12} xl={8} key={g.procedure}>
              <Card
                loading={loading}
                title={
                  <Link to={`/guides/${g.procedure}`} style={{ whiteSpace: 'normal' }}>
                    {tx(g.procedure_zh, g.procedure_en)}
                  </Link>
                }
                size="small"
                style={{ height: '100%' }}
              >
                <Space orientation="vertical" size={6}>
                  <Typography.Text type="secondary">{tx(g.title_zh, g.title_en)}</Typography.Text>
                  <div>
                    {g.regimes.map((r) => (
                      <Tag key={r.source} style={{ whiteSpace: 'normal' }}>
                        {tx(r.title_zh, r.title_en)}
                      </Tag>
                    ))}
                  </div>
                  <Typography.Text>
                    {tx('申请对象：', 'Who applies: ')}
                    {[
                      ...g.institutionKinds.map((k) => label(t, 'kind', k)),
                      ...g.authorityKinds.map((k) => label(t, 'authorityKind', k)),
                    ].join(tx('、', ', '))}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {tx(
                      `${g.stepCount} 个办理环节 · ${g.materialCount} 项申请材料`,
                      `${g.stepCount} steps · ${g.materialCount} materials`,
                    )}
                  </Typography.Text>
                </Space>
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </Space>
  );
}
