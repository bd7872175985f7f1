// A form in a modal that POSTs (or PATCHes) to the API. The server decides: its field problems are
// marked on the fields they name, anything else is shown above the form in the server's words.
import { Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { api, toApiError, type Problem } from './api';
import { useI18n } from './i18n';
import { markFields, ProblemAlert } from './problems';

interface Props<V, R> {
  title: ReactNode;
  open: boolean;
  onClose: () => void;
  onDone: (result: R) => void;
  method?: 'POST' | 'PATCH';
  path: string;
  /** Form values → request body (dates to 'YYYY-MM-DD', empty strings dropped, …). */
  toBody: (values: V) => unknown;
  initialValues?: Partial<V>;
  children: (form: FormInstance<V>) => ReactNode;
  width?: number;
}

export function FormModal<V extends object, R = unknown>(props: Props<V, R>) {
  const { t } = useI18n();
  const [form] = Form.useForm<V>();
  const [problem, setProblem] = useState<{ problem: Problem; extra: string[] } | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows its own hints
    }
    setSaving(true);
    setProblem(null);
    try {
      const body = props.toBody(values);
      const result =
        props.method === 'PATCH' ? await api.patch<R>(props.path, body) : await api.post<R>(props.path, body);
      form.resetFields();
      props.onDone(result);
    } catch (err) {
      const e = toApiError(err);
      const extra = markFields(form, e.problem);
      setProblem({ problem: e.problem, extra });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={props.title}
      open={props.open}
      onCancel={() => {
        setProblem(null);
        props.onClose();
      }}
      onOk={submit}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      width={props.width ?? 640}
      mask={{ closable: false }}
    >
      {problem && <ProblemAlert problem={problem.problem} extra={problem.extra} />}
      <Form<V> form={form} layout="vertical" initialValues={props.initialValues} preserve={false}>
        {props.children(form)}
      </Form>
    </Modal>
  );
}

/** Drops empty strings and undefined, so optional fields left blank are not sent. */
export function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === '' || v === null) continue;
    out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out as Partial<T>;
}
