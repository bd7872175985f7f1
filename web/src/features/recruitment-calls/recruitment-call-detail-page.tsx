// One recruitment call: its text, fields and application window. The issuing office edits the draft,
// publishes it (then it is public and institutions may apply between its dates) or closes it early, and
// sees the applications made to it; an institution's staff apply from here.
import { Button, Card, Descriptions, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useProblemToast } from '../../app/problems';
import { ProblemResult } from '../common/problem-result';
import { dateTime, useText } from '../cases/texts';
import { CallFormModal } from './call-form-modal';
import { WindowTag } from './window-tag';
import type { CallApplication, RecruitmentCall } from './types';

function Applications({ callId }: { callId: string }) {
  const tx = useText();
  const { data, loading } = useApi<{ items: CallApplication[] }>(`/recruitment-calls/${callId}/applications`);
  return (
    <Card title={tx('收到的申报', 'Applications')} size="small">
      <Table<CallApplication>
        rowKey="caseId"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        data-testid="call-applications"
        columns={[
          {
            title: tx('申报编号', 'Reference'),
            key: 'ref',
            render: (_, a) => <Link to={`/cases/${a.caseId}`}>{a.referenceNo}</Link>,
          },
          { title: tx('申报单位', 'Applicant'), dataIndex: 'institutionName' },
          { title: tx('领域', 'Field'), dataIndex: 'field' },
          { title: tx('提交时间', 'Submitted'), key: 'at', render: (_, a) => dateTime(a.submittedAt) },
          { title: tx('状态', 'State'), key: 'state', render: (_, a) => <Tag>{a.stateLabel_zh}</Tag> },
        ]}
      />
    </Card>
  );
}

export function RecruitmentCallDetailPage() {
  const { id = '' } = useParams();
  const tx = useText();
  const navigate = useNavigate();
  const toast = useProblemToast();
  const { data, error, loading, reload } = useApi<RecruitmentCall>(`/recruitment-calls/${id}`);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (!data || loading) return <Spin />;
  const c = data;

  const act = async (what: 'publish' | 'close') => {
    setBusy(true);
    try {
      await api.post(`/recruitment-calls/${c.id}/${what}`, { version: c.version });
      reload();
    } catch (err) {
      toast(err);
      reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="call-detail">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {c.title}
        </Typography.Title>
        <Space wrap>
          <WindowTag window={c.window} />
          <Typography.Text type="secondary">
            {c.batch} · {c.authorityName}
            {c.publishedOn ? ` · ${tx('发布于', 'published')} ${c.publishedOn}` : ''}
          </Typography.Text>
        </Space>
      </div>
      <Space wrap>
        {c.abilities.apply && (
          <Button
            type="primary"
            onClick={() => navigate(`/recruitment-calls/${c.id}/apply`)}
            data-testid="call-apply"
          >
            {tx('申报', 'Apply')}
          </Button>
        )}
        {c.abilities.update && (
          <Button onClick={() => setEditing(true)} data-testid="call-edit">
            {tx('修改草稿', 'Edit draft')}
          </Button>
        )}
        {c.abilities.publish && (
          <Popconfirm
            title={tx(
              '发布后公告向社会公开，不能再修改。确定发布？',
              'Once published the call is public and fixed. Publish?',
            )}
            onConfirm={() => act('publish')}
          >
            <Button type="primary" loading={busy} data-testid="call-publish">
              {tx('发布招募公告', 'Publish')}
            </Button>
          </Popconfirm>
        )}
        {c.abilities.close && (
          <Popconfirm
            title={tx(
              '截止后不再受理新的申报（已提交的申报继续办理）。确定截止？',
              'No new applications after closing. Close?',
            )}
            onConfirm={() => act('close')}
          >
            <Button danger loading={busy} data-testid="call-close">
              {tx('截止招募', 'Close')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      <Card size="small">
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={tx('申报时间', 'Window')}>
            {c.openOn} {tx('至', 'to')} {c.closeOn}
            {tx('（含首尾两日，以北京时间为准）', ' (both days included, Beijing time)')}
          </Descriptions.Item>
          <Descriptions.Item label={tx('招募领域', 'Fields')}>
            <Space orientation="vertical" size={2}>
              {c.fields.map((f) => (
                <span key={f.name}>
                  <Tag>{f.name}</Tag>
                  {f.description && <Typography.Text type="secondary">{f.description}</Typography.Text>}
                </span>
              ))}
            </Space>
          </Descriptions.Item>
          {c.closedOn && (
            <Descriptions.Item label={tx('截止招募日期', 'Closed on')}>{c.closedOn}</Descriptions.Item>
          )}
          <Descriptions.Item label={tx('依据', 'Basis')}>
            {tx(
              '《职业教育培训评价组织遴选与监督管理办法（试行）》第十二条、第十四条',
              '1x-selection §12, §14',
            )}
          </Descriptions.Item>
        </Descriptions>
        {c.description && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 16 }}>
            {c.description}
          </Typography.Paragraph>
        )}
      </Card>
      {c.abilities.listApplications && c.status !== 'draft' && <Applications callId={c.id} />}
      <CallFormModal
        open={editing}
        call={c}
        onClose={() => setEditing(false)}
        onDone={() => {
          setEditing(false);
          reload();
        }}
      />
    </Space>
  );
}
