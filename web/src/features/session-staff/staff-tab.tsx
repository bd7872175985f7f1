// 工作人员 tab of the session page (issue 11 point 3): who is on the session as 考务管理人员, 考评人员 or
// 质量督导员, the check each assignment passed (mohrss-violations §9, §10, §12(2)); the institution puts its
// staff on a planned session and removes them; a refusal shows its findings with the articles, in the
// reader's language (the server sends the English twins of its title and of each finding).
import { Alert, App, Button, Form, Select, Space, Table } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { ProblemAlert, problemText } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { FindingsList } from '../cases/findings-list';
import type { FindingView } from '../cases/types';
import { dateTime, useText } from '../cases/texts';
import type { EvaluationSession } from '../evaluation-sessions/types';

export const DUTY_TEXT: Record<string, [zh: string, en: string]> = {
  exam_admin: ['考务管理人员', 'Exam administrator'],
  assessor: ['考评人员', 'Assessor'],
  quality_supervisor: ['质量督导员', 'Quality supervisor'],
};

interface Assignment {
  id: string;
  staffId: string;
  name: string;
  idNumberMasked: string;
  duty: string;
  assignedAt: string;
  check: { asOf: string; findings: FindingView[] };
}
interface StaffRow {
  id: string;
  name: string;
  active: boolean;
  roles: { role: string; occupationCode: string | null; level: number | null }[];
}

function roleText(r: StaffRow['roles'][number], tx: (zh: string, en: string) => string): string {
  const name = tx(...(DUTY_TEXT[r.role] ?? ['专职工作人员', 'Full-time staff']));
  return r.role === 'assessor'
    ? `${name} ${r.occupationCode ?? ''} ${r.level ? tx(`${r.level} 级`, `level ${r.level}`) : ''}`
    : name;
}

function AssignForm({ session, onDone }: { session: EvaluationSession; onDone: () => void }) {
  const tx = useText();
  const { message } = App.useApp();
  const staff = useApi<{ items: StaffRow[] }>(
    `/institutions/${session.institutionId}/staff?pageSize=100&active=true`,
  );
  const [form] = Form.useForm<{ staffId: string; duty: string }>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async (v: { staffId: string; duty: string }) => {
    setProblem(null);
    try {
      await api.post(`/evaluation-sessions/${session.id}/staff`, v);
      void message.success(tx('已安排', 'Assigned'));
      form.resetFields();
      onDone();
    } catch (err) {
      setProblem(toApiError(err).problem);
    }
  };
  return (
    <>
      <Form
        form={form}
        layout="inline"
        onFinish={(v) => void submit(v)}
        style={{ marginBottom: 12 }}
        data-testid="assign-staff"
      >
        <Form.Item
          name="staffId"
          label={tx('人员', 'Person')}
          rules={[{ required: true, message: tx('请选择人员', 'Choose a person') }]}
        >
          <Select
            style={{ width: 280 }}
            showSearch
            optionFilterProp="label"
            loading={staff.loading}
            options={(staff.data?.items ?? []).map((s) => ({
              value: s.id,
              label: `${s.name}（${s.roles.map((r) => roleText(r, tx)).join('、')}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="duty"
          label={tx('批次职责', 'Duty')}
          rules={[{ required: true, message: tx('请选择职责', 'Choose a duty') }]}
        >
          <Select
            style={{ width: 170 }}
            options={Object.entries(DUTY_TEXT).map(([value, t]) => ({ value, label: tx(...t) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined />}>
          {tx('安排', 'Assign')}
        </Button>
      </Form>
      {problem && <StaffRefusal problem={problem} />}
    </>
  );
}

/**
 * A refused assignment: the title (who may not be put on the session) and the failed findings one by
 * one with their articles — the detail would only repeat them; any other problem as the shell shows it.
 */
function StaffRefusal({ problem }: { problem: Problem }) {
  const { lang } = useI18n();
  const findings = (problem.extra?.findings ?? []) as FindingView[];
  if (findings.length === 0) return <ProblemAlert problem={problem} />;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="staff-refusal"
      title={problemText(problem, lang).title}
      description={<FindingsList findings={findings} compact />}
      style={{ marginBottom: 16 }}
    />
  );
}

export function StaffTab({ session }: { session: EvaluationSession }) {
  const tx = useText();
  const { data, error, loading, reload } = useApi<{ items: Assignment[]; abilities: { assign: boolean } }>(
    `/evaluation-sessions/${session.id}/staff`,
  );
  const remove = async (a: Assignment) => {
    await api.delete(`/evaluation-sessions/${session.id}/staff/${a.id}`);
    reload();
  };
  const count = (d: string) => data?.items.filter((a) => a.duty === d).length ?? 0;
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={tx(
          `关闭批次前须至少安排质量督导员、考务管理人员、考评人员各一名（《技能人才评价违纪违规行为处理工作指引（试行）》第十二条第（二）、（四）项）。当前：考务 ${count('exam_admin')}、考评 ${count('assessor')}、督导 ${count('quality_supervisor')}`,
          `Before closing, the session needs at least one quality supervisor, exam administrator and assessor (§12(2), (4)). Now: ${count('exam_admin')} exam administrator(s), ${count('assessor')} assessor(s), ${count('quality_supervisor')} supervisor(s)`,
        )}
      />
      {data?.abilities.assign && <AssignForm session={session} onDone={reload} />}
      <Space style={{ marginBottom: 12 }}>
        <Button
          icon={<DownloadOutlined />}
          href={`/api/v1/evaluation-sessions/${session.id}/staff/export.xlsx`}
        >
          {tx('导出 Excel', 'Export to Excel')}
        </Button>
      </Space>
      {error && <ProblemAlert problem={error.problem} />}
      <Table<Assignment>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 700 }}
        data-testid="session-staff-table"
        expandable={{
          expandedRowRender: (a) => (
            <>
              <div style={{ marginBottom: 4 }}>
                {tx(`安排时的规则检查（${a.check.asOf}）`, `Checks when assigned (${a.check.asOf})`)}
              </div>
              <FindingsList findings={a.check.findings} compact />
            </>
          ),
        }}
        columns={[
          { title: tx('姓名', 'Name'), dataIndex: 'name', width: 120 },
          { title: tx('证件号码', 'Document number'), dataIndex: 'idNumberMasked', width: 200 },
          {
            title: tx('批次职责', 'Duty'),
            dataIndex: 'duty',
            width: 140,
            render: (d: string) => tx(...(DUTY_TEXT[d] ?? [d, d])),
          },
          { title: tx('安排时间', 'Assigned at'), dataIndex: 'assignedAt', width: 160, render: dateTime },
          ...(data?.abilities.assign
            ? [
                {
                  title: tx('操作', 'Actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, a: Assignment) => (
                    <Button size="small" type="link" danger onClick={() => void remove(a)}>
                      {tx('移出', 'Remove')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
