// The ledger's steps on a lead page, each a form the server decides (src/use-cases/leads/lead-steps.ts,
// response-requests.ts, lead-links.ts): 分办, 转办 (dept-pilot 四(三): to the authority with jurisdiction
// or the industry department), 开始核查, 答复投诉人, 办结, 合并为重复线索, 要求机构回应 (1x-selection §26 —
// the due date and its reason are the authority's: the text sets no period), 责令限期整改, 立案. Which
// steps a lead offers follows its state; the server checks again.
import { Form, Input, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, query, type Page } from '../../app/api';
import { compact, FormModal } from '../../app/form-modal';
import { useApi } from '../../app/use-api';
import { useText } from '../cases/texts';
import { InstitutionFilter } from '../evaluation-sessions/institution-filter';
import { AUTHORITY_KIND, LEAD_STATUS, word } from './texts';
import type { LeadDetail, LeadListItem, RouteTarget } from './types';

export type LeadAction =
  | 'triage'
  | 'route'
  | 'investigate'
  | 'answer'
  | 'close'
  | 'merge'
  | 'response-requests'
  | 'rectification'
  | 'violation-case';

/** The steps a lead offers its handling authority now (the server's state rules, lead-steps.ts). */
export function actionsFor(l: LeadDetail): LeadAction[] {
  if (!l.handles) return [];
  const dup = l.outcome === 'duplicate';
  const linkable = ['triaged', 'investigating', 'answered', 'closed'].includes(l.status) && !dup;
  const a: LeadAction[] = [];
  if (['received', 'routed'].includes(l.status)) a.push('triage');
  if (l.status === 'triaged') a.push('investigate');
  if (['triaged', 'investigating'].includes(l.status)) a.push('answer');
  if (['triaged', 'investigating', 'answered'].includes(l.status) && (!l.tracked || l.answer !== null)) a.push('close');
  if (['triaged', 'investigating'].includes(l.status) && l.institutionId) a.push('response-requests');
  if (linkable && l.institutionId && !l.rectification) a.push('rectification');
  if (linkable && l.institutionId && !l.violationCase) a.push('violation-case');
  if (['received', 'routed', 'triaged'].includes(l.status)) a.push('route');
  if (l.status !== 'closed') a.push('merge');
  return a;
} // prettier-ignore

export const ACTION_LABEL: Record<LeadAction, [zh: string, en: string]> = {
  triage: ['分办', 'Triage'],
  route: ['转办', 'Send on'],
  investigate: ['开始核查', 'Investigate'],
  answer: ['答复投诉人', 'Answer'],
  close: ['办结', 'Close'],
  merge: ['合并为重复线索', 'Merge as duplicate'],
  'response-requests': ['要求机构回应', 'Ask the institution'],
  rectification: ['责令限期整改', 'Order rectification'],
  'violation-case': ['立案', 'Open a case'],
};

type Values = Record<string, unknown>;

