// 工作日计算: the n-th working day after a date, with every day skipped and why (holidays, weekends,
// swapped working days), computed by the server's calendar — the same one every statutory clock uses.
import { Alert, Button, Card, DatePicker, Descriptions, Form, InputNumber, Table, Typography } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, query, toApiError, type Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { ProblemAlert } from '../../app/problems';

interface SkippedDay {
  date: string;
  reason_zh: string;
  reason_en: string;
}

export interface WorkingDaysAnswer {
  start?: string;
  n?: number;
  due: string;
  skipped: SkippedDay[];
  calendarKnown: boolean;
  explanation_zh: string;
  explanation_en?: string;
}

interface FormValues {
  from: Dayjs;
  days: number;
}

export function WorkingDaysCard({ title }: { title?: string }) {
  const { t, lang } = useI18n();
  const [answer, setAnswer] = useState<WorkingDaysAnswer | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const compute = async (v: FormValues) => {
    setBusy(true);
    setProblem(null);
    try {
      const from = v.from.format('YYYY-MM-DD');
      setAnswer(await api.get<WorkingDaysAnswer>(`/calendar/working-days${query({ from, days: v.days })}`));
    } catch (err) {
      setAnswer(null);
      setProblem(toApiError(err).problem);
    } finally {
      setBusy(false);
    }
  };

  const explanation = answer
    ? lang === 'en' && answer.explanation_en
      ? answer.explanation_en
      : answer.explanation_zh
    : '';
  const due = answer ? dayjs(answer.due) : null;

  return (
    <Card title={title ?? t('nav.workingDays')}>
      <Form<FormValues>
        layout="inline"
        initialValues={{ from: dayjs(), days: 10 }}
        onFinish={compute}
        style={{ rowGap: 8, marginBottom: 16 }}
      >
        <Form.Item name="from" label={t('calendar.from')} rules={[{ required: true }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="days" label={t('calendar.days')} rules={[{ required: true }]}>
          <InputNumber min={0} max={3650} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={busy}>
            {t('calendar.compute')}
          </Button>
        </Form.Item>
      </Form>
      {problem && <ProblemAlert problem={problem} />}
      {answer && due && (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'due',
                label: t('calendar.due'),
                children: (
                  <Typography.Text strong style={{ fontSize: 16 }} data-testid="working-days-due">
                    {answer.due} <Typography.Text type="secondary">{due.format('dddd')}</Typography.Text>
                  </Typography.Text>
                ),
              },
              { key: 'exp', label: t('calendar.explanation'), children: explanation },
            ]}
          />
          {!answer.calendarKnown && (
            <Alert type="warning" showIcon title={t('calendar.unknownYear')} style={{ margin: '12px 0' }} />
          )}
          {answer.skipped.length > 0 && (
            <Table<SkippedDay>
              rowKey="date"
              size="small"
              style={{ marginTop: 12 }}
              dataSource={answer.skipped}
              pagination={answer.skipped.length > 10 ? { pageSize: 10, size: 'small' } : false}
              columns={[
                {
                  title: t('calendar.skippedDate'),
                  dataIndex: 'date',
                  width: 170,
                  render: (d: string) => `${d}（${dayjs(d).format('ddd')}）`,
                },
                {
                  title: t('calendar.reason'),
                  key: 'reason',
                  render: (_: unknown, r) => (lang === 'en' ? r.reason_en : r.reason_zh),
                },
              ]}
            />
          )}
        </>
      )}
    </Card>
  );
}
