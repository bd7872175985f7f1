// 证书核验 — public, no login, made for a phone: check a skill-level certificate by its number, by the
// holder's name and document number, or by scanning the QR code of an e-certificate (the QR opens
// /verify#SR1…: the payload stays in the fragment, which the browser never sends, and goes to the
// server in a POST body). Past a few lookups the server asks for the proof-of-work check: the widget
// appears and the same lookup is sent again with it.
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Select,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, toApiError } from '../../app/api';
import { ProblemAlert } from '../../app/problems';
import { useText } from '../cases/texts';
import { DOC_TYPES } from '../candidates/texts';
import { STATUS_COLOR, STATUS_TEXT } from '../certificates/texts';
import { ChallengeWidget, type ChallengeHandle } from '../public-notices/challenge-widget';
import { useLevelName } from '../reference/level-select';
import { PAYLOAD_PROBLEM_TEXT, REASON_TEXT } from './texts';
import type { Verification, VerifiedCertificate } from './types';

type Query =
  | { certificateNumber: string }
  | { name: string; documentType: string; documentNumber: string }
  | { payload: string; name?: string };

type DocumentFormat = 'pdf' | 'credential';

function CertificateCard({
  c,
  onDownload,
}: {
  c: VerifiedCertificate;
  /** Offered after a lookup by name and document number: the holder's own e-certificate. */
  onDownload?: ((number: string, format: DocumentFormat) => Promise<void>) | undefined;
}) {
  const tx = useText();
  const levelName = useLevelName();
  const stands = c.status === 'valid';
  return (
    <Card
      size="small"
      data-testid="verified-certificate"
      data-status={c.status}
      title={
        <Space wrap>
          <Tag color={STATUS_COLOR[c.status]} style={{ fontSize: 14, padding: '2px 8px' }}>
            {tx(...STATUS_TEXT[c.status])}
          </Tag>
          <span style={{ fontFamily: 'monospace' }}>{c.number}</span>
        </Space>
      }
    >
      {!stands && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={tx(
            `本证书已于 ${c.statusEffectiveOn ?? '—'} ${STATUS_TEXT[c.status][0]}，不能作为有效证书使用`,
            `This certificate was ${STATUS_TEXT[c.status][1].toLowerCase()} on ${c.statusEffectiveOn ?? '—'} and is not valid`,
          )}
          description={
            c.statusReason
              ? `${tx('原因类别：', 'Reason: ')}${tx(...REASON_TEXT[c.statusReason])}`
              : undefined
          }
        />
      )}
      <Descriptions column={{ xs: 1, sm: 2 }} size="small">
        <Descriptions.Item label={tx('姓名', 'Name')}>{c.holderName}</Descriptions.Item>
        <Descriptions.Item label={tx(...(DOC_TYPES[c.holderDocType] ?? ['证件号码', 'Document']))}>
          {c.holderDocMasked}
        </Descriptions.Item>
        <Descriptions.Item label={tx('职业（工种）', 'Occupation')}>
          {c.occupationName ?? c.occupationCode}
          {tx(`（${c.occupationCode}）`, ` (${c.occupationCode})`)}
        </Descriptions.Item>
        <Descriptions.Item label={tx('等级', 'Level')}>{levelName(c.level)}</Descriptions.Item>
        <Descriptions.Item label={tx('评价机构', 'Institution')}>{c.institutionName}</Descriptions.Item>
        <Descriptions.Item label={tx('发证日期', 'Issued on')}>{c.issuedOn}</Descriptions.Item>
      </Descriptions>
      {onDownload && (
        <Space wrap style={{ marginTop: 8 }}>
          <Button size="small" onClick={() => void onDownload(c.number, 'pdf')} data-testid="holder-pdf">
            {tx('下载电子证书（PDF）', 'Download e-certificate (PDF)')}
          </Button>
          <Button size="small" onClick={() => void onDownload(c.number, 'credential')}>
            {tx('下载可验证凭证', 'Download verifiable credential')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

function Answer({
  result,
  onDownload,
}: {
  result: Verification;
  onDownload?: ((number: string, format: DocumentFormat) => Promise<void>) | undefined;
}) {
  const tx = useText();
  const p = result.payload;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="verification-answer">
      {p &&
        (p.valid ? (
          <Alert
            type="success"
            showIcon
            data-testid="payload-valid"
            title={tx('电子证书签名有效', 'The e-certificate’s signature is valid')}
            description={
              <>
                {tx(
                  `由本平台公布的密钥 ${p.keyId} 于 ${p.signedOn} 签名；证书的当前状态见下。`,
                  `Signed on ${p.signedOn} with published key ${p.keyId}; the certificate’s current status is below.`,
                )}
                {p.nameMatches === true && <div>{tx('姓名与证书一致。', 'The name matches.')}</div>}
                {p.nameMatches === false && (
                  <div style={{ color: 'var(--ant-color-error, #ff4d4f)' }}>
                    {tx('所填姓名与证书不一致！', 'The name given does not match the certificate!')}
                  </div>
                )}
              </>
            }
          />
        ) : (
          <Alert
            type="error"
            showIcon
            title={tx('电子证书核验未通过', 'The e-certificate did not verify')}
            description={p.reason ? tx(...PAYLOAD_PROBLEM_TEXT[p.reason]) : undefined}
          />
        ))}
      {result.certificates.length === 0 ? (
        <Empty
          data-testid="verification-miss"
          description={tx(
            '未查到符合条件的证书。请核对输入；证书颁发后须在平台登记方可查询。',
            'No certificate found. Check what you entered; a certificate can be found once it is registered.',
          )}
        />
      ) : (
        result.certificates.map((c) => <CertificateCard key={c.number} c={c} onDownload={onDownload} />)
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {tx('核验时间：', 'Checked at: ')}
        {dayjs(result.checkedAt).format('YYYY-MM-DD HH:mm:ss')}
      </Typography.Text>
    </Space>
  );
}

export function VerifyPage() {
  const tx = useText();
  // A scanned QR: /verify#SR1.… — read once on arrival and checked at once (below).
  const [payload] = useState<string | null>(() => {
    const fragment = decodeURIComponent(window.location.hash.slice(1));
    return fragment.startsWith('SR1.') ? fragment : null;
  });
  const [tab, setTab] = useState<'number' | 'holder' | 'payload'>(payload ? 'payload' : 'number');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Verification | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [needsChallenge, setNeedsChallenge] = useState(false);
  const challenge = useRef<ChallengeHandle>(null);
  /** The last lookup by name and document number: the holder may then download their own documents. */
  const [holder, setHolder] = useState<{ name: string; documentType: string; documentNumber: string } | null>(
    null,
  );

  const lookUp = useCallback(
    async (q: Query) => {
      setBusy(true);
      setError(null);
      setResult(null);
      try {
        let altcha: string | undefined;
        if (needsChallenge && challenge.current) altcha = await challenge.current.solve();
        setHolder('documentNumber' in q ? q : null);
        setResult(
          await api.post<Verification>('/public/certificates/verify', {
            ...q,
            ...(altcha ? { altcha } : {}),
          }),
        );
      } catch (err) {
        const e = toApiError(err);
        if (e.problem.code === 'CHALLENGE_REQUIRED' && !needsChallenge) setNeedsChallenge(true);
        setError(e);
      } finally {
        challenge.current?.reset();
        setBusy(false);
      }
    },
    [needsChallenge],
  );

  useEffect(() => {
    if (!payload) return;
    // After the first paint, once (the cleanup cancels the first of StrictMode's double run); only on
    // arrival: lookUp changes when the challenge becomes needed.
    const timer = setTimeout(() => void lookUp({ payload }), 0);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const download = async (number: string, format: DocumentFormat) => {
    if (!holder) return;
    setError(null);
    try {
      const altcha = needsChallenge && challenge.current ? await challenge.current.solve() : undefined;
      const res = await fetch('/api/v1/public/certificates/e-certificate', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/pdf, application/json' },
        body: JSON.stringify({ certificateNumber: number, ...holder, format, ...(altcha ? { altcha } : {}) }),
      });
      if (!res.ok) {
        const problem = (await res.json()) as ApiError['problem'];
        if (problem.code === 'CHALLENGE_REQUIRED') setNeedsChallenge(true);
        setError(new ApiError(problem));
        return;
      }
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download =
        format === 'pdf' ? `职业技能等级证书-${number}.pdf` : `职业技能等级证书-${number}.credential.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      challenge.current?.reset();
    }
  };

  const docOptions = Object.entries(DOC_TYPES).map(([value, label]) => ({ value, label: tx(...label) }));
  const submitButton = (
    <Button type="primary" htmlType="submit" loading={busy} block data-testid="verify-submit">
      {tx('查询', 'Look up')}
    </Button>
  );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 760 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('证书核验', 'Verify a certificate')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '查询职业技能等级证书是否真实有效，无需登录。查询内容不出现在网址中，查询记录只以不可逆的方式保存。',
            'Check whether a skill-level certificate is genuine and valid — no account needed. What you enter never appears in a web address, and lookups are logged only in a form that cannot be read back.',
          )}
        </Typography.Text>
      </div>
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as typeof tab)}
          items={[
            {
              key: 'number',
              label: tx('证书编号', 'Number'),
              children: (
                <Form
                  name="byNumber"
                  layout="vertical"
                  onFinish={(v: { certificateNumber: string }) =>
                    lookUp({ certificateNumber: v.certificateNumber.trim() })
                  }
                >
                  <Form.Item
                    name="certificateNumber"
                    label={tx('证书编号', 'Certificate number')}
                    rules={[
                      { required: true, message: tx('请输入证书编号', 'Enter the certificate number') },
                    ]}
                  >
                    <Input
                      maxLength={30}
                      placeholder={tx(
                        '22 位，如 S000052000001253000001',
                        '22 characters, e.g. S000052000001253000001',
                      )}
                      autoComplete="off"
                      inputMode="text"
                    />
                  </Form.Item>
                  {needsChallenge && <ChallengeWidget ref={challenge} />}
                  {submitButton}
                </Form>
              ),
            },
            {
              key: 'holder',
              label: tx('姓名和证件', 'Name and ID'),
              children: (
                <Form
                  name="byHolder"
                  layout="vertical"
                  initialValues={{ documentType: 'resident_id' }}
                  onFinish={(v: { name: string; documentType: string; documentNumber: string }) =>
                    lookUp({
                      name: v.name.trim(),
                      documentType: v.documentType,
                      documentNumber: v.documentNumber.trim(),
                    })
                  }
                >
                  <Form.Item
                    name="name"
                    label={tx('姓名', 'Name')}
                    rules={[{ required: true, message: tx('请输入持证人姓名', 'Enter the holder’s name') }]}
                  >
                    <Input maxLength={50} autoComplete="off" />
                  </Form.Item>
                  <Form.Item name="documentType" label={tx('证件类型', 'Document type')}>
                    <Select options={docOptions} />
                  </Form.Item>
                  <Form.Item
                    name="documentNumber"
                    label={tx('证件号码', 'Document number')}
                    rules={[{ required: true, message: tx('请输入证件号码', 'Enter the document number') }]}
                  >
                    <Input maxLength={40} autoComplete="off" />
                  </Form.Item>
                  {needsChallenge && <ChallengeWidget ref={challenge} />}
                  {submitButton}
                </Form>
              ),
            },
            {
              key: 'payload',
              label: tx('电子证书二维码', 'QR code'),
              children: (
                <Form
                  name="byPayload"
                  layout="vertical"
                  initialValues={{ payload: payload ?? '' }}
                  key={payload ?? 'none'}
                  onFinish={(v: { payload: string; name?: string }) =>
                    lookUp({ payload: v.payload.trim(), ...(v.name?.trim() ? { name: v.name.trim() } : {}) })
                  }
                >
                  <Typography.Paragraph type="secondary">
                    {tx(
                      '用手机扫描电子证书上的二维码即可打开本页并自动核验；也可把二维码中的内容粘贴在此。填写证书上印的姓名，可核对姓名是否一致。',
                      'Scanning the QR code of an e-certificate opens this page and checks it; you can also paste the QR’s content here. Enter the name printed on the certificate to check that it matches.',
                    )}
                  </Typography.Paragraph>
                  <Form.Item
                    name="payload"
                    label={tx('二维码内容', 'QR content')}
                    rules={[{ required: true, message: tx('请粘贴二维码内容', 'Paste the QR content') }]}
                  >
                    <Input.TextArea
                      rows={3}
                      maxLength={400}
                      style={{ fontFamily: 'monospace', fontSize: 12 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name="name"
                    label={tx('证书上的姓名（可选）', 'Name on the certificate (optional)')}
                  >
                    <Input maxLength={50} autoComplete="off" />
                  </Form.Item>
                  {needsChallenge && <ChallengeWidget ref={challenge} />}
                  {submitButton}
                </Form>
              ),
            },
          ]}
        />
      </Card>
      {error &&
        (error.problem.code === 'CHALLENGE_REQUIRED' ? (
          <Alert
            type="warning"
            showIcon
            data-testid="verify-challenge-needed"
            title={tx('请先完成人机验证', 'Please complete the check first')}
            description={tx(
              '查询较为频繁：请勾选表单中的“我不是机器人”，完成后再次点击“查询”。',
              'Many lookups: tick “I’m not a robot” in the form, then press “Look up” again.',
            )}
          />
        ) : (
          <ProblemAlert problem={error.problem} />
        ))}
      {result && <Answer result={result} onDownload={holder ? download : undefined} />}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {tx(
          '离线核验：电子证书的签名公钥公布于 /.well-known/skillreg-certificate-keys.json，吊销状态列表见 /api/v1/public/status-lists/{证书编号前 15 位}。',
          'Offline: the e-certificates’ public keys are at /.well-known/skillreg-certificate-keys.json, revocation status lists at /api/v1/public/status-lists/{first 15 characters of the number}.',
        )}
      </Typography.Paragraph>
    </Space>
  );
}
