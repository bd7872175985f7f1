// 登记考生: name, document type and number; the server validates the number, checks the evaluation-ban
// register (mohrss-violations §6–7) and, for a Guizhou school, the student register (gz-rules §5(1)), and
// answers a refusal with the findings and their articles, shown here in the dialog.
import { Form, Modal } from 'antd';
import { useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { markFields } from '../../app/problems';
import { useText } from '../cases/texts';
import { PersonFields } from '../common/person-register';
import { CandidateProblem } from './candidate-problem';
import type { Candidate } from './types';

interface Values {
  name: string;
  docType: string;
  docNumber: string;
}

export function RegisterModal({
  sessionId,
  open,
  onClose,
  onDone,
}: {
  sessionId: string;
  open: boolean;
  onClose: () => void;
  onDone: (c: Candidate) => void;
}) {
  const tx = useText();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const c = await api.post<Candidate>(`/evaluation-sessions/${sessionId}/candidates`, v);
      form.resetFields();
      onDone(c);
    } catch (err) {
      const e = toApiError(err);
      markFields(form, e.problem);
      setProblem(e.problem);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={open}
      title={tx('登记考生', 'Register a candidate')}
      okText={tx('登记', 'Register')}
      cancelText={tx('取消', 'Cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={() => {
        setProblem(null);
        onClose();
      }}
      destroyOnHidden
    >
      {problem && <CandidateProblem problem={problem} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ docType: 'resident_id' }}
        data-testid="register-form"
      >
        <PersonFields
          docNumberExtra={tx(
            '号码加密保存，列表中只显示脱敏号码',
            'Stored encrypted; lists show it masked only',
          )}
        />
      </Form>
    </Modal>
  );
}
