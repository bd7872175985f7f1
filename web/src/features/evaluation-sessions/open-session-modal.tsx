// 开设评价批次: who opens (the institution or one of its filed branches), the occupation × level from
// what its live filings grant (with their validity), a site from its registered sites, and the dates.
// The server decides (mohrss-violations §13–14): a refusal shows the failed findings with their
// articles, as every refusal does (FindingsList); missing subjects name who records them.
import { Alert, DatePicker, Form, Modal, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { markFields, ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { FindingsList } from '../cases/findings-list';
import type { FindingView } from '../cases/types';
import { useText } from '../cases/texts';
import { useLevelName } from '../reference/level-select';
import { PROBLEMS_EN, REGISTRY_STATUS_TEXT } from './texts';
import type { EvaluationSession, OpeningOptions } from './types';

interface Values {
  opener: string;
  grant: string;
  siteId: string;
  dates: [Dayjs, Dayjs];
}

const INSTITUTION = 'institution';

/** A refusal as this form shows it: the server's problem, and the findings it rests on. */
export function SessionProblem({ problem }: { problem: Problem }) {
  const { lang } = useI18n();
  const findings = (problem.extra?.findings ?? []) as FindingView[];
  const en = lang === 'en' ? PROBLEMS_EN[problem.code] : undefined;
  if (!en && findings.length === 0) return <ProblemAlert problem={problem} />;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="session-refusal"
      title={en?.title ?? problem.title}
      description={
        <>
          {/* The Chinese detail lists the same findings in one sentence; the list below says them one by one. */}
          {findings.length === 0 && <div>{en?.detail ?? problem.detail}</div>}
          <FindingsList findings={findings} />
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}

export function OpenSessionModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (s: EvaluationSession) => void;
}) {
  const tx = useText();
  const levelName = useLevelName();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const { data: options, error } = useApi<OpeningOptions>(
    open ? '/evaluation-sessions/opening-options' : null,
  );
  const openerKey = Form.useWatch('opener', form) ?? INSTITUTION;
  const opener = useMemo(
    () => options?.openers.find((o) => (o.branchId ?? INSTITUTION) === openerKey),
    [options, openerKey],
  );

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const [occupationCode, level] = v.grant.split('|');
    setSaving(true);
    setProblem(null);
    try {
      const created = await api.post<EvaluationSession>('/evaluation-sessions', {
        ...(v.opener && v.opener !== INSTITUTION ? { branchId: v.opener } : {}),
        siteId: v.siteId,
        occupationCode,
        level: Number(level),
        startsOn: v.dates[0].format('YYYY-MM-DD'),
        endsOn: v.dates[1].format('YYYY-MM-DD'),
      });
      form.resetFields();
      onDone(created);
    } catch (err) {
      const p = toApiError(err).problem;
      markFields(form, p);
      setProblem(p);
    } finally {
      setSaving(false);
    }
  };

  const statusTag = (status: string) =>
    status === 'active' || status === 'registered' ? null : (
      <Tag color="orange">{tx(...(REGISTRY_STATUS_TEXT[status] ?? [status, status]))}</Tag>
    );

  return (
    <Modal
      title={tx('开设评价批次', 'Open an evaluation session')}
      open={open}
      onCancel={() => {
        setProblem(null);
        onClose();
      }}
      onOk={() => void submit()}
      okText={tx('开设', 'Open')}
      cancelText={tx('取消', 'Cancel')}
      confirmLoading={saving}
      width={640}
      destroyOnHidden
    >
      {error && <ProblemAlert problem={error.problem} />}
      {problem && <SessionProblem problem={problem} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ opener: INSTITUTION }}
        data-testid="open-session-form"
      >
        {(options?.openers.length ?? 0) > 1 && (
          <Form.Item name="opener" label={tx('开设方', 'Opened by')} rules={[{ required: true }]}>
            <Select
              onChange={() => form.setFieldsValue({ grant: undefined, siteId: undefined })}
              options={options!.openers.map((o) => ({
                value: o.branchId ?? INSTITUTION,
                label: (
                  <Space size={4}>
                    {o.branchId ? tx(`分支机构：${o.name}`, `Branch: ${o.name}`) : o.name}
                    {statusTag(o.status)}
                  </Space>
                ),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="grant"
          label={tx('职业（工种）及等级（备案范围）', 'Occupation and level (filed scope)')}
          rules={[
            { required: true, message: tx('请选择职业（工种）及等级', 'Choose the occupation and level') },
          ]}
          extra={
            opener && opener.grants.length === 0
              ? tx('尚无公布的备案（遴选）范围', 'No filed (selected) scope has been published')
              : undefined
          }
        >
          <Select
            showSearch
            optionFilterProp="search"
            placeholder={tx('从备案范围中选择', 'Choose from the filed scope')}
            options={(opener?.grants ?? []).map((g) => ({
              value: `${g.occupationCode}|${g.level}`,
              search: `${g.occupationCode} ${g.occupationName}`,
              label: `${g.occupationCode} ${g.occupationName} · ${levelName(g.level)} · ${tx('有效期', 'valid')} ${g.validFrom} ~ ${g.validTo ?? tx('长期', 'open-ended')}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="siteId"
          label={tx('评价场地', 'Site')}
          rules={[{ required: true, message: tx('请选择评价场地', 'Choose the site') }]}
        >
          <Select
            placeholder={tx('本机构登记的场地', "The institution's registered sites")}
            options={(options?.sites ?? []).map((s) => {
              const branch = options?.openers.find((o) => o.branchId !== null && o.branchId === s.branchId);
              return {
                value: s.id,
                label: `${s.name}（${s.address}）${branch ? tx(` · ${branch.name}`, ` · ${branch.name}`) : ''}`,
              };
            })}
          />
        </Form.Item>
        <Form.Item
          name="dates"
          label={tx('评价日期（开始—结束）', 'Dates (first and last day)')}
          rules={[{ required: true, message: tx('请选择评价日期', 'Choose the dates') }]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} defaultPickerValue={[dayjs(), dayjs()]} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {tx(
            '评价科目按职业标准对该等级的规定自动确定；开设时检查备案范围及有效期、场地及所在省份、机构是否暂停或终止（《技能人才评价违纪违规行为处理工作指引（试行）》第十三条、第十四条）。',
            "The subjects follow what the occupation's standard records for the level. Opening checks the filed scope and its validity, the site and its province, and whether the institution is suspended or terminated (mohrss-violations §13, §14).",
          )}
        </Typography.Paragraph>
      </Form>
    </Modal>
  );
}
