// The modal behind an action button: the event's form (drawn from its payload schema), a comment, the
// articles it rests on. A refusal shows the rules' findings; a stale version says to reload the page.
import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { markFields, ProblemAlert } from '../../app/problems';
import { toApiError, type Problem } from '../../app/api';
import { CaseActionError, sendCaseEvent } from './case-api';
import { Citations, FindingsList } from './findings-list';
import { AnsweredBooleans, ObjectFields, SourcePlaceholders, cleanValues, hasFields } from './schema-form';
import type { CaseDetail, FindingView } from './types';
import { useText } from './texts';

type Action = CaseDetail['available'][number];

/** Where the prefilled fields come from; a field the system knows nothing of is left to fill. */
function DefaultsNote({ defaults }: { defaults: Action['defaults'] }) {
  const tx = useText();
  if (!defaults || defaults.basis.length === 0) return null;
  const lines = [...new Map(defaults.basis.map((b) => [b.basis_zh, b])).values()];
  return (
    <Alert
      type="info"
      showIcon
      data-testid="event-defaults"
      title={tx(
        '已按系统掌握的信息预填，请逐项核实；未掌握的事项未预填',
        'Prefilled from what the system holds; check each field. Fields it does not know are left blank',
      )}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {lines.map((b) => (
            <li key={b.field}>{tx(b.basis_zh, b.basis_en)}</li>
          ))}
        </ul>
      }
    />
  );
}

export function EventModal({
  caseId,
  version,
  action,
  onClose,
  onDone,
}: {
  caseId: string;
  version: number;
  action: Action | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const tx = useText();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<{
    problem: Problem;
    extra: string[];
    findings: FindingView[];
  } | null>(null);
  const [saving, setSaving] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const placeholders = useMemo(() => ({ caseId }), [caseId]);
  // A refusal is shown where the eye is after pressing 确认办理: scrolled into view under the form.
  useEffect(() => {
    if (problem) errorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [problem]);
  if (!action) return null;
  const stale =
    problem?.problem.code === 'VERSION_CONFLICT' || problem?.problem.code === 'TRANSITION_NOT_ALLOWED';

  const submit = async () => {
    let values: Record<string, unknown>;
    try {
      values = (await form.validateFields()) as Record<string, unknown>;
    } catch {
      return;
    }
    const { comment, ...payload } = values;
    setSaving(true);
    setProblem(null);
    try {
      await sendCaseEvent(caseId, action.event, {
        version,
        ...(hasFields(action.payloadSchema) ? { payload: cleanValues(payload.payload ?? {}) } : {}),
        ...(typeof comment === 'string' && comment.trim() ? { comment: comment.trim() } : {}),
      });
      // The parent closes the modal (unmounting it) and reloads the case.
      onDone();
    } catch (err) {
      const e = toApiError(err);
      setProblem({
        problem: e.problem,
        extra: markFields(form, e.problem),
        findings: err instanceof CaseActionError ? err.findings : [],
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={tx(action.description_zh, action.description_en)}
      onCancel={() => {
        setProblem(null);
        onClose();
      }}
      width={720}
      destroyOnHidden
      mask={{ closable: false }}
      // Escape closes a select's dropdown, never the form (a long assessment must not be lost).
      keyboard={false}
      footer={
        stale ? (
          <Button type="primary" onClick={() => window.location.reload()}>
            {tx('刷新页面', 'Reload')}
          </Button>
        ) : (
          <Space>
            <Button onClick={onClose}>{tx('取消', 'Cancel')}</Button>
            <Button type="primary" loading={saving} onClick={submit} data-testid="event-submit">
              {tx('确认办理', 'Confirm')}
            </Button>
          </Space>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {tx(`办理后案件进入：${action.toLabel_zh}`, `Next state: ${action.toLabel_en}`)}
        </Typography.Text>
        <Citations citations={action.citations} />
        {stale && (
          <div data-testid="event-error" role="alert">
            <Alert
              type="warning"
              showIcon
              title={tx('案件已被他人办理或已变化', 'The case has changed')}
              description={`${problem?.problem.detail ?? ''} ${tx(
                '请刷新页面查看最新状态后再办理。',
                'Reload the page to see its current state, then try again.',
              )}`}
            />
          </div>
        )}
        {action.findings.length > 0 && !problem && <FindingsList compact findings={action.findings} />}
        <DefaultsNote defaults={action.defaults} />
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={
            action.initialPayload || action.defaults
              ? { payload: { ...(action.defaults?.values ?? {}), ...(action.initialPayload ?? {}) } }
              : undefined
          }
        >
          {hasFields(action.payloadSchema) && (
            <div data-testid="event-form">
              {/* The payload's fields live under `payload`, so the comment cannot collide with them. */}
              <AnsweredBooleans.Provider value={!!action.defaults}>
                {/* A field's options may be this case's own (a source naming {caseId}). */}
                <SourcePlaceholders.Provider value={placeholders}>
                  <ObjectFields
                    schema={action.payloadSchema}
                    root={action.payloadSchema}
                    name={['payload']}
                  />
                </SourcePlaceholders.Provider>
              </AnsweredBooleans.Provider>
            </div>
          )}
          <Form.Item name="comment" label={tx('意见或说明', 'Comment')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Form>
        {problem && !stale && (
          <div ref={errorRef} data-testid="event-error" role="alert">
            <ProblemAlert problem={problem.problem} extra={problem.extra} />
            {problem.findings.length > 0 && <FindingsList findings={problem.findings} />}
          </div>
        )}
      </Space>
    </Modal>
  );
}
