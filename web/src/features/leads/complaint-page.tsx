// 「投诉举报」 (public, no account, phone first; 1x-selection §26, mohrss-filing 一(十七) / 二(十三)): whom
// it is about — an institution of the public directory, or in the complainant's words with the province —
// what happened, contact details if the complainant wants a call (seen only by the handling authority),
// and the proof-of-work check (ALTCHA, as the party page). After filing, the tracking code is shown once,
// large, with a copy button: only its hash is kept, so it cannot be shown again (decision 0039).
import { Alert, Button, Card, Form, Input, Result, Segmented, Select, Space, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, query, toApiError, type Page } from '../../app/api';
import { ProblemAlert } from '../../app/problems';
import { useText } from '../cases/texts';
import { ChallengeWidget, type ChallengeHandle } from '../public-notices/challenge-widget';
import { PROVINCES } from './texts';

interface Values {
  entryId?: string;
  subjectText?: string;
  provinceCode?: string;
  what: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
}

interface Filed {
  trackingCode: string;
  receivedOn: string;
}

export function ComplaintPage() {
  const tx = useText();
  const [form] = Form.useForm<Values>();
  const challenge = useRef<ChallengeHandle>(null);
  const [mode, setMode] = useState<'directory' | 'text'>('directory');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [filed, setFiled] = useState<Filed | null>(null);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    let altcha: string;
    try {
      altcha = await challenge.current!.solve();
    } catch {
      setError(new ApiError({ status: 0, code: 'CHALLENGE_REQUIRED', title: tx('人机验证未完成', 'Verification not completed'), detail: tx('请勾选“我不是机器人”并等待验证完成后再提交。', 'Tick the box and wait until it is verified.') }));
      setBusy(false);
      challenge.current?.reset();
      return;
    } // prettier-ignore
    const trim = (s?: string) => (s?.trim() ? s.trim() : undefined);
    const body = {
      ...(mode === 'directory' ? { entryId: v.entryId } : { subjectText: trim(v.subjectText), provinceCode: v.provinceCode }),
      what: v.what.trim(), contactName: trim(v.contactName), contactPhone: trim(v.contactPhone), contactEmail: trim(v.contactEmail), altcha,
    }; // prettier-ignore
    try {
      setFiled(await api.post<Filed>('/public/complaints', JSON.parse(JSON.stringify(body)) as unknown));
      form.resetFields();
      window.scrollTo(0, 0);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      challenge.current?.reset();
      setBusy(false);
    }
  };

  if (filed) return <Filed filed={filed} onAgain={() => setFiled(null)} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 720 }} data-testid="complaint-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('投诉举报', 'File a complaint')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '学校、教师、学生、家长和社会各方都可以投诉举报评价机构、培训评价组织的违规行为，无需登录（1+X 遴选办法第二十六条）。提交后得到一个查询码，凭码查看办理状态和答复。联系方式可不填，填写的只有办理部门能看到。',
            'Schools, teachers, students, parents and anyone else may report an institution’s misconduct, without an account (1x-selection §26). You get a tracking code to follow the handling and read the answer. Contact details are optional; only the handling authority sees them.',
          )}
        </Typography.Text>
      </div>
      {error && <ProblemAlert problem={error.problem} />}
      <Card size="small">
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="complaint-form">
          <Form.Item label={tx('投诉举报对象', 'Whom it is about')}>
            <Segmented
              block
              value={mode}
              onChange={(m) => setMode(m as 'directory' | 'text')}
              options={[
                { value: 'directory', label: tx('从机构目录选择', 'From the directory') },
                { value: 'text', label: tx('直接填写', 'Type it') },
              ]}
              data-testid="complaint-mode"
            />
          </Form.Item>
          {mode === 'directory' ? (
            <Form.Item name="entryId" label={tx('机构', 'Institution')} extra={tx('输入机构名称或备案编码查找', 'Type the name or filing code')} rules={[{ required: true, message: tx('请选择机构，或改为直接填写', 'Choose an institution, or type it') }]}>
              <DirectorySelect />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="subjectText" label={tx('被投诉的单位或个人', 'Organisation or person')} rules={[{ required: true, whitespace: true, min: 2, max: 200, message: tx('请写明被投诉的单位或个人（2–200 字）', 'Name whom it is about (2–200 characters)') }]}>
                <Input maxLength={200} data-testid="complaint-subject" />
              </Form.Item>
              <Form.Item name="provinceCode" label={tx('事情发生的省份', 'Province where it happened')} rules={[{ required: true, message: tx('请选择省份', 'Choose the province') }]}>
                <Select showSearch optionFilterProp="label" data-testid="complaint-province" options={PROVINCES.map(([value, zh, en]) => ({ value, label: tx(zh, en) }))} />
              </Form.Item>
            </>
          )}
          <Form.Item name="what" label={tx('发生了什么', 'What happened')} extra={tx('时间、地点、经过，尽量具体（10–5000 字）', 'When, where and how, as precisely as you can (10–5000 characters)')} rules={[{ required: true, whitespace: true, min: 10, message: tx('请写明事实（至少 10 字）', 'Describe what happened (10 characters or more)') }]}>
            <Input.TextArea rows={6} maxLength={5000} showCount data-testid="complaint-what" />
          </Form.Item>
          <Typography.Text strong>{tx('联系方式（可不填）', 'Contact (optional)')}</Typography.Text>
          <Form.Item name="contactName" label={tx('姓名', 'Name')} style={{ marginTop: 8 }}>
            <Input maxLength={50} autoComplete="name" />
          </Form.Item>
          <Form.Item name="contactPhone" label={tx('电话', 'Phone')}>
            <Input maxLength={30} inputMode="tel" autoComplete="tel" />
          </Form.Item>
          <Form.Item name="contactEmail" label={tx('电子邮箱', 'Email')} rules={[{ type: 'email', message: tx('邮箱格式不对', 'Not an email address') }]}>
            <Input maxLength={100} inputMode="email" autoComplete="email" />
          </Form.Item>
          <ChallengeWidget ref={challenge} />
          <Button type="primary" htmlType="submit" loading={busy} block size="large" data-testid="complaint-submit">
            {tx('提交', 'Submit')}
          </Button>
        </Form>
      </Card>
      <Link to="/complaint/track">{tx('已经投诉过？凭查询码查看办理情况', 'Filed already? Follow it with your tracking code')}</Link>
    </Space>
  );
} // prettier-ignore

