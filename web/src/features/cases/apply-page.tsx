// 「申请」: the procedures the caller may open, and for the chosen one its application form drawn from
// the server's JSON schema. Submitting opens the case and goes to its page (materials next). The chosen
// procedure is in the address (/apply?procedure=violation-case), so that another page can open its form.
import { Alert, Button, Card, Col, Empty, Form, Row, Space, Spin, Tag, Typography } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, toApiError, type Problem } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../i18n/zh-CN';
import { markFields, ProblemAlert } from '../../app/problems';
import { ProblemResult } from '../common/problem-result';
import { SchemaFields, cleanValues, hasFields } from './schema-form';
import type { ProcedureItem } from './types';
import { useText } from './texts';

/** A procedure the deciding body opens itself is not applied for: its form and button say 立案. */
const OPENING_WORDS: Record<string, { title: [string, string]; submit: [string, string] }> = {
  'violation-case': { title: ['立案', 'Open a case'], submit: ['立案', 'Open the case'] },
};

/**
 * Fields another page fills in through the address (/apply?procedure=ordered-exit&origin=violation_case
 * &violationCaseId=…): only top-level text fields of the chosen form, so the address cannot set anything
 * the form does not show. The server checks them as it checks what the user types.
 */
function givenValues(chosen: ProcedureItem, params: URLSearchParams): Record<string, string> {
  const properties =
    (chosen.openSchema as { properties?: Record<string, { type?: unknown }> })?.properties ?? {};
  const given: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key !== 'procedure' && properties[key]?.type === 'string') given[key] = value;
  }
  return given;
}

export function ApplyPage() {
  const tx = useText();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useApi<{ items: ProcedureItem[] }>('/procedures');
  const [params, setParams] = useSearchParams();
  const [chosenId, setChosenId] = useState<string | null>(() => params.get('procedure'));
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<{ problem: Problem; extra: string[] } | null>(null);
  const [saving, setSaving] = useState(false);

  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (loading && !data) return <Spin />;
  // A procedure named in the address that this account cannot open is not chosen.
  const chosen = data?.items.find((p) => p.id === chosenId) ?? null;

  const submit = async () => {
    if (!chosen) return;
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
        procedure: chosen.id,
        input: cleanValues(values),
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
      <Typography.Title level={3} style={{ margin: 0 }}>
        {tx('申请', 'Apply')}
      </Typography.Title>
      {(data?.items.length ?? 0) === 0 ? (
        <Empty description={tx('当前账号没有可以提出的申请事项', 'Nothing this account can apply for')} />
      ) : (
        <Row gutter={[16, 16]}>
          {data!.items.map((p) => (
            <Col key={p.id} xs={24} md={12} xl={8}>
              <Card
                hoverable
                data-testid={`procedure-${p.id}`}
                onClick={() => {
                  setChosenId(p.id);
                  setParams({ procedure: p.id }, { replace: true });
                  setProblem(null);
                  form.resetFields();
                }}
                style={chosen?.id === p.id ? { borderColor: '#1677ff' } : undefined}
              >
                <Card.Meta
                  avatar={<FormOutlined style={{ fontSize: 24, color: '#1677ff' }} />}
                  title={tx(p.title_zh, p.title_en)}
                  description={
                    <Space wrap>
                      {/* The regulation by its short name, not its id (issue 10 point 2). */}
                      {p.regimes.map((r) => (
                        <Tag key={r}>{t(`regime.${r}` as MessageKey)}</Tag>
                      ))}
                    </Space>
                  }
                />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {chosen && (
        <Card
          title={
            OPENING_WORDS[chosen.id]
              ? tx(
                  `${OPENING_WORDS[chosen.id]!.title[0]}：${chosen.title_zh}`,
                  `${OPENING_WORDS[chosen.id]!.title[1]}: ${chosen.title_en}`,
                )
              : tx(`填写申请：${chosen.title_zh}`, `Application: ${chosen.title_en}`)
          }
          data-testid="apply-form"
        >
          {problem && <ProblemAlert problem={problem.problem} extra={problem.extra} />}
          <Form form={form} layout="vertical" key={chosen.id} initialValues={givenValues(chosen, params)}>
            {hasFields(chosen.openSchema) ? (
              <SchemaFields schema={chosen.openSchema} />
            ) : (
              <Alert
                type="info"
                showIcon
                title={tx(
                  '此事项无需填写申请表，提交后上传材料。',
                  'No form: submit, then upload the materials.',
                )}
              />
            )}
          </Form>
          <Button type="primary" loading={saving} onClick={submit} data-testid="apply-submit">
            {OPENING_WORDS[chosen.id]
              ? tx(...OPENING_WORDS[chosen.id]!.submit)
              : tx('创建申请', 'Create application')}
          </Button>
        </Card>
      )}
    </Space>
  );
}
