// 考生 tab of the session page (issue 11 point 2): the session's candidates with masked document numbers,
// the checks each registration ran (ban register, mohrss-violations §6–7; a Guizhou school's student
// register, gz-rules §5(1)) with their articles, fees, withdrawal; register one, import a roster from
// the template, export the list — as the server's abilities allow.
import { App, Button, Input, Modal, Space, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { FindingsList } from '../cases/findings-list';
import { dateTime, useText } from '../cases/texts';
import type { EvaluationSession } from '../evaluation-sessions/types';
import { CandidateProblem } from './candidate-problem';
import { FeesModal } from './fees-modal';
import { RegisterModal } from './register-modal';
import { RosterImport } from './roster-import';
import { CANDIDATE_STATUS, DOC_TYPES, STUDENT_STATUS, yuan } from './texts';
import type { Candidate, CandidateList } from './types';

function WithdrawModal({
  sessionId,
  candidate,
  onClose,
  onDone,
}: {
  sessionId: string;
  candidate: Candidate;
  onClose: () => void;
  onDone: () => void;
}) {
  const tx = useText();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async () => {
    try {
      await api.post(`/evaluation-sessions/${sessionId}/candidates/${candidate.id}/withdraw`, {
        version: candidate.version,
        reason,
      });
      onDone();
    } catch (err) {
      setProblem(toApiError(err).problem);
    }
  };
  return (
    <Modal
      open
      title={tx(`撤回考生 ${candidate.name}`, `Withdraw ${candidate.name}`)}
      okText={tx('撤回', 'Withdraw')}
      cancelText={tx('返回', 'Back')}
      okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      {problem && <CandidateProblem problem={problem} />}
      <Input.TextArea
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={500}
        placeholder={tx('撤回理由（必填）', 'Reason (required)')}
        aria-label={tx('撤回理由', 'Reason')}
      />
    </Modal>
  );
}

export function CandidatesTab({ session }: { session: EvaluationSession }) {
  const tx = useText();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi<CandidateList>(
    `/evaluation-sessions/${session.id}/candidates`,
  );
  const [registering, setRegistering] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Candidate | null>(null);
  const [fees, setFees] = useState<Candidate | null>(null);
  const abilities = data?.abilities;
  const active = data?.items.filter((c) => c.status === 'registered').length ?? 0;

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        {abilities?.register && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {tx('登记考生', 'Register a candidate')}
          </Button>
        )}
        {abilities?.register && <RosterImport sessionId={session.id} onImported={reload} />}
        <Button
          icon={<DownloadOutlined />}
          href={`/api/v1/evaluation-sessions/${session.id}/candidates/export`}
        >
          {tx('导出 Excel', 'Export to Excel')}
        </Button>
        <span>{tx(`在册考生 ${active} 人`, `${active} registered`)}</span>
      </Space>
      {error && <ProblemAlert problem={error.problem} />}
      <Table<Candidate>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 900 }}
        data-testid="candidates-table"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (c) => (
            <>
              {c.withdrawnReason && (
                <div style={{ marginBottom: 8 }}>
                  {tx('撤回理由：', 'Reason for withdrawal: ')}
                  {c.withdrawnReason}
                </div>
              )}
              <div style={{ marginBottom: 4 }}>
                {tx(
                  `登记时的规则检查（${c.registration.asOf ?? ''}）`,
                  `Checks at registration (${c.registration.asOf ?? ''})`,
                )}
              </div>
              <FindingsList findings={c.registration.findings} compact />
            </>
          ),
        }}
        columns={[
          { title: tx('姓名', 'Name'), dataIndex: 'name', width: 120 },
          {
            title: tx('证件类型', 'Document type'),
            dataIndex: 'docType',
            width: 150,
            render: (d: string) => tx(...(DOC_TYPES[d] ?? [d, d])),
          },
          { title: tx('证件号码', 'Document number'), dataIndex: 'docMasked', width: 200 },
          // gz-rules §5(1): only a Guizhou school's candidates carry a student status.
          ...(data?.items.some((c) => c.studentStatus)
            ? [
                {
                  title: tx('院校学籍', 'Student status'),
                  dataIndex: 'studentStatus',
                  width: 130,
                  render: (s: string | null) => (s ? tx(...(STUDENT_STATUS[s] ?? [s, s])) : '—'),
                },
              ]
            : []),
          {
            title: tx('状态', 'Status'),
            dataIndex: 'status',
            width: 90,
            render: (s: string) => (
              <Tag color={s === 'registered' ? 'processing' : 'default'}>
                {tx(...(CANDIDATE_STATUS[s] ?? [s, s]))}
              </Tag>
            ),
          },
          {
            title: tx('收 / 退（元）', 'Collected / refunded (yuan)'),
            key: 'fees',
            width: 150,
            render: (_: unknown, c) => `${yuan(c.collectedFen)} / ${yuan(c.refundedFen)}`,
          },
          { title: tx('登记时间', 'Registered at'), dataIndex: 'createdAt', width: 160, render: dateTime },
          {
            title: tx('操作', 'Actions'),
            key: 'actions',
            width: 140,
            render: (_: unknown, c) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setFees(c)}>
                  {tx('费用', 'Fees')}
                </Button>
                {c.abilities.withdraw && (
                  <Button size="small" type="link" danger onClick={() => setWithdrawing(c)}>
                    {tx('撤回', 'Withdraw')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <RegisterModal
        sessionId={session.id}
        open={registering}
        onClose={() => setRegistering(false)}
        onDone={(c) => {
          setRegistering(false);
          void message.success(tx(`已登记考生 ${c.name}`, `${c.name} is registered`));
          reload();
        }}
      />
      {withdrawing && (
        <WithdrawModal
          sessionId={session.id}
          candidate={withdrawing}
          onClose={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null);
            void message.success(tx('考生已撤回', 'The candidate is withdrawn'));
            reload();
          }}
        />
      )}
      {fees && (
        <FeesModal sessionId={session.id} candidate={fees} onClose={() => setFees(null)} onChanged={reload} />
      )}
    </>
  );
}