/** The tracking code, shown once. */
function Filed({ filed, onAgain }: { filed: Filed; onAgain: () => void }) {
  const tx = useText();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(filed.trackingCode).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <Result
      status="success"
      data-testid="complaint-filed"
      title={tx('已受理', 'Received')}
      subTitle={tx(`${filed.receivedOn} 收到您的投诉举报。请记下查询码：只显示这一次，丢失后无法找回。`, `Received on ${filed.receivedOn}. Write down your tracking code: it is shown only this once and cannot be recovered.`)}
      extra={
        <Space orientation="vertical" size={16} style={{ width: '100%', alignItems: 'center' }}>
          <Typography.Text
            data-testid="complaint-code"
            style={{ fontSize: 24, fontFamily: 'monospace', letterSpacing: 1, padding: '8px 12px', background: '#f5f5f5', borderRadius: 6, wordBreak: 'break-all' }}
          >
            {filed.trackingCode}
          </Typography.Text>
          <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="complaint-copy">
            {copied ? tx('已复制', 'Copied') : tx('复制查询码', 'Copy the code')}
          </Button>
          <Alert type="info" showIcon title={tx('凭查询码在“投诉查询”查看办理状态和答复。', 'Use the code under “Track a complaint” to see the state and the answer.')} />
          <Space wrap style={{ justifyContent: 'center' }}>
            <Link to="/complaint/track" state={{ code: filed.trackingCode }} data-testid="complaint-go-track">
              <Button type="primary">{tx('查看办理情况', 'Track it')}</Button>
            </Link>
            <Button onClick={onAgain}>{tx('再投诉一件', 'File another')}</Button>
          </Space>
        </Space>
      }
    />
  );
} // prettier-ignore

interface DirectoryHit {
  id: string;
  institutionName: string;
  branchName: string | null;
  jurisdictionName: string;
}

/** The public directory, searched as the person types (GET /directory, public). */
function DirectorySelect(props: { value?: string; onChange?: (v: string) => void }) {
  const tx = useText();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<DirectoryHit[]>([]);
  useEffect(() => {
    if (search.trim().length < 2) return;
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      api.get<Page<DirectoryHit>>(`/directory${query({ q: search.trim(), pageSize: 20 })}`, { signal: ctrl.signal }).then(
        (p) => setFound(p.items),
        () => undefined,
      );
    }, 300);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [search]);
  return (
    <Select
      value={props.value}
      onChange={props.onChange}
      showSearch
      filterOption={false}
      onSearch={setSearch}
      placeholder={tx('机构名称', 'Institution name')}
      notFoundContent={search.trim().length < 2 ? tx('至少输入 2 个字', 'Type 2 characters or more') : tx('目录中没有，可改为直接填写', 'Not in the directory: type it instead')}
      data-testid="complaint-institution"
      options={found.map((e) => ({ value: e.id, label: `${e.institutionName}${e.branchName ? ` ${e.branchName}` : ''}（${e.jurisdictionName}）` }))}
    />
  );
} // prettier-ignore
