// An expert's opinion (专家评审意见) for the round under way: the recommendation the panel decision
// counts and the written opinion. Once submitted it cannot be changed.
import { Button, Card, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { api, toApiError, type ApiError } from '../../app/api';
import { ProblemAlert } from '../../app/problems';
import { useText } from '../cases/texts';
import { RECOMMENDATION } from './texts';
import type { Recommendation } from './types';

/** What the experts weigh, by procedure: the filing's technical review, or 1x-selection §15 对照条件择优遴选. */
const FOCUS: Record<string, { zh: string; en: string }> = {
  '1x-selection': {
    zh: '对照第六条至第十条评审：组织资质、证书标准、教材资源、师资队伍、实践经验，以及证书的社会需求（第十一条）',
    en: 'Against §6–10: organisation, certificate standard, resources, teaching team, experience; social need (§11)',
  },
};
const DEFAULT_FOCUS = {
  zh: '重点评审人才队伍建设相关制度、职业（工种）范围、相应职业标准等',
  en: 'Workforce regulations, occupations in scope, standards …',
};

export function OpinionForm({
  caseId,
  round,
  procedure,
  onSubmitted,
}: {
  caseId: string;
  round: number;
  /** The case's procedure: it says what the opinion weighs. */
  procedure: string;
  onSubmitted: () => void;
}) {
  const focus = FOCUS[procedure] ?? DEFAULT_FOCUS;
  const tx = useText();
  const [form] = Form.useForm<{ recommendation: Recommendation; opinion: string }>();
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    setError(null);
    try {
      await api.post(`/cases/${caseId}/panel/opinions`, values);
      onSubmitted();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title={tx(`提交第 ${round} 轮评审意见`, `Your opinion, round ${round}`)} data-testid="opinion-form">
      <Form form={form} layout="vertical">
        <Form.Item
          name="recommendation"
          label={tx('评审建议', 'Recommendation')}
          rules={[{ required: true, message: tx('请选择评审建议', 'Choose a recommendation') }]}
        >
          <Radio.Group
            options={(Object.keys(RECOMMENDATION) as Recommendation[]).map((r) => ({
              value: r,
              label: tx(RECOMMENDATION[r].zh, RECOMMENDATION[r].en),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="opinion"
          label={tx('评审意见', 'Opinion')}
          rules={[{ required: true, min: 2, message: tx('请填写评审意见', 'Write your opinion') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={10000}
            placeholder={tx(focus.zh, focus.en)}
          />
        </Form.Item>
        {error && <ProblemAlert problem={error.problem} />}
        <Button type="primary" loading={saving} onClick={submit} data-testid="opinion-submit">
          {tx('提交意见（提交后不可修改）', 'Submit (final)')}
        </Button>
      </Form>
    </Card>
  );
}
