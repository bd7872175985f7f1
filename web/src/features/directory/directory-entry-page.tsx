// 「目录条目」 — public, no login: one filed or selected institution as published — kind, code, the
// procedure and the deciding authority, decision date, validity (with the days left or 已到期), its
// scope (occupation × level), 1+X certificates, branches (province, name, own code), the published
// receipt and publication record as PDFs, and for an imported existing filing the mark 存量导入 with its
// source. On a phone every table becomes a list of cards (no sideways scrolling).
import { Card, Descriptions, Empty, List, Space, Spin, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { useI18n } from '../../app/i18n';
import { useNarrow } from '../../app/use-narrow';
import { label } from '../../app/labels';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { useLevelName } from '../reference/level-select';
import { certificateLevel, EndedTag, EndingTag, ImportedTag, ValidityTag } from './entry-parts';
import type { DirectoryEntryDetail, EntryBranch, PublicDocument } from './types';

type Tx = (zh: string, en: string) => string;

interface OccupationScope {
  code: string;
  name: string;
  levels: number[];
}

/** The scope grouped by occupation: one row per occupation with the levels it covers. */
function byOccupation(scopes: DirectoryEntryDetail['scopes']): OccupationScope[] {
  const rows = new Map<string, OccupationScope>();
  for (const s of scopes) {
    const row = rows.get(s.occupationCode) ?? { code: s.occupationCode, name: s.occupationName, levels: [] };
    row.levels.push(s.level);
    rows.set(s.occupationCode, row);
  }
  return [...rows.values()];
}

/** 2026-03-03 至 2029-03-02, or 2026-03-03 起长期有效 when the text sets no end. */
const validityText = (tx: Tx, from: string, to: string | null) =>
  to === null ? tx(`${from} 起长期有效`, `from ${from}, no end date`) : `${from} ${tx('至', 'to')} ${to}`;

/** What the code is called: a filing's 备案编码, a selection's 遴选编号. */
const codeLabel = (tx: Tx, regime: string) =>
  regime === '1x-selection' || regime === 'gz-rules'
    ? tx('遴选编号', 'Selection number')
    : tx('备案编码', 'Filing code');

export function DirectoryEntryPage() {
  const { id = '' } = useParams();
  const tx = useText();
  const { t } = useI18n();
  const narrow = useNarrow();
  const levelName = useLevelName();
  const { data: e, error, reload } = useApi<DirectoryEntryDetail>(`/directory/${id}`);
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (!e) return <Spin />;

  const back = (
    <Link to="/directory" data-testid="entry-back">
      <ArrowLeftOutlined /> {tx('返回机构目录', 'Back to the directory')}
    </Link>
  );
  const levels = (ls: number[]) => (
    <Space size={[4, 4]} wrap>
      {ls.map((l) => (
        <Tag key={l} color="geekblue">
          {levelName(l)}
        </Tag>
      ))}
    </Space>
  );
  const occupations = byOccupation(e.scopes);
  // 1x-exit §2 (the same for a filing's occupations): an occupation × level an exit ended, with its day.
  const ended = e.scopes.filter((s) => s.endedOn);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="directory-entry">
      {back}
      <div>
        <Typography.Title level={3} style={{ margin: 0, wordBreak: 'break-word' }}>
          {e.institutionName}
        </Typography.Title>
        {e.branchName && (
          <Typography.Title level={5} style={{ margin: '4px 0 0' }} data-testid="entry-branch-name">
            {e.branchName}
          </Typography.Title>
        )}
        <Space size={[4, 4]} wrap style={{ marginTop: 8 }}>
          <Tag>{label(t, 'kind', e.institutionKind)}</Tag>
          {e.branchName && <Tag>{tx('分支机构', 'Branch')}</Tag>}
          {e.ending ? (
            <EndingTag tx={tx} ending={e.ending} />
          ) : (
            <ValidityTag tx={tx} validFrom={e.validFrom} asOf={e.asOf} daysLeft={e.daysLeft} />
          )}
          {e.imported && <ImportedTag tx={tx} source={e.imported} />}
        </Space>
      </div>

      <Card size="small">
        <Descriptions
          column={narrow ? 1 : 2}
          size="small"
          bordered
          // On a phone the labels keep a narrow column of their own, so that the values get the width.
          styles={narrow ? { label: { width: 96, padding: '6px 8px' }, content: { padding: '6px 8px' } } : {}}
          items={[
            {
              key: 'code',
              label: codeLabel(tx, e.regime),
              children: (
                <Typography.Text copyable strong style={{ wordBreak: 'break-all' }} data-testid="entry-code">
                  {e.filingCode}
                </Typography.Text>
              ),
            },
            { key: 'kind', label: tx('机构类别', 'Kind'), children: label(t, 'kind', e.institutionKind) },
            { key: 'area', label: tx('所在地区', 'Area'), children: e.jurisdictionName },
            {
              key: 'procedure',
              label: tx('办理事项', 'Procedure'),
              children: tx(e.procedure_zh, e.procedure_en),
            },
            { key: 'authority', label: tx('决定部门', 'Deciding authority'), children: e.authority.name },
            { key: 'decided', label: tx('决定日期', 'Decided on'), children: e.decidedOn },
            {
              key: 'validity',
              label: tx('有效期', 'Validity'),
              children: (
                <span data-testid="entry-validity">
                  {validityText(tx, e.validFrom, e.validTo)}
                  {e.suspension && (
                    <Tag color="orange" style={{ marginLeft: 8 }} data-testid="entry-suspended">
                      {tx('暂停评价活动', 'Evaluations suspended')}
                      {e.suspension.dueOn
                        ? tx(
                            `（整改期限至 ${e.suspension.dueOn}）`,
                            ` (rectification due ${e.suspension.dueOn})`,
                          )
                        : ''}
                    </Tag>
                  )}
                </span>
              ),
            },
            { key: 'published', label: tx('公布日期', 'Published on'), children: e.publishedOn },
            ...(e.institutionEntry
              ? [
                  {
                    key: 'institution',
                    label: tx('所属机构', 'Institution'),
                    children: (
                      <Link to={`/directory/${e.institutionEntry.entryId}`} data-testid="entry-institution">
                        {e.institutionEntry.institutionName}（{e.institutionEntry.filingCode}）
                      </Link>
                    ),
                  },
                ]
              : []),
            ...(e.imported
              ? [
                  {
                    key: 'source',
                    label: tx('来源', 'Source'),
                    children: (
                      <span data-testid="entry-import-source">
                        {tx('存量导入', 'Imported existing filing')} · {e.imported.fileName}
                        {e.imported.row !== null &&
                          tx(` 第 ${e.imported.row} 行`, `, row ${e.imported.row}`)}{' '}
                        · {tx(`${e.imported.importedOn} 导入`, `imported ${e.imported.importedOn}`)}
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      {occupations.length > 0 && (
        <Card size="small" title={tx('认定范围（职业 × 等级）', 'Scope (occupation × level)')}>
          {narrow ? (
            <List<OccupationScope>
              dataSource={occupations}
              data-testid="entry-scope-cards"
              renderItem={(o) => (
                <List.Item key={o.code}>
                  <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                    <span>
                      <Typography.Text strong>{o.name}</Typography.Text>{' '}
                      <Typography.Text type="secondary">{o.code}</Typography.Text>
                    </span>
                    {levels(o.levels)}
                  </Space>
                </List.Item>
              )}
            />
          ) : (
            <Table<OccupationScope>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={occupations}
              data-testid="entry-scope-table"
              columns={[
                { title: tx('职业（工种）', 'Occupation'), dataIndex: 'name' },
                { title: tx('职业代码', 'Code'), dataIndex: 'code', width: 140 },
                { title: tx('等级', 'Levels'), key: 'levels', render: (_: unknown, o) => levels(o.levels) },
              ]}
            />
          )}
        </Card>
      )}

      {ended.length > 0 && (
        <Card
          size="small"
          title={tx('已终止的职业（工种）', 'Occupations ended')}
          data-testid="entry-ended-scopes"
        >
          <Space orientation="vertical" size={4}>
            {ended.map((s) => (
              <span key={`${s.occupationCode}-${s.level}`}>
                {s.occupationName}（{s.occupationCode}）· {levelName(s.level)}{' '}
                <EndedTag tx={tx} on={s.endedOn!} />
              </span>
            ))}
          </Space>
        </Card>
      )}

      {e.programmes.length > 0 && (
        <Card size="small" title={tx('职业技能等级证书（1+X）', 'Skill-level certificates (1+X)')}>
          <List
            dataSource={e.programmes}
            data-testid="entry-programmes"
            renderItem={(p) => (
              <List.Item key={p.name}>
                <Space orientation="vertical" size={4}>
                  <span>
                    <Typography.Text strong>{p.name}</Typography.Text>
                    {p.code && <Typography.Text type="secondary"> {p.code}</Typography.Text>}
                  </span>
                  <Space size={[4, 4]} wrap>
                    {p.levels.map((l) => (
                      <Tag key={l} color="blue">
                        {certificateLevel(tx, l)}
                      </Tag>
                    ))}
                    {p.withdrawnOn && <EndedTag tx={tx} on={p.withdrawnOn} programme />}
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}

      {!e.branchName && (
        <Card size="small" title={tx('分支机构', 'Branches')}>
          <Branches branches={e.branches} narrow={narrow} tx={tx} />
        </Card>
      )}

      <Card size="small" title={tx('公开文书', 'Published documents')}>
        <Documents entry={e} tx={tx} />
      </Card>
    </Space>
  );
}

function Branches({ branches, narrow, tx }: { branches: EntryBranch[]; narrow: boolean; tx: Tx }) {
  if (branches.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={tx('暂无已公布的分支机构', 'No branch published')}
      />
    );
  const validity = (b: EntryBranch) => validityText(tx, b.validFrom, b.validTo);
  const name = (b: EntryBranch) => <Link to={`/directory/${b.entryId}`}>{b.name}</Link>;
  return narrow ? (
    <List<EntryBranch>
      dataSource={branches}
      data-testid="entry-branch-cards"
      renderItem={(b) => (
        <List.Item key={b.entryId}>
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            <span>
              <Tag>{b.provinceName}</Tag>
              {name(b)}
            </span>
            <Typography.Text type="secondary">{b.jurisdictionName}</Typography.Text>
            <span style={{ wordBreak: 'break-all' }}>
              {tx('备案编码：', 'Filing code: ')}
              {b.filingCode}
            </span>
            <span>
              {tx('有效期：', 'Validity: ')}
              {validity(b)}
            </span>
          </Space>
        </List.Item>
      )}
    />
  ) : (
    <Table<EntryBranch>
      rowKey="entryId"
      size="small"
      pagination={false}
      dataSource={branches}
      data-testid="entry-branch-table"
      columns={[
        { title: tx('省份', 'Province'), dataIndex: 'provinceName', width: 120 },
        { title: tx('分支机构', 'Branch'), key: 'name', render: (_: unknown, b) => name(b) },
        { title: tx('所在地区', 'Area'), dataIndex: 'jurisdictionName', width: 140 },
        { title: tx('备案编码', 'Filing code'), dataIndex: 'filingCode' },
        { title: tx('有效期', 'Validity'), key: 'validity', render: (_: unknown, b) => validity(b) },
      ]}
    />
  );
}

function Documents({ entry, tx }: { entry: DirectoryEntryDetail; tx: Tx }) {
  if (entry.documents.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          entry.imported
            ? tx(
                '存量导入的条目：备案决定在本系统启用前作出，文书由决定部门保存',
                'Imported existing filing: decided before SkillReg, its documents are kept by the deciding authority',
              )
            : tx('暂无公开文书', 'No published document')
        }
      />
    );
  return (
    <List<PublicDocument>
      dataSource={entry.documents}
      data-testid="entry-documents"
      renderItem={(d) => (
        <List.Item
          key={d.id}
          actions={[
            <a
              key="pdf"
              href={`/api/v1/directory/${entry.id}/documents/${d.id}/file`}
              data-testid="entry-document-download"
            >
              <DownloadOutlined /> PDF
            </a>,
          ]}
        >
          <List.Item.Meta
            avatar={<FilePdfOutlined style={{ fontSize: 20, color: '#cf1322' }} />}
            title={
              <span style={{ wordBreak: 'break-word' }}>
                {/* The title is the Chinese document's own; English mode names it by its kind. */}
                {tx(d.title, `${d.kind_en} — ${entry.institutionName}`)}
              </span>
            }
            description={
              <Space size={[8, 0]} wrap>
                <Tag>{tx(d.kind_zh, d.kind_en)}</Tag>
                <span style={{ wordBreak: 'break-all' }}>{d.number}</span>
                <span>{d.issuedOn}</span>
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}
