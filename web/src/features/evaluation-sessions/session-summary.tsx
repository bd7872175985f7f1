// One evaluation session's details (issue 11 point 1): institution or branch, site, occupation × level,
// dates, subjects, status, the findings of the opening check in words with their articles, and the
// close / cancel actions the server's abilities allow. Shown in the list's drawer and on the session page.
import { App, Button, Card, Descriptions, Input, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { EventFindings } from '../cases/findings-list';
import { dateTime, useText } from '../cases/texts';
import { useLevelName } from '../reference/level-select';
import { SessionProblem } from './open-session-modal';
import { STATUS_COLOR, STATUS_TEXT, SUBJECT_TEXT } from './texts';
import type { EvaluationSession } from './types';

export function SessionDetail({
  session,
  onChanged,
}: {
  session: EvaluationSession;
  onChanged: (s: EvaluationSession) => void;
}) {
  const tx = useText();
  const levelName = useLevelName();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reason, setReason] = useState('');
  const act = async (what: 'close' | 'cancel') => {
    setProblem(null);
    try {
      const body = what === 'close' ? { version: session.version } : { version: session.version, reason };
      const s = await api.post<EvaluationSession>(`/evaluation-sessions/${session.id}/${what}`, body);
      void message.success(what === 'close' ? tx('已关闭', 'Closed') : tx('已取消', 'Cancelled'));
      onChanged(s);
    } catch (err) {
      setProblem(toApiError(err).problem);
    }
  };
  return (
    <>
      {problem && <SessionProblem problem={problem} />}
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'inst', label: tx('评价机构', 'Institution'), children: session.institutionName },
          ...(session.branchName
            ? [{ key: 'branch', label: tx('分支机构', 'Branch'), children: session.branchName }]
            : []),
          {
            key: 'occ',
            label: tx('职业（工种）', 'Occupation'),
            children: `${session.occupationCode} ${session.occupationName}`,
          },
          { key: 'level', label: tx('等级', 'Level'), children: levelName(session.level) },
          {
            key: 'dates',
            label: tx('评价日期', 'Dates'),
            children: `${session.startsOn} ~ ${session.endsOn}`,
          },
          {
            key: 'site',
            label: tx('评价场地', 'Site'),
            children: `${session.siteName}（${session.siteAddress}）`,
          },
          {
            key: 'subjects',
            label: tx('评价科目', 'Subjects'),
            children: (
              <Space wrap size={4}>
                {session.subjects.map((s) => (
                  <Tag key={s}>{tx(...SUBJECT_TEXT[s])}</Tag>
                ))}
              </Space>
            ),
          },
          { key: 'standard', label: tx('依据标准', 'Standard'), children: session.standardTitle },
          {
            key: 'status',
            label: tx('状态', 'Status'),
            children: <Tag color={STATUS_COLOR[session.status]}>{tx(...STATUS_TEXT[session.status])}</Tag>,
          },
          { key: 'created', label: tx('开设时间', 'Opened at'), children: dateTime(session.createdAt) },
          ...(session.closedAt
            ? [{ key: 'closed', label: tx('关闭时间', 'Closed at'), children: dateTime(session.closedAt) }]
            : []),
          ...(session.cancelledAt
            ? [
                {
                  key: 'cancelled',
                  label: tx('取消时间及理由', 'Cancelled at, and why'),
                  children: `${dateTime(session.cancelledAt)} · ${session.cancelReason ?? ''}`,
                },
              ]
            : []),
        ]}
      />
      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={tx(
          `开设时的规则检查（${session.opening.asOf}）`,
          `Check when opened (${session.opening.asOf})`,
        )}
      >
        <EventFindings findings={session.opening.findings} />
      </Card>
      {(session.abilities.close || session.abilities.cancel) && (
        <Space wrap style={{ marginTop: 16 }}>
          {session.abilities.close && (
            <Popconfirm
              title={tx(
                '关闭后成绩只能经记录在案的更正修改。确定关闭？',
                'After closing, results change only through a recorded correction. Close it?',
              )}
              okText={tx('关闭批次', 'Close')}
              cancelText={tx('返回', 'Back')}
              onConfirm={() => act('close')}
            >
              <Button type="primary">{tx('关闭批次', 'Close the session')}</Button>
            </Popconfirm>
          )}
          {session.abilities.cancel && (
            <Space.Compact>
              <Input
                placeholder={tx('取消理由', 'Reason for cancelling')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                style={{ width: 220 }}
                maxLength={500}
              />
              <Popconfirm
                title={tx('确定取消该评价批次？', 'Cancel this session?')}
                okText={tx('取消批次', 'Cancel the session')}
                cancelText={tx('返回', 'Back')}
                okButtonProps={{ danger: true }}
                disabled={reason.trim() === ''}
                onConfirm={() => act('cancel')}
              >
                <Button danger disabled={reason.trim() === ''}>
                  {tx('取消批次', 'Cancel the session')}
                </Button>
              </Popconfirm>
            </Space.Compact>
          )}
        </Space>
      )}
    </>
  );
}
