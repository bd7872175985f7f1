// Applying to a call (1x-selection §14 自愿申报): the application form of the 1+X selection, drawn from
// the procedure's own schema (GET /procedures) with the call already chosen. Creating it opens a case
// through the generic API; its page then takes the materials and the submission.
import { Alert, Button, Card, Form, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, toApiError, type Problem } from '../../app/api';
import { useApi } from '../../app/use-api';
import { markFields, ProblemAlert } from '../../app/problems';
import { ProblemResult } from '../common/problem-result';
import { SchemaFields, cleanValues } from '../cases/schema-form';
import type { JsonSchema, ProcedureItem } from '../cases/types';
import { useText } from '../cases/texts';
import { SELECTION_PROCEDURE, type RecruitmentCall } from './types';
import { WindowTag } from './window-tag';

/**
 * The opening form without the call (chosen already by coming from it) and without the field, picked
 * below from the fields the call names (§12 分领域招募).
 */
function withoutCallAndField(schema: JsonSchema): JsonSchema {
  const { callId: _callId, field: _field, ...properties } = schema.properties ?? {};
  return {
    ...schema,
    properties,
    required: (schema.required ?? []).filter((k) => k !== 'callId' && k !== 'field'),
  };
}

export function ApplyToCallPage() {
  const { id = '' } = useParams();
  const tx = useText();
  const navigate = useNavigate();
  const call = useApi<RecruitmentCall>(`/recruitment-calls/${id}`);
  const procedures = useApi<{ items: ProcedureItem[] }>('/procedures');
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<{ problem: Problem; extra: string[] } | null>(null);
  const [saving, setSaving] = useState(false);

  if (call.error) return <ProblemResult error={call.error} onRetry={call.reload} />;
  if (procedures.error) return <ProblemResult error={procedures.error} onRetry={procedures.reload} />;
  if (!call.data || !procedures.data) return <Spin />;
  const c = call.data;
  const procedure = procedures.data.items.find((p) => p.id === SELECTION_PROCEDURE);

  const submit = async () => {
    let values: Record<string, unknown>;
    try {
      values = (await form.validateFields()) as Record<string, unknown>;
    } catch {
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const opened = await api.post<{ id: string }>('/cases', {
        procedure: SELECTION_PROCEDURE,
        input: { callId: c.id, ...(cleanValues(values) as Record<string, unknown>) },
      });
      navigate(`/cases/${opened.id}`);
    } catch (err) {
      const e = toApiError(err);
      setProblem({ problem: e.problem, extra: markFields(form, e.problem, ['input']) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('申报：', 'Apply: ')}
          {c.title}
        </Typography.Title>
        <Space wrap>
          <WindowTag window={c.window} />
          <Typography.Text type="secondary">
            {c.batch} · {tx('申报时间', 'window')} {c.openOn} {tx('至', 'to')} {c.closeOn} ·{' '}
            {tx('招募领域', 'fields')}：{c.fields.map((f) => f.name).join('、')}
          </Typography.Text>
        </Space>
      </div>
      {!procedure || !c.abilities.apply ? (
        <Alert
          type="warning"
          showIcon
          title={tx(
            '当前账号不能申报该公告（仅评价机构工作人员在申报时间内可以申报）',
            'This account cannot apply to this call now',
          )}
        />
      ) : (
        <Card data-testid="call-apply-form">
          <Typography.Paragraph type="secondary">
            {tx(
              '填写申报书并创建申报后，在申报页面上传申报材料，并在申报截止日前提交。申报单位对材料的真实性、有效性、合法性负责（第十四条）。',
              'Fill in the form, then upload the materials on the application page and submit before the window closes (§14).',
            )}
          </Typography.Paragraph>
          {problem && <ProblemAlert problem={problem.problem} extra={problem.extra} />}
          <Form form={form} layout="vertical" initialValues={{ field: c.fields[0]?.name }}>
            <Form.Item
              name="field"
              label={tx('申报的职业技能领域', 'Field applied for')}
              extra={tx('招募公告所列领域之一（第十二条）', 'One of the fields the call names (§12)')}
              rules={[{ required: true, message: tx('请选择申报领域', 'Choose a field') }]}
            >
              <Select
                style={{ maxWidth: 420 }}
                options={c.fields.map((f) => ({ value: f.name, label: f.name }))}
                data-testid="call-apply-field"
              />
            </Form.Item>
            <SchemaFields schema={withoutCallAndField(procedure.openSchema)} />
          </Form>
          <Button type="primary" loading={saving} onClick={submit} data-testid="call-apply-submit">
            {tx('创建申报', 'Create the application')}
          </Button>
        </Card>
      )}
    </Space>
  );
}
