// The public's objection form (提出异议): name, contact and the objection with its facts. No login; the
// name is shown masked, the contact only to the deciding authority (to reply). A proof of work (ALTCHA,
// challenge-widget.tsx) goes with each submission, so that a script cannot file objections for free.
import { Alert, Button, Card, Form, Input, Result } from 'antd';
import { useRef, useState } from 'react';
import { api, ApiError, toApiError } from '../../app/api';
import { ProblemAlert } from '../../app/problems';
import { useText } from '../cases/texts';
import { ChallengeWidget, type ChallengeHandle } from './challenge-widget';

interface Values {
  name: string;
  contact: string;
  text: string;
}

export function ObjectionForm({
  noticeId,
  endsOn,
  onFiled,
}: {
  noticeId: string;
  endsOn: string;
  onFiled: () => void;
}) {
  const tx = useText();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [filed, setFiled] = useState<{ seq: number; submittedOn: string } | null>(null);
  const challenge = useRef<ChallengeHandle>(null);

  if (filed)
    return (
      <Result
        status="success"
        data-testid="objection-filed"
        title={tx(`异议已提交（异议${filed.seq}）`, `Objection filed (no. ${filed.seq})`)}
        subTitle={tx(
          '受理部门将核查并答复；异议均答复后方作出决定。',
          'The authority will look into it and answer before deciding.',
        )}
        extra={<Button onClick={() => setFiled(null)}>{tx('再提一件', 'File another')}</Button>}
      />
    );

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    let altcha: string;
    try {
      altcha = await challenge.current!.solve();
    } catch {
      setError(
        new ApiError({
          status: 0,
          code: 'CHALLENGE_REQUIRED',
          title: tx('人机验证未完成', 'Verification not completed'),
          detail: tx(
            '请勾选“我不是机器人”并等待验证完成后再提交。',
            'Tick the box and wait until it is verified.',
          ),
        }),
      );
      setBusy(false);
      return;
    }
    try {
      const r = await api.post<{ seq: number; submittedOn: string }>(
        `/public-notices/${noticeId}/objections`,
        { ...values, altcha },
      );
      form.resetFields();
      setFiled(r);
      onFiled();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      // Each solution is accepted once: the next submission solves a new challenge.
      challenge.current?.reset();
      setBusy(false);
    }
  };

  return (
    <Card title={tx('提出异议', 'Object')} size="small">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={tx(
          `公示期至 ${endsOn} 止。请写明事实依据并留下联系方式，以便受理部门核查答复。`,
          `Open until ${endsOn}. State the facts and leave a contact so that the authority can answer.`,
        )}
      />
      {error && <ProblemAlert problem={error.problem} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="objection-form">
        <Form.Item
          name="name"
          label={tx('姓名', 'Name')}
          extra={tx(
            '公开显示时隐去名字，如“王**”',
            'Shown masked in public: only the first character of the name is kept',
          )}
          rules={[
            { required: true, max: 50, message: tx('请填写姓名（50 字以内）', 'Name, up to 50 characters') },
          ]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="contact"
          label={tx('联系电话或电子邮箱', 'Phone or e-mail')}
          extra={tx('仅受理部门可见', 'Seen only by the deciding authority')}
          rules={[
            {
              required: true,
              pattern: /^(?:[0-9+\-()\s]{7,30}|[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,20})$/,
              message: tx('请填写电话号码或电子邮箱', 'A phone number or an e-mail address'),
            },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="text"
          label={tx('异议内容及事实依据', 'Objection and its facts')}
          rules={[
            { required: true, min: 10, max: 2000, message: tx('请填写 10–2000 字', '10 to 2000 characters') },
          ]}
        >
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
        <ChallengeWidget ref={challenge} />
        <Button type="primary" htmlType="submit" loading={busy} data-testid="objection-submit">
          {tx('提交异议', 'Submit')}
        </Button>
      </Form>
    </Card>
  );
}