export function LeadActionModal({
  lead,
  action,
  onClose,
  onDone,
}: {
  lead: LeadDetail;
  action: LeadAction | null;
  onClose: () => void;
  onDone: (result: Record<string, unknown>) => void;
}) {
  const tx = useText();
  const required = (zh: string, en: string, min = 2) => [{ required: true, whitespace: true, min, message: tx(zh, en) }];
  const note = (name: string, zh: string, en: string) => (
    <Form.Item name={name} label={tx(zh, en)} rules={required(`请填写${zh}（至少 2 字）`, `Enter the ${en.toLowerCase()} (2 characters or more)`)}>
      <Input.TextArea rows={3} maxLength={2000} showCount data-testid={`lead-${action}-${name}`} />
    </Form.Item>
  ); // prettier-ignore
  if (!action) return null;
  const body = (v: Values): unknown => {
    if (action === 'rectification') return { ...compact(v), programmeSeq: null };
    if (action === 'triage') return { note: v.note, ...(v.institutionId ? { institutionId: v.institutionId } : {}) };
    return compact(v);
  }; // prettier-ignore
  return (
    <FormModal<Values, Record<string, unknown>>
      title={tx(...ACTION_LABEL[action])}
      open
      onClose={onClose}
      onDone={onDone}
      path={`/leads/${lead.id}/${action}`}
      toBody={body}
      initialValues={action === 'triage' && lead.institutionId ? { institutionId: lead.institutionId } : {}}
    >
      {() => (
        <>
          {action === 'triage' && (
            <>
              {note('note', '分办意见', 'Triage note')}
              <Form.Item
                name="institutionId"
                label={tx('所涉机构', 'Institution concerned')}
                extra={tx('要求机构回应、责令整改和立案都需要确定所涉机构', 'Needed to ask the institution, order a rectification or open a case')}
              >
                <InstitutionFilter value={undefined} onChange={() => undefined} />
              </Form.Item>
              {lead.institutionName && (
                <Typography.Text type="secondary">
                  {tx('当前：', 'Now: ')}
                  {lead.institutionName}
                </Typography.Text>
              )}
            </>
          )}
          {action === 'route' && (
            <>
              <Form.Item name="toAuthorityId" label={tx('接收部门', 'Receiving authority')} rules={[{ required: true, message: tx('请选择接收部门', 'Choose the authority') }]}>
                <RouteTargetSelect />
              </Form.Item>
              {note('reason', '转办理由', 'Reason for sending on')}
              <Typography.Text type="secondary">
                {tx('转给有管辖权的人社部门或行业主管部门（部门行业试点通知四(三)）；办理记录随线索转交。', 'To the authority with jurisdiction or the industry department (dept-pilot 四(三)); the history goes with the lead.')}
              </Typography.Text>
            </>
          )}
          {action === 'investigate' && note('note', '核查安排', 'Investigation plan')}
          {action === 'answer' && (
            <>
              <Form.Item name="answer" label={tx('答复内容', 'Answer')} rules={required('请填写答复内容', 'Enter the answer')}>
                <Input.TextArea rows={5} maxLength={5000} showCount data-testid="lead-answer-answer" />
              </Form.Item>
              {lead.tracked && (
                <Typography.Text type="secondary">
                  {tx('投诉人凭查询码可以看到这段答复（看不到内部意见和办理记录）。', 'The complainant reads this answer with the tracking code (never the internal notes or history).')}
                </Typography.Text>
              )}
            </>
          )}
          {action === 'close' && (
            <>
              <Form.Item name="outcome" label={tx('办结结论', 'Outcome')} rules={[{ required: true, message: tx('请选择结论', 'Choose the outcome') }]}>
                <Radio.Group data-testid="lead-close-outcome" options={[
                  { value: 'substantiated', label: tx('属实', 'Substantiated') },
                  { value: 'not_substantiated', label: tx('不属实', 'Not substantiated') },
                ]} />
              </Form.Item>
              {note('note', '办结意见', 'Closing note')}
            </>
          )}
          {action === 'merge' && (
            <>
              <Form.Item name="duplicateOf" label={tx('原线索', 'Original lead')} rules={[{ required: true, message: tx('请选择原线索', 'Choose the original lead') }]}>
                <LeadSelect exclude={lead.id} />
              </Form.Item>
              <Form.Item name="note" label={tx('合并说明', 'Note on the merge')}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
              <Typography.Text type="secondary">
                {tx('重复线索随之办结并与原线索关联，不会删除；投诉人可看到原线索的答复。', 'The duplicate is closed and linked to the original, never deleted; its complainant sees the original’s answer.')}
              </Typography.Text>
            </>
          )}
          {action === 'response-requests' && (
            <>
              <Typography.Paragraph type="secondary">
                {tx(`向「${lead.institutionName ?? ''}」提出，机构只看到本部门写的事项，看不到投诉内容和投诉人（1+X 遴选办法第二十六条：督促及时回应和整改）。`, `Sent to ${lead.institutionName ?? ''}; the institution reads only what you write here, never the complaint or who made it (1x-selection §26).`)}
              </Typography.Paragraph>
              <Form.Item name="question" label={tx('要求回应的事项', 'What the institution is asked to answer')} rules={required('请写明要求回应的事项', 'Enter the question')}>
                <Input.TextArea rows={4} maxLength={2000} showCount data-testid="lead-rr-question" />
              </Form.Item>
              <Form.Item name="dueOn" label={tx('回应期限', 'Respond by')} rules={[{ required: true, message: tx('请选择回应期限', 'Choose the date') }]}>
                <Input type="date" data-testid="lead-rr-due" />
              </Form.Item>
              <Form.Item name="dueReason" label={tx('确定该期限的理由', 'Reason for this date')} extra={tx('第二十六条未规定回应期限，由本部门确定并写明理由', '§26 sets no period: the date is yours, with its reason')} rules={required('请写明理由', 'Give the reason')}>
                <Input maxLength={500} data-testid="lead-rr-reason" />
              </Form.Item>
            </>
          )}
          {action === 'rectification' && (
            <>
              <Form.Item name="subject" label={tx('整改事项', 'Matter to rectify')} rules={required('请写明整改事项', 'Enter the matter to rectify')}>
                <Input.TextArea rows={3} maxLength={2000} showCount data-testid="lead-rect-subject" />
              </Form.Item>
              <Form.Item name="deadline" label={tx('整改期限', 'Deadline')} extra={tx('期限由本部门确定；期限当日仍在期内，次日起逾期', 'The deadline is yours; the day itself is in time, the next day overdue')} rules={[{ required: true, message: tx('请选择整改期限', 'Choose the deadline') }]}>
                <Input type="date" data-testid="lead-rect-deadline" />
              </Form.Item>
            </>
          )}
          {action === 'violation-case' && (
            <>
              <Form.Item name="summary" label={tx('情况摘要', 'Summary')} rules={required('请写明情况摘要（至少 4 字）', 'Enter a summary (4 characters or more)', 4)}>
                <Input.TextArea rows={4} maxLength={2000} showCount data-testid="lead-case-summary" />
              </Form.Item>
              <Typography.Text type="secondary">
                {tx('按违纪违规处理程序立案（工作指引第十六条），案件来源为本线索；案件在「违纪违规处理」中办理。', 'Opens a violation case (mohrss-violations §16) from this lead; it is handled under Violations.')}
              </Typography.Text>
            </>
          )}
        </>
      )}
    </FormModal>
  );
} // prettier-ignore

