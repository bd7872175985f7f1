// 工作人员处理登记 /staff-sanctions (issue 11 point 3; mohrss-violations §9, §10): authority staff see the
// national register of staff barred from evaluation work for the year (§9) or whose assessor card was
// revoked (§10) — masked document numbers only — look a person up by document number, export the list
// and record an entry from a decision (article, first and, where there is one, last day, reason, 文号).
// Putting a person on a session anywhere checks it (decision 0028); the violations procedure will add
// entries later. The shared register pieces are those of 评价禁考名单 (common/person-register.tsx).
import { App, Button, Card, DatePicker, Form, Input, Radio, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { query } from '../../app/api';
import { FormModal } from '../../app/form-modal';
import { useI18n } from '../../app/i18n';
import { ProblemAlert } from '../../app/problems';
import { useText } from '../cases/texts';
import { DOC_TYPES } from '../candidates/texts';
import {
  decisionColumns,
  DecisionFields,
  personColumns,
  PersonFields,
  usePagedList,
  type PersonRow,
} from '../common/person-register';

export type SanctionKind = 'work_ban' | 'assessor_card_revoked';

export interface StaffSanction extends PersonRow {
  id: string;
  kind: SanctionKind;
  fromOn: string;
  toOn: string | null;
  article: string;
  recordedByAuthorityName: string;
  recordedAt: string;
}

interface SanctionList {
  items: StaffSanction[];
  total: number;
  abilities: { record: boolean };
}

interface SanctionForm {
  kind: SanctionKind;
  name: string;
  docType: string;
  docNumber: string;
  article: string;
  fromOn: Dayjs;
  toOn?: Dayjs | null;
  reason: string;
  decisionRef?: string;
}

export const SANCTION_KIND: Record<SanctionKind, [zh: string, en: string]> = {
  work_ban: ['取消当年参加评价工作资格', 'Barred from evaluation work for the year'],
  assessor_card_revoked: ['吊销考评人员证书', 'Assessor card revoked'],
};

const ZH_NUMERALS = ['', '一', '二', '三', '四', '五'];
/** The articles of each kind: §9 items (一)–(五), §10 items (一)–(三), as the decision cites them. */
const ARTICLES: Record<SanctionKind, { article: number; items: number }> = {
  work_ban: { article: 9, items: 5 },
  assessor_card_revoked: { article: 10, items: 3 },
};
const articleZh = (article: number, item: number) =>
  `第${article === 9 ? '九' : '十'}条${item ? `第（${ZH_NUMERALS[item]}）项` : ''}`;
const articleOptions = (kind: SanctionKind) => {
  const { article, items } = ARTICLES[kind];
  return Array.from({ length: items + 1 }, (_, i) => articleZh(article, i));
};

/** 第十条第（二）项 → §10(2) in English; an article written otherwise is shown as recorded. */
export function sanctionArticle(text: string, lang: string): string {
  if (lang !== 'en') return text;
  const m = /^第(九|十)条(?:第（([一二三四五])）项)?$/.exec(text);
  if (!m) return text;
  return `§${m[1] === '九' ? 9 : 10}${m[2] ? `(${ZH_NUMERALS.indexOf(m[2])})` : ''}`;
}

export function StaffSanctionsPage() {
  const tx = useText();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const [kind, setKind] = useState<SanctionKind | undefined>(undefined);
  const [search, setSearch] = useState<{ docType: string; docNumber: string } | null>(null);
  const [docType, setDocType] = useState('resident_id');
  const { data, problem, loading, reload, pagination } = usePagedList<SanctionList>('/staff-sanctions', {
    kind,
    docType: search?.docType,
    docNumber: search?.docNumber,
  });
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title={tx('工作人员处理登记', 'Staff-sanction register')}
      extra={
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            href={`/api/v1/staff-sanctions/export.xlsx${query({ kind })}`}
            data-testid="sanctions-export"
          >
            {tx('导出 Excel', 'Export to Excel')}
          </Button>
          {data?.abilities.record && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {tx('登记处理', 'Record a sanction')}
            </Button>
          )}
        </Space>
      }
    >
      <p style={{ marginTop: 0 }}>
        {tx(
          '依《技能人才评价违纪违规行为处理工作指引（试行）》第九条取消考务管理人员当年参加评价工作资格、第十条吊销考评人员证书的处理。本登记全国通用：各地评价机构安排批次工作人员时均据证件号码核对，被拒绝时告知依据条款和截止日期。',
          'Sanctions under the guidelines on violations in skill evaluation: §9 bars exam administrators from evaluation work for the year, §10 revokes an assessor’s card. The register is national: every institution in every province is checked against it by document number when it puts staff on a session; a refusal states the article and the end date.',
        )}
      </p>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<SanctionKind | ''>
          value={kind ?? ''}
          style={{ width: 260 }}
          onChange={(v) => setKind(v || undefined)}
          aria-label={tx('处理类别', 'Kind')}
          data-testid="sanctions-kind"
          options={[
            { value: '', label: tx('全部处理类别', 'All kinds') },
            ...Object.entries(SANCTION_KIND).map(([value, l]) => ({
              value: value as SanctionKind,
              label: tx(...l),
            })),
          ]}
        />
        <Space.Compact>
          <Select
            value={docType}
            onChange={setDocType}
            style={{ width: 130 }}
            popupMatchSelectWidth={false}
            aria-label={tx('证件类型', 'Document type')}
            options={Object.entries(DOC_TYPES).map(([value, l]) => ({ value, label: tx(...l) }))}
          />
          <Input.Search
            allowClear
            style={{ width: 220 }}
            placeholder={tx('按证件号码查找', 'Find by document number')}
            aria-label={tx('证件号码', 'Document number')}
            autoComplete="off"
            onSearch={(v) => setSearch(v.trim() ? { docType, docNumber: v.trim() } : null)}
          />
        </Space.Compact>
      </Space>
      {problem && <ProblemAlert problem={problem} />}
      <Table<StaffSanction>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 1600 }}
        data-testid="sanctions-table"
        pagination={pagination}
        columns={[
          {
            title: tx('处理类别', 'Kind'),
            dataIndex: 'kind',
            width: 150,
            render: (k: SanctionKind) => (
              <Tag color={k === 'assessor_card_revoked' ? 'red' : 'orange'}>{tx(...SANCTION_KIND[k])}</Tag>
            ),
          },
          ...personColumns<StaffSanction>(tx),
          {
            title: tx('依据', 'Article'),
            dataIndex: 'article',
            width: 140,
            render: (a: string) => sanctionArticle(a, lang),
          },
          {
            title: tx('处理期间', 'Period'),
            dataIndex: 'fromOn',
            width: 210,
            render: (s: string, r) => `${s} ~ ${r.toOn ?? tx('长期', 'no end')}`,
          },
          ...decisionColumns<StaffSanction>(tx, (r) => ({
            by: r.recordedByAuthorityName,
            at: r.recordedAt,
          })),
        ]}
      />
      <FormModal<SanctionForm, StaffSanction>
        open={adding}
        title={tx('登记工作人员处理', 'Record a staff sanction')}
        path="/staff-sanctions"
        initialValues={{ kind: 'work_ban', docType: 'resident_id' }}
        toBody={(v) => ({
          kind: v.kind,
          name: v.name,
          docType: v.docType,
          docNumber: v.docNumber,
          article: v.article,
          fromOn: v.fromOn.format('YYYY-MM-DD'),
          toOn: v.toOn ? v.toOn.format('YYYY-MM-DD') : null,
          reason: v.reason,
          decisionRef: v.decisionRef?.trim() || null,
        })}
        onClose={() => setAdding(false)}
        onDone={() => {
          setAdding(false);
          void message.success(tx('已登记', 'Recorded'));
          reload();
        }}
      >
        {() => (
          <>
            <Form.Item name="kind" label={tx('处理类别', 'Kind')} rules={[{ required: true }]}>
              <Radio.Group
                options={Object.entries(SANCTION_KIND).map(([value, l]) => ({ value, label: tx(...l) }))}
              />
            </Form.Item>
            <PersonFields />
            <Form.Item noStyle dependencies={['kind']}>
              {({ getFieldValue }) => {
                const k = (getFieldValue('kind') as SanctionKind | undefined) ?? 'work_ban';
                const allowed = articleOptions(k);
                return (
                  <Form.Item
                    name="article"
                    label={tx('处理依据', 'Article')}
                    rules={[
                      { required: true },
                      {
                        validator: async (_, v: string | undefined) => {
                          if (v && !allowed.includes(v))
                            throw new Error(
                              tx('依据条款与处理类别不一致', 'The article does not match the kind'),
                            );
                        },
                      },
                    ]}
                  >
                    <Select
                      data-testid="sanction-article"
                      options={allowed.map((a) => ({ value: a, label: sanctionArticle(a, lang) }))}
                    />
                  </Form.Item>
                );
              }}
            </Form.Item>
            <Space wrap style={{ width: '100%' }} align="start">
              <Form.Item name="fromOn" label={tx('起始日期', 'First day')} rules={[{ required: true }]}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="toOn" label={tx('截止日期（含）', 'Last day (included)')}>
                <DatePicker />
              </Form.Item>
            </Space>
            <p style={{ marginTop: -8, color: 'rgba(0,0,0,0.45)' }}>
              {tx(
                '第九条：取消当年资格，截止日期为处理当年 12 月 31 日；第十条：吊销证书无期限，截止日期不填。',
                '§9: barred for the year — the last day is 31 December of the year of the decision; §10: a revoked card has no end — leave the last day empty.',
              )}
            </p>
            <DecisionFields />
          </>
        )}
      </FormModal>
    </Card>
  );
}
