// Editing an institution's registry record. Sends only what changed, with the `version` it was read at;
// if someone else saved first the server answers 409 VERSION_CONFLICT and the user may reload.
import { App, Button, Card, Form, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, ApiError, toApiError, type Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { markFields, ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { apiValues, formValues, InstitutionFields, type InstitutionFormValues } from './institution-fields';
import type { Institution } from './types';

export function InstitutionEditPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data, error, reload } = useApi<Institution>(`/institutions/${encodeURIComponent(id)}`);

  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (!data || data.id !== id)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (!data.abilities.update) {
    const problem = {
      status: 403,
      code: 'FORBIDDEN',
      title: t('common.forbidden'),
      detail: t('institutions.noUpdate'),
    };
    return <ProblemResult error={new ApiError(problem)} />;
  }
  // Keyed by version: after a reload the form starts again from the record as it now is.
  return <EditForm key={data.version} inst={data} reload={reload} />;
}

function EditForm({ inst, reload }: { inst: Institution; reload: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<InstitutionFormValues>();
  const [problem, setProblem] = useState<{ problem: Problem; extra: string[] } | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (values: InstitutionFormValues) => {
    const before = apiValues(formValues(inst));
    const after = apiValues(values);
    const changed: Record<string, string | null> = Object.fromEntries(
      Object.entries(after).filter(([k, v]) => before[k] !== v),
    );
    if (changed.status && values.statusReason?.trim()) changed.statusReason = values.statusReason.trim();
    if (Object.keys(changed).length === 0) {
      message.info(t('common.noChanges'));
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await api.patch<Institution>(`/institutions/${inst.id}`, { version: inst.version, ...changed });
      message.success(t('common.saved'));
      navigate(`/institutions/${inst.id}`);
    } catch (err) {
      const e = toApiError(err);
      if (e.code === 'VERSION_CONFLICT') {
        modal.confirm({
          title: e.problem.title,
          content: (
            <>
              <p>{e.problem.detail}</p>
              <p>{t('institutions.conflictHint')}</p>
            </>
          ),
          okText: t('common.reload'),
          cancelText: t('common.keepEditing'),
          onOk: reload,
        });
      } else {
        setProblem({ problem: e.problem, extra: markFields(form, e.problem) });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('institutions.editTitle', { name: inst.name })}>
      {problem && <ProblemAlert problem={problem.problem} extra={problem.extra} />}
      <Form<InstitutionFormValues>
        form={form}
        layout="vertical"
        initialValues={formValues(inst)}
        onFinish={save}
        style={{ maxWidth: 960 }}
      >
        <InstitutionFields statusFrom={inst.status} />
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('common.save')}
          </Button>
          <Button onClick={() => navigate(`/institutions/${inst.id}`)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