/** The authorities a lead may go to (GET /leads/route-targets), by kind. */
function RouteTargetSelect(props: { value?: string; onChange?: (v: string) => void }) {
  const tx = useText();
  const { data } = useApi<{ items: RouteTarget[] }>('/leads/route-targets');
  return (
    <Select
      {...props}
      showSearch
      optionFilterProp="label"
      data-testid="lead-route-target"
      placeholder={tx('选择部门', 'Choose an authority')}
      options={Object.keys(AUTHORITY_KIND)
        .map((kind) => ({
          label: word(AUTHORITY_KIND, kind, tx),
          options: (data?.items ?? [])
            .filter((t) => t.kind === kind)
            .map((t) => ({ value: t.id, label: t.label })),
        }))
        .filter((g) => g.options.length > 0)}
    />
  );
}

/** Another lead of this ledger, searched by its text. */
function LeadSelect(props: { value?: string; onChange?: (v: string) => void; exclude: string }) {
  const tx = useText();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<LeadListItem[]>([]);
  useEffect(() => {
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      api.get<Page<LeadListItem>>(`/leads${query({ q: search.trim(), pageSize: 30 })}`, { signal: ctrl.signal }).then(
        (p) => setFound(p.items.filter((l) => l.id !== props.exclude && l.mine && l.outcome !== 'duplicate')),
        () => undefined,
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [search, props.exclude]);
  return (
    <Select
      value={props.value}
      onChange={props.onChange}
      showSearch
      filterOption={false}
      onSearch={setSearch}
      data-testid="lead-merge-original"
      placeholder={tx('搜索线索内容或机构', 'Search by text or institution')}
      options={found.map((l) => ({
        value: l.id,
        label: `${l.receivedOn} · ${word(LEAD_STATUS, l.status, tx)} · ${l.subject ?? ''} · ${l.summary.slice(0, 40)}`,
      }))}
    />
  );
} // prettier-ignore
