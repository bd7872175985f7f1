// 「当事人查询」 — public, no login, made for a phone (issue 13; mohrss-violations §17, §19): a candidate or
// a staff member, who has no account, opens their violation case with its reference (printed on the
// notice and the decision), their name and their document number; reads the proposed decision and the
// decision; makes their statement and defence before the decision (§17 ¶1) or asks for a review after
// it (§19); and downloads the notice and decisions. Nothing goes in the address: the credentials travel
// in POST bodies, each with a freshly solved proof-of-work challenge (ALTCHA, as the objection form).
// A wrong reference, name or number answers exactly as an unknown case does.
import { Alert, Button, Card, Descriptions, Form, Input, List, Result, Space, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useRef, useState } from 'react';
import { api, ApiError, toApiError } from '../../app/api';
import { ProblemAlert } from '../../app/problems';
import { useText } from '../cases/texts';
import { ChallengeWidget, type ChallengeHandle } from '../public-notices/challenge-widget';
import { saveBlob } from './save-blob';
import {
  citationEn,
  DOCUMENT_KIND,
  FINAL_STATES,
  REVIEW_OUTCOME,
  sanctionsEnglish,
  STATEMENT_FORM,
  STATEMENT_STAGE,
} from './texts';
import type { PartyCase, PartyCredentials } from './types';

type Tx = (zh: string, en: string) => string;

/** The problem shown when the challenge could not be solved (as the objection form words it). */
const unsolved = (tx: Tx) =>
  new ApiError({
    status: 0,
    code: 'CHALLENGE_REQUIRED',
    title: tx('人机验证未完成', 'Verification not completed'),
    detail: tx('请勾选“我不是机器人”并等待验证完成后再提交。', 'Tick the box and wait until it is verified.'),
  });

