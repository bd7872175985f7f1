// Registering an institution. The server decides whether the caller may register one in the chosen
// jurisdiction and whether the record is valid; this page shows its answer on the fields.
import { App, Button, Card, Form, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, toApiError, type Problem } from '../../app/api';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { markFields, ProblemAlert } from '../../app/problems';
import { apiValues, InstitutionFields, type InstitutionFormValues } from './institution-fields';
import type { Institution } from './types';

export function InstitutionCreatePage() {
  const { t } = useI18n();
  const { user } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<InstitutionFormValues>();
  const [problem, setProblem] = useState<{ problem: Problem; extra: string[] } | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (values: InstitutionFormValues) => {
    setSaving(true);
    setProblem(null);
    const body = Object.fromEntries(Object.entries(apiValues(values)).filter(([, v]) => v !== null));
    try {
      const created = await api.post<Institution>('/institutions', body);
      message.success(t('common.saved'));
      navigate(`/institutions/${created.id}`, { replace: true });
    } catch (err) {
      const e = toApiError(err);
      setProblem({ problem: e.problem, extra: markFields(form, e.problem) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('institutions.create')}>
      {problem && <ProblemAlert problem={problem.problem} extra={problem.extra} />}
      <Form<InstitutionFormValues>
        form={form}
        layout="vertical"
        onFinish={save}
        style={{ maxWidth: 960 }}
        initialValues={{
          jurisdictionCode: user?.authority?.jurisdictionCode,
          authorityId: user?.authority?.id,
        }}
      >
        <InstitutionFields />
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('common.save')}
          </Button>
          <Button onClick={() => navigate('/institutions')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
