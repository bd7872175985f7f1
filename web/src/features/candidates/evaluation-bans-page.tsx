// 评价禁考名单 /evaluation-bans (issue 11 point 2; mohrss-violations §6–7): authority staff see the national
// register (masked document numbers) and record an entry from a decision (article, first and last day,
// reason, 文号). Registration anywhere checks it; the violations procedure will add entries later.
import { Button, Card, DatePicker, Form, Select, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { App } from 'antd';
import { FormModal } from '../../app/form-modal';
import { useI18n } from '../../app/i18n';
import { ProblemAlert } from '../../app/problems';
import { useText } from '../cases/texts';
import {
  decisionColumns,
  DecisionFields,
  personColumns,
  PersonFields,
  usePagedList,
} from '../common/person-register';
import { banArticle } from './texts';
import type { Ban } from './types';

interface BanForm {
  name: string;
  docType: string;
  docNumber: string;
  article: string;
  period: [Dayjs, Dayjs];
  reason: string;
  decisionRef?: string;
}

const ARTICLES = [
  '6',
  '6(1)',
  '6(2)',
  '6(3)',
  '6(4)',
  '6(5)',
  '7',
  '7(1)',
  '7(2)',
  '7(3)',
  '7(4)',
  '7(5)',
  '7(6)',
  '7(7)',
];

export function EvaluationBansPage() {
  const tx = useText();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const { data, problem, loading, reload, pagination } = usePagedList<{ items: Ban[]; total: number }>(
    '/evaluation-bans',
  );
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title={tx('评价禁考名单', 'Evaluation-ban register')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {tx('记录禁考', 'Record a ban')}
        </Button>
      }
    >
      <p style={{ marginTop: 0 }}>
        {tx(
          '依《技能人才评价违纪违规行为处理工作指引（试行）》第六条、第七条作出的禁考处理。各地评价机构登记考生时均查询本名单；被拒绝时只告知禁考截止日期和依据条款。',
          'Bans imposed under §6 and §7 of the guidelines on violations in skill evaluation. Every institution in every province checks this register when registering a candidate; a refusal states only the last day of the ban and its article.',
        )}
      </p>
      {problem && <ProblemAlert problem={problem} />}
      <Table<Ban>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 1400 }}
        data-testid="bans-table"
        pagination={pagination}
        columns={[
          ...personColumns<Ban>(tx),
          {
            title: tx('依据', 'Article'),
            dataIndex: 'article',
            width: 130,
            render: (a: string) => banArticle(a, lang),
          },
          {
            title: tx('禁考期间', 'Ban'),
            dataIndex: 'startsOn',
            width: 210,
            render: (s: string, b) => `${s} ~ ${b.endsOn}`,
          },
          ...decisionColumns<Ban>(tx, (b) => ({ by: b.authorityName, at: b.createdAt })),
        ]}
      />
      <FormModal<BanForm, Ban>
        open={adding}
        title={tx('记录禁考', 'Record a ban')}
        path="/evaluation-bans"
        initialValues={{ docType: 'resident_id', article: '7' }}
        toBody={(v) => ({
          name: v.name,
          docType: v.docType,
          docNumber: v.docNumber,
          article: v.article,
          startsOn: v.period[0].format('YYYY-MM-DD'),
          endsOn: v.period[1].format('YYYY-MM-DD'),
          reason: v.reason,
          decisionRef: v.decisionRef?.trim() || null,
        })}
        onClose={() => setAdding(false)}
        onDone={() => {
          setAdding(false);
          void message.success(tx('已记录', 'Recorded'));
          reload();
        }}
      >
        {() => (
          <>
            <PersonFields />
            <Form.Item name="article" label={tx('处理依据', 'Article')} rules={[{ required: true }]}>
              <Select options={ARTICLES.map((a) => ({ value: a, label: banArticle(a, lang) }))} />
            </Form.Item>
            <Form.Item
              name="period"
              label={tx('禁考期间（含首尾两日）', 'Ban (first and last day included)')}
              rules={[{ required: true }]}
              extra={tx(
                '第六条：至处理决定当年 12 月 31 日；第七条：情节轻微 2 年、情节严重 5 年，自处理决定之日起',
                '§6: to 31 December of the year of the decision; §7: 2 years (minor) or 5 years (serious) from the decision',
              )}
            >
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
            <DecisionFields />
          </>
        )}
      </FormModal>
    </Card>
  );
}