export function PartyPage() {
  const tx = useText();
  const [form] = Form.useForm<PartyCredentials>();
  const challenge = useRef<ChallengeHandle>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [cred, setCred] = useState<PartyCredentials | null>(null);
  const [found, setFound] = useState<PartyCase | null>(null);
  const [done, setDone] = useState<'statement' | 'review' | null>(null);

  /** A fresh solution of the lookup form's challenge (each is accepted once), or null with the problem shown. */
  const solve = async (): Promise<string | null> => {
    try {
      return await challenge.current!.solve();
    } catch {
      setError(unsolved(tx));
      return null;
    } finally {
      // The next request solves a new one.
      challenge.current?.reset();
    }
  };

  const read = async (c: PartyCredentials): Promise<void> => {
    const altcha = await solve();
    if (!altcha) return;
    try {
      setFound(await api.post<PartyCase>('/public/violation-cases/party', { ...c, altcha }));
      setCred(c);
    } catch (err) {
      setFound(null);
      setCred(null);
      setError(toApiError(err));
    }
  };

  const lookUp = async (v: PartyCredentials) => {
    setBusy(true);
    setError(null);
    setDone(null);
    await read({
      referenceNo: v.referenceNo.trim(),
      name: v.name.trim(),
      documentNumber: v.documentNumber.trim(),
    });
    setBusy(false);
  };

  const download = async (doc: PartyCase['documents'][number]) => {
    if (!cred) return;
    setError(null);
    const altcha = await solve();
    if (!altcha) return;
    try {
      const res = await fetch(`/api/v1/public/violation-cases/party/documents/${doc.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/pdf, application/json' },
        body: JSON.stringify({ ...cred, altcha }),
      });
      if (!res.ok) {
        const problem = (await res.json().catch(() => null)) as ApiError['problem'] | null;
        setError(
          new ApiError(
            problem ?? {
              status: res.status,
              code: `HTTP_${res.status}`,
              title: '下载失败',
              detail: '下载失败',
            },
          ),
        );
        return;
      }
      saveBlob(await res.blob(), `${doc.title}-${doc.number}.pdf`);
    } catch (err) {
      setError(toApiError(err));
    }
  };

  const notFound = error?.problem.status === 404;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 760 }} data-testid="party-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('当事人查询', 'Party lookup')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '被作出违纪违规处理的参评人员、工作人员，凭告知书或处理决定书上的案件编号和本人姓名、证件号码查看本人案件，在线提交陈述和申辩、申请复核，下载告知书和决定书，无需登录。',
            'Candidates and staff members dealt with for a violation: with the case reference on the notice or the decision, your name and your document number, see your case, send your statement and defence or ask for a review, and download the notice and decisions — no account needed.',
          )}
        </Typography.Text>
      </div>
      <Card size="small">
        <Form<PartyCredentials>
          form={form}
          layout="vertical"
          onFinish={(v) => void lookUp(v)}
          data-testid="party-form"
        >
          <Form.Item
            name="referenceNo"
            label={tx('案件编号', 'Case reference')}
            extra={tx(
              '见告知书或处理决定书，如“黔违纪处理〔2026〕0001号”',
              'As printed on the notice or the decision',
            )}
            rules={[
              {
                required: true,
                whitespace: true,
                min: 4,
                max: 60,
                message: tx('请输入案件编号', 'Enter the case reference'),
              },
            ]}
          >
            <Input maxLength={60} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="name"
            label={tx('姓名', 'Name')}
            rules={[
              { required: true, whitespace: true, max: 50, message: tx('请输入姓名', 'Enter your name') },
            ]}
          >
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="documentNumber"
            label={tx('证件号码', 'Document number')}
            extra={tx('参加评价或登记时使用的证件号码', 'The number of the document you registered with')}
            rules={[
              {
                required: true,
                whitespace: true,
                min: 4,
                max: 40,
                message: tx('请输入证件号码', 'Enter your document number'),
              },
            ]}
          >
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
          <ChallengeWidget ref={challenge} />
          <Button type="primary" htmlType="submit" loading={busy} block data-testid="party-submit">
            {tx('查询', 'Look up')}
          </Button>
        </Form>
      </Card>
      {error &&
        (notFound ? (
          <Alert
            type="warning"
            showIcon
            data-testid="party-not-found"
            title={tx('未找到案件', 'No case found')}
            description={tx(
              '请核对案件编号、姓名和证件号码：三项须与告知书和登记时的信息一致。',
              'Check the reference, the name and the document number: all three must match the notice and your registration.',
            )}
          />
        ) : (
          <ProblemAlert problem={error.problem} />
        ))}
      {found && cred && (
        <PartyCaseView
          c={found}
          cred={cred}
          done={done}
          onDownload={(d) => void download(d)}
          onActed={async (kind) => {
            setDone(kind);
            setError(null);
            await read(cred);
          }}
        />
      )}
    </Space>
  );
}

function PartyCaseView({
  c,
  cred,
  done,
  onDownload,
  onActed,
}: {
  c: PartyCase;
  cred: PartyCredentials;
  done: 'statement' | 'review' | null;
  onDownload: (doc: PartyCase['documents'][number]) => void;
  onActed: (kind: 'statement' | 'review') => Promise<void>;
}) {
  const tx = useText();
  const charge = c.charge_zh ? tx(c.charge_zh, c.charge_en ?? citationEn(c.charge_zh)) : null;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="party-case">
      {done && (
        <Alert
          type="success"
          showIcon
          data-testid="party-acted"
          title={
            done === 'statement'
              ? tx('陈述和申辩已提交', 'Your statement has been sent')
              : tx('复核申请已提交', 'Your request for review has been sent')
          }
          description={
            done === 'statement'
              ? tx(
                  '作出处理决定的单位将听取并在决定中答复。',
                  'The deciding body will consider it and answer in its decision.',
                )
              : tx(
                  '作出处理决定的单位将复核并作出复核决定。',
                  'The deciding body will review its decision and decide on the review.',
                )
          }
        />
      )}
      <Card
        size="small"
        title={
          <Space wrap>
            <span>{c.referenceNo}</span>
            <Tag color={FINAL_STATES.has(c.state) ? 'default' : 'processing'} data-testid="party-state">
              {tx(c.state_zh, c.state_en)}
            </Tag>
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'i', label: tx('评价机构', 'Institution'), children: c.institutionName },
            ...(charge ? [{ key: 'c', label: tx('违纪违规情形', 'Charge'), children: charge }] : []),
            ...(c.notice
              ? [
                  {
                    key: 'n',
                    label: tx('拟作出的处理', 'Proposed decision'),
                    children: (
                      <span data-testid="party-proposed">
                        {tx(
                          c.notice.proposed_zh,
                          sanctionsEnglish(c.notice.proposed_en) ?? c.notice.proposed_zh,
                        )}
                      </span>
                    ),
                  },
                  { key: 's', label: tx('告知日期', 'Notice served'), children: c.notice.servedOn },
                  {
                    key: 'd',
                    label: tx('陈述和申辩截止日期', 'Statement due by'),
                    children: c.notice.statementDueOn,
                  },
                ]
              : []),
            ...(c.decision
              ? [
                  {
                    key: 'x',
                    label: tx('处理决定', 'Decision'),
                    children: (
                      <span data-testid="party-decision">
                        {tx(
                          c.decision.sanctions_zh,
                          sanctionsEnglish(c.decision.sanctions_en) ?? c.decision.sanctions_zh,
                        )}
                        {tx(`（${c.decision.decidedOn} 决定）`, ` (decided ${c.decision.decidedOn})`)}
                      </span>
                    ),
                  },
                ]
              : []),
            ...(c.review
              ? [{ key: 'r', label: tx('申请复核日期', 'Review requested'), children: c.review.requestedOn }]
              : []),
            ...(c.reviewDecision
              ? [
                  {
                    key: 'rd',
                    label: tx('复核决定', 'Review decision'),
                    children: (
                      <>
                        {tx(...(REVIEW_OUTCOME[c.reviewDecision.outcome] ?? ['复核决定', 'Reviewed']))}（
                        {c.reviewDecision.decidedOn}）<div>{c.reviewDecision.reason}</div>
                      </>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {c.statements.length > 0 && (
          <div style={{ marginTop: 8 }}>
            <Typography.Text type="secondary">{tx('已提交：', 'Sent: ')}</Typography.Text>
            {c.statements.map((s, i) => (
              <div key={i}>
                {s.receivedOn} {tx(...(STATEMENT_STAGE[s.stage] ?? ['陈述和申辩', 'Statement']))}（
                {tx(...(STATEMENT_FORM[s.form] ?? ['', '']))}）
              </div>
            ))}
          </div>
        )}
      </Card>
      {c.documents.length > 0 && (
        <Card size="small" title={tx('本案文书', 'Documents')}>
          <List
            size="small"
            dataSource={c.documents}
            data-testid="party-documents"
            renderItem={(d) => (
              <List.Item
                actions={[
                  <Button
                    key="dl"
                    size="small"
                    icon={<DownloadOutlined />}
                    onClick={() => onDownload(d)}
                    data-testid="party-document-download"
                  >
                    PDF
                  </Button>,
                ]}
              >
                <Space orientation="vertical" size={0}>
                  <span>{tx(d.title, DOCUMENT_KIND[d.kind]?.[1] ?? 'Document')}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {d.number} · <span style={{ whiteSpace: 'nowrap' }}>{d.issuedOn}</span>
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      {c.canState && <PartyActForm kind="statement" cred={cred} c={c} onActed={onActed} />}
      {c.canRequestReview && <PartyActForm kind="review" cred={cred} c={c} onActed={onActed} />}
      {!c.canState && !c.canRequestReview && !FINAL_STATES.has(c.state) && (
        <Typography.Text type="secondary">
          {tx(
            '当前阶段无需当事人办理，请等待作出处理决定的单位办理。',
            'Nothing is awaited from you at this stage; the deciding body acts next.',
          )}
        </Typography.Text>
      )}
    </Space>
  );
}

/** 提交陈述和申辩 (§17 ¶1) or 申请复核 (§19): the text, with its own proof-of-work check. */
function PartyActForm({
  kind,
  cred,
  c,
  onActed,
}: {
  kind: 'statement' | 'review';
  cred: PartyCredentials;
  c: PartyCase;
  onActed: (kind: 'statement' | 'review') => Promise<void>;
}) {
  const tx = useText();
  const [form] = Form.useForm<{ text: string }>();
  const challenge = useRef<ChallengeHandle>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState(false);

  const submit = async ({ text }: { text: string }) => {
    setBusy(true);
    setError(null);
    let altcha: string;
    try {
      altcha = await challenge.current!.solve();
    } catch {
      setError(unsolved(tx));
      setBusy(false);
      return;
    }
    try {
      await api.post(`/public/violation-cases/party/${kind}`, { ...cred, text: text.trim(), altcha });
      form.resetFields();
      setSent(true);
      await onActed(kind);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      challenge.current?.reset();
      setBusy(false);
    }
  };

  if (sent && kind === 'review')
    return (
      <Result
        status="success"
        title={tx('复核申请已提交', 'Your request for review has been sent')}
        data-testid="party-review-sent"
      />
    );
  return (
    <Card
      size="small"
      title={
        kind === 'statement'
          ? tx('提交陈述和申辩', 'Statement and defence')
          : tx('申请复核', 'Ask for a review')
      }
      data-testid={`party-${kind}`}
    >
      <Typography.Paragraph type="secondary">
        {kind === 'statement'
          ? tx(
              `对拟作出的处理决定及其事实、理由和依据，您有权进行陈述和申辩${c.notice ? `，请于 ${c.notice.statementDueOn} 前提交` : ''}（第十七条第一款）。`,
              `You may answer the proposed decision, its facts, reasons and basis${c.notice ? `; please send it by ${c.notice.statementDueOn}` : ''} (mohrss-violations §17 ¶1).`,
            )
          : tx(
              '对处理决定有异议的，可以向作出处理决定的单位进行陈述和申辩，申请复核（第十九条）。',
              'If you disagree with the decision, you may answer it to the deciding body and ask for a review (mohrss-violations §19).',
            )}
      </Typography.Paragraph>
      {error && <ProblemAlert problem={error.problem} />}
      <Form<{ text: string }> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="text"
          label={
            kind === 'statement' ? tx('陈述和申辩的内容', 'Your statement') : tx('复核理由', 'Your grounds')
          }
          rules={[
            {
              required: true,
              whitespace: true,
              min: 4,
              max: 8000,
              message: tx('请填写 4–8000 字', '4 to 8000 characters'),
            },
          ]}
        >
          <Input.TextArea rows={5} maxLength={8000} showCount />
        </Form.Item>
        <ChallengeWidget ref={challenge} />
        <Button type="primary" htmlType="submit" loading={busy} block data-testid={`party-${kind}-submit`}>
          {kind === 'statement'
            ? tx('提交陈述和申辩', 'Send my statement')
            : tx('申请复核', 'Ask for a review')}
        </Button>
      </Form>
    </Card>
  );
}
