// One 办事指南, laid out like a government portal's guide: who may apply, the receiving and deciding
// bodies, the conditions with their articles (and the numbers in force today), the materials, the
// steps with who acts, the actions and their articles, and the time limits. Everything comes from
// GET /api/v1/public/guides/{procedure}, generated from the code that runs the procedure.
import { Alert, Card, Collapse, List, Space, Steps, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { useI18n } from '../../app/i18n';
import { label } from '../../app/labels';
import { Loading } from '../../app/loading';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import type { CitedText, Guide, ParameterValue } from './types';
import { acceptsText, actorText, awaitingText, daysText, unitText, type Tx } from './words';

/**
 * A provision as the regulation words it. Its heading and text are quoted verbatim in Chinese in both
 * languages (the official text); in English the regulation's English title and the article introduce it.
 */
function ArticleText({ a }: { a: CitedText }) {
  const tx = useText();
  const { lang } = useI18n();
  return (
    <div>
      <Typography.Text strong>
        {tx(`${a.regimeTitle_zh} ${a.label_zh}`, `${a.regimeTitle_en}, ${a.citationText}`)}
      </Typography.Text>
      {lang === 'en' && (
        <div>
          <Typography.Text type="secondary">{`Official text (Chinese): ${a.label_zh}`}</Typography.Text>
        </div>
      )}
      <Typography.Paragraph
        type="secondary"
        ellipsis={{ rows: 3, expandable: true, symbol: '…' }}
        style={{ margin: 0, whiteSpace: 'pre-wrap' }}
      >
        {a.text_zh}
      </Typography.Paragraph>
    </div>
  );
}

function paramText(tx: Tx, p: ParameterValue): string {
  const value =
    p.items !== undefined ? `${p.items}` : p.value === null ? tx('未施行', 'not in force') : `${p.value}`;
  const unit = p.items !== undefined ? unitText(tx, 'list') : unitText(tx, p.unit);
  return `${tx(p.description_zh, p.description_en)}：${value}${unit ? ` ${unit}` : ''}`;
}

export function GuidePage() {
  const { procedure = '' } = useParams();
  const tx = useText();
  const { t } = useI18n();
  const { data: g, error, reload } = useApi<Guide>(`/public/guides/${encodeURIComponent(procedure)}`);
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (!g) return <Loading />;
  const kinds = [
    ...g.whoMayApply.institutionKinds.map((k) => label(t, 'kind', k)),
    ...g.whoMayApply.authorityKinds.map(
      (k) => `${label(t, 'authorityKind', k)}${tx('（代为申请）', ' (on the applicant’s behalf)')}`,
    ),
  ];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="guide-page">
      <div>
        <Link to="/guides">← {t('nav.guides')}</Link>
        <Typography.Title level={3} style={{ margin: '8px 0 0' }}>
          {tx(g.procedure_zh, g.procedure_en)}
        </Typography.Title>
        <Typography.Text type="secondary">{tx(g.title_zh, g.title_en)}</Typography.Text>
        <div style={{ marginTop: 8 }}>
          {g.regimes.map((r) => (
            <Tag key={r.source} style={{ whiteSpace: 'normal' }}>
              {tx(r.title_zh, r.title_en)}
              {r.documentNo ? tx(`（${r.documentNo}）`, ` (${r.documentNo})`) : ''}
            </Tag>
          ))}
        </div>
      </div>
      <Alert
        type="info"
        showIcon
        title={tx(
          `本指南由系统实际执行的流程和规则生成，按 ${g.asOf} 施行的规定列出；条文依据逐条注明。`,
          `Generated from the workflow and rules the system runs, as in force on ${g.asOf}; each item cites its article. Procedure texts stay in Chinese.`,
        )}
      />

      <Card title={tx('申请对象', 'Who may apply')} size="small" data-testid="guide-who">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <div>
            {kinds.map((k) => (
              <Tag color="blue" key={k} style={{ whiteSpace: 'normal' }}>
                {k}
              </Tag>
            ))}
          </div>
          {g.whoMayApply.requires_zh && (
            <Typography.Text>
              {tx(g.whoMayApply.requires_zh, g.whoMayApply.requires_en ?? '')}
            </Typography.Text>
          )}
          {g.whoMayApply.articles.map((a) => (
            <ArticleText key={a.citationText} a={a} />
          ))}
        </Space>
      </Card>

      {g.authorities.length > 0 && (
        <Card title={tx('受理和决定机构', 'Receiving and deciding bodies')} size="small">
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            {g.authorities.map((a) => (
              <ArticleText key={a.citationText} a={a} />
            ))}
          </Space>
        </Card>
      )}

      <Card
        title={tx(`申请条件（${g.conditions.length} 条）`, `Conditions (${g.conditions.length} provisions)`)}
        size="small"
        data-testid="guide-conditions"
      >
        <Collapse
          size="small"
          items={g.conditions.map((group, i) => ({
            key: String(i),
            label: (
              <span style={{ whiteSpace: 'normal' }}>
                {group.article
                  ? tx(
                      `${group.article.regimeTitle_zh} ${group.article.label_zh}`,
                      `${group.article.regimeTitle_en}, ${group.article.citationText}`,
                    )
                  : tx('其他条件', 'Other conditions')}
                <Typography.Text type="secondary">
                  {tx(` · ${group.conditions.length} 项`, ` · ${group.conditions.length}`)}
                </Typography.Text>
              </span>
            ),
            children: (
              <Space orientation="vertical" size={8} style={{ width: '100%' }}>
                {group.article && (
                  <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {tx('', 'Official text (Chinese): ')}
                    {group.article.text_zh}
                  </Typography.Paragraph>
                )}
                <List
                  size="small"
                  dataSource={group.conditions}
                  renderItem={(c) => (
                    <List.Item>
                      <Space orientation="vertical" size={0}>
                        <Typography.Text>{tx(c.title_zh, c.title_en)}</Typography.Text>
                        <Typography.Text type="secondary">
                          {tx('依据：', 'Basis: ')}
                          {tx(c.citationZh, c.citationText)}
                        </Typography.Text>
                        {c.parameters.map((p) => (
                          <Typography.Text type="secondary" key={p.id}>
                            {paramText(tx, p)}
                          </Typography.Text>
                        ))}
                      </Space>
                    </List.Item>
                  )}
                />
              </Space>
            ),
          }))}
        />
      </Card>

      <Card title={tx('申请材料', 'Materials')} size="small" data-testid="guide-materials">
        {g.materials.map((list) => (
          <div key={list.label_zh ?? 'all'}>
            {list.label_zh && (
              <Typography.Title level={5}>
                {tx(list.label_zh, list.label_en ?? list.label_zh)}
              </Typography.Title>
            )}
            <List
              size="small"
              dataSource={list.items}
              renderItem={(m) => (
                <List.Item>
                  <Space orientation="vertical" size={2}>
                    <Space wrap size={4}>
                      <Typography.Text strong>{tx(m.title_zh, m.title_en)}</Typography.Text>
                      {m.required ? (
                        <Tag color="red">{tx('必需', 'required')}</Tag>
                      ) : (
                        <Tag>{tx('可选', 'optional')}</Tag>
                      )}
                      {m.appliesTo?.map((k) => (
                        <Tag color="blue" key={k}>
                          {tx('适用：', 'for ')}
                          {label(t, 'kind', k)}
                        </Tag>
                      ))}
                    </Space>
                    <Typography.Text type="secondary">
                      {tx('格式：', 'Files: ')}
                      {m.accepts.map((a) => acceptsText(tx, a)).join(tx('、', ', '))}
                      {m.maxFiles > 1 ? tx(`，至多 ${m.maxFiles} 个文件`, `, up to ${m.maxFiles} files`) : ''}
                      {tx('；依据：', '; basis: ')}
                      {tx(m.citationZh, m.citationText)}
                    </Typography.Text>
                    {m.note_zh && (
                      <Typography.Text type="secondary">
                        {tx(m.note_zh, m.note_en ?? m.note_zh)}
                      </Typography.Text>
                    )}
                  </Space>
                </List.Item>
              )}
            />
          </div>
        ))}
      </Card>

      <Card title={tx('办理流程', 'Steps')} size="small" data-testid="guide-steps">
        <Steps
          orientation="vertical"
          size="small"
          current={-1}
          items={g.steps.map((s) => ({
            title: <span style={{ whiteSpace: 'normal' }}>{tx(s.label_zh, s.label_en)}</span>,
            status: 'wait',
            content: (
              <Space orientation="vertical" size={4} style={{ marginBottom: 12 }}>
                <Typography.Text type="secondary">
                  {tx('办理方：', 'Who acts: ')}
                  {awaitingText(tx, s.awaiting)}
                  {s.materialsEditable ? tx('（可上传或更换材料）', ' (materials may be uploaded)') : ''}
                </Typography.Text>
                {s.timeLimit && (
                  <Typography.Text>
                    {tx('时限：', 'Time limit: ')}
                    {tx(s.timeLimit.label_zh, s.timeLimit.label_en)}{' '}
                    {daysText(tx, s.timeLimit.days, s.timeLimit.unit)}
                    {s.timeLimit.pauses ? tx('（补正期间暂停计时）', ' (paused while correcting)') : ''}
                    {tx('（', ' (')}
                    {tx(s.timeLimit.citationZh, s.timeLimit.citationText)}
                    {tx('）', ')')}
                  </Typography.Text>
                )}
                {s.actions.map((a) => (
                  <div key={`${a.event}-${a.to}`}>
                    <Typography.Text>
                      {a.actor.map((x) => actorText(tx, x)).join('/')}
                      {tx('：', ': ')}
                      {tx(a.description_zh, a.description_en ?? a.description_zh)}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {' → '}
                      {tx(a.toLabel_zh, a.toLabel_en)}
                      {tx('（', ' (')}
                      {a.citations.map((c) => tx(c.citationZh, c.citationText)).join(tx('；', '; '))}
                      {tx('）', ')')}
                    </Typography.Text>
                    {a.documents.map((d) => (
                      <Tag key={d.kind} color="geekblue" style={{ marginInlineStart: 4 }}>
                        {tx(d.title_zh, d.title_en)}
                      </Tag>
                    ))}
                  </div>
                ))}
              </Space>
            ),
          }))}
        />
        <Typography.Text strong>{tx('办理结果：', 'Outcomes: ')}</Typography.Text>
        {g.outcomes.map((o) => (
          <Tag key={o.state}>{tx(o.label_zh, o.label_en)}</Tag>
        ))}
      </Card>

      <Card title={tx('办理时限', 'Time limits')} size="small" data-testid="guide-time-limits">
        {g.timeLimits.length === 0 ? (
          <Typography.Text type="secondary">
            {tx(
              '所依据的文件未规定以日计的办理时限。',
              'The texts set no time limit in days for this procedure.',
            )}
          </Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={g.timeLimits}
            renderItem={(l) => (
              <List.Item>
                <Space orientation="vertical" size={0}>
                  <Typography.Text>
                    {tx(l.label_zh, l.label_en)}
                    {tx('：', ': ')}
                    {daysText(tx, l.days, l.unit)}
                    {l.pauses ? tx('（补正期间暂停计时）', ' (paused while correcting)') : ''}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {tx('依据：', 'Basis: ')}
                    {tx(l.citationZh, l.citationText)}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Space>
  );
}
