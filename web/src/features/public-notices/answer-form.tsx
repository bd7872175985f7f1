// The deciding authority's answer to an objection (异议答复): what it found, and whether the objection
// is founded (a founded objection leads to refusal, not to filing).
import { Button, Form, Input, Radio, Space } from 'antd';
import { useState } from 'react';
import { api, toApiError, type ApiError } from '../../app/api';
import { ProblemAlert } from '../../app/problems';
import { useText } from '../cases/texts';

interface Values {
  answer: string;
  finding: 'founded' | 'unfounded';
}

export function AnswerForm({
  noticeId,
  objectionId,
  onAnswered,
}: {
  noticeId: string;
  objectionId: string;
  onAnswered: () => void;
}) {
  const tx = useText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/public-notices/${noticeId}/objections/${objectionId}/answer`, values);
      onAnswered();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<Values> layout="vertical" onFinish={submit} data-testid="answer-form">
      {error && <ProblemAlert problem={error.problem} />}
      <Form.Item
        name="finding"
        label={tx('核查结论', 'Finding')}
        rules={[{ required: true, message: tx('请选择核查结论', 'Choose a finding') }]}
      >
        <Radio.Group>
          <Radio value="unfounded">{tx('异议不成立', 'Unfounded')}</Radio>
          <Radio value="founded">{tx('异议成立（应不予备案）', 'Founded (the filing is refused)')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="answer"
        label={tx('答复意见（核查情况及结论）', 'Answer')}
        rules={[{ required: true, max: 4000, message: tx('请填写答复意见', 'Write the answer') }]}
      >
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="answer-submit">
          {tx('提交答复', 'Answer')}
        </Button>
      </Space>
    </Form>
  );
}
