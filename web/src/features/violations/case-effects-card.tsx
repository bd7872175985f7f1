// The case page's card for a violation case (issue 13 point 4: a decision enforced, not just recorded):
// 处理决定执行情况 — what the decision did where it bites (results cancelled, certificates declared invalid,
// a ban to its last day, a suspension to its rectification deadline …), those a review undid marked
// 已因复核撤销 — and 导出处理档案（PDF）, the §20 archive: the record and every document in one file.
import { App, Button, Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { FilePdfOutlined, LogoutOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, toApiError } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { problemText } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { saveBlob } from './save-blob';
import type { CaseEffect, CaseEffects } from './types';

/** Chinese-only targets the server names (a subject, a 1+X measure), in English. */
const TARGET_EN: Record<string, string> = {
  理论知识: 'Theory',
  操作技能: 'Practical skills',
  综合评审: 'Comprehensive review',
  约谈: 'Interview',
  警告: 'Warning',
  通报: 'Public criticism',
  责令限期整改: 'Rectification order',
  限制实施规模: 'Scale restriction',
  扣减有关经费: 'Funding deduction',
};

/**
 * 转退出程序: a decision against an institution that stands (not revoked on review) may ground an ordered
 * exit (mohrss-violations §14, 1x-exit §5–7); shown to those who may open one, the form pre-filled.
 */
function ExitRouteButton({ caseId, institutionId, data }: { caseId: string; institutionId: string; data: Record<string, unknown> }) {
  const tx = useText();
  const { data: procedures } = useApi<{ items: { id: string }[] }>('/procedures');
  const review = data.reviewDecision as { outcome?: string } | null | undefined;
  const stands = data.subject === 'institution' && !!data.decision && review?.outcome !== 'revoked';
  if (!stands || !procedures?.items.some((p) => p.id === 'ordered-exit')) return null;
  const query = new URLSearchParams({ procedure: 'ordered-exit', institutionId, origin: 'violation_case', violationCaseId: caseId });
  return (
    <Link to={`/apply?${query.toString()}`} data-testid="violation-exit-route">
      <Button icon={<LogoutOutlined />}>{tx('转退出程序', 'Open the exit procedure')}</Button>
    </Link>
  );
} // prettier-ignore

export function CaseEffectsCard({
  caseId,
  referenceNo,
  institutionId,
  data: caseData,
}: {
  caseId: string;
  referenceNo: string;
  institutionId: string;
  /** The case's own data (its decision and review), to tell whether the decision stands. */
  data: Record<string, unknown>;
}) {
  const tx = useText();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi<CaseEffects>(`/violation-cases/${caseId}/effects`);
  const [exporting, setExporting] = useState(false);

  const exportArchive = async () => {
    setExporting(true);
    try {
      const res = await fetch(`/api/v1/violation-cases/${caseId}/archive.pdf`, {
        headers: { accept: 'application/pdf, application/json' },
        credentials: 'same-origin',
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as ApiError['problem'] | null;
        throw new ApiError(
          body ?? { status: res.status, code: `HTTP_${res.status}`, title: '导出失败', detail: '导出失败' },
        );
      }
      saveBlob(await res.blob(), `违纪违规处理档案-${referenceNo}.pdf`);
    } catch (err) {
      const p = problemText(toApiError(err).problem, lang);
      void message.error(`${p.title}：${p.detail}`);
    } finally {
      setExporting(false);
    }
  };

  const target = (e: CaseEffect) =>
    e.target ? tx(e.target, e.target_en ?? TARGET_EN[e.target] ?? e.target) : '—';

  return (
    <Card title={tx('处理决定执行情况', 'What the decision did')} data-testid="violation-effects">
      {/* In the body, not the card's extra: on a phone the extra pushed the title out. */}
      <div style={{ marginBottom: 12 }}>
        <Space wrap>
          <ExitRouteButton caseId={caseId} institutionId={institutionId} data={caseData} />
          <Button
            icon={<FilePdfOutlined />}
            loading={exporting}
            onClick={() => void exportArchive()}
            data-testid="violation-archive"
          >
            {tx('导出处理档案（PDF）', 'Export the case archive (PDF)')}
          </Button>
        </Space>
      </div>
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {data?.suspension && (
            <Descriptions
              size="small"
              bordered
              column={{ xs: 1, md: 3 }}
              data-testid="violation-suspension"
              items={[
                {
                  key: 's',
                  label: tx('暂停评价活动', 'Evaluations suspended'),
                  children: tx(`自 ${data.suspension.startsOn}`, `from ${data.suspension.startsOn}`),
                },
                {
                  key: 'd',
                  label: tx('整改期限', 'Rectify by'),
                  children: data.suspension.dueOn ?? '—',
                },
                {
                  key: 'e',
                  label: tx('恢复评价活动', 'Evaluations resumed'),
                  children: data.suspension.endedOn ?? tx('尚未恢复', 'not yet'),
                },
              ]}
            />
          )}
          <Table<CaseEffect>
            rowKey={(e) => `${e.kind}:${e.target}:${e.appliedOn}`}
            size="small"
            loading={loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={data?.items ?? []}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={tx(
                    '尚无执行事项：处理决定作出后，取消成绩、证书无效、禁考、暂停评价活动等在此列出。',
                    'Nothing enforced yet: once the decision is made, cancelled results, invalid certificates, bans, suspensions and the like are listed here.',
                  )}
                />
              ),
            }}
            columns={[
              {
                title: tx('执行事项', 'Effect'),
                key: 'kind',
                render: (_: unknown, e) => (
                  <Typography.Text delete={!!e.undoneOn}>{tx(e.kind_zh, e.kind_en)}</Typography.Text>
                ),
              },
              { title: tx('对象', 'Applies to'), key: 'target', render: (_: unknown, e) => target(e) },
              { title: tx('执行日期', 'Applied on'), dataIndex: 'appliedOn' },
              {
                title: tx('期限至', 'Until'),
                dataIndex: 'until',
                render: (v: string | null) => v ?? '—',
              },
              {
                title: tx('状态', 'Standing'),
                key: 'standing',
                render: (_: unknown, e) =>
                  e.undoneOn ? (
                    <Tag color="default" data-testid="effect-undone">
                      {tx(`已因复核撤销（${e.undoneOn}）`, `Undone on review (${e.undoneOn})`)}
                    </Tag>
                  ) : (
                    <Tag color="red">{tx('已执行', 'Applied')}</Tag>
                  ),
              },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
