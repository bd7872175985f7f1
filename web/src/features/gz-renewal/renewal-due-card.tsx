// 续期提醒 on an institution's home: each of its Guizhou directory entries whose validity ends within 90
// days — the days left, the reminders sent (90/60/30 days: the daily job writes them), the state of
// its renewal and the button that opens (or resumes) the gz-renewal case. Nothing shows when none is due.
import { Alert, Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../app/api';
import { useProblemToast } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { useText } from '../cases/texts';
import { RENEWAL_STATE, RENEWAL_STATE_COLOR, stateKey } from './texts';
import type { RenewalDueItem, RenewalsDue } from './types';

export function RenewalDueCard() {
  const tx = useText();
  const navigate = useNavigate();
  const toast = useProblemToast();
  const { data } = useApi<RenewalsDue>('/gz-renewal/due');
  const [busy, setBusy] = useState<string | null>(null);
  if (!data || data.items.length === 0) return null;

  const apply = async (e: RenewalDueItem) => {
    if (e.renewal.caseId) return navigate(`/cases/${e.renewal.caseId}`);
    setBusy(e.entryId);
    try {
      const opened = await api.post<{ id: string }>('/cases', {
        procedure: 'gz-renewal',
        input: { entryId: e.entryId },
      });
      navigate(`/cases/${opened.id}`);
    } catch (err) {
      toast(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title={tx('续期提醒', 'Renewal due')} data-testid="renewal-due-card">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {data.items.map((e) => {
          const key = stateKey(e.renewal);
          return (
            <Alert
              key={e.entryId}
              type={key === 'approved' ? 'success' : e.daysLeft <= 30 ? 'error' : 'warning'}
              showIcon
              title={
                <Space wrap>
                  <span>
                    {tx(
                      `评价机构资格（${e.filingCode}）有效期至 ${e.validTo}，剩余 ${e.daysLeft} 天`,
                      `Qualification ${e.filingCode} valid to ${e.validTo}: ${e.daysLeft} days left`,
                    )}
                  </span>
                  <Tag color={RENEWAL_STATE_COLOR[key]}>{tx(...(RENEWAL_STATE[key] ?? ['', '']))}</Tag>
                </Space>
              }
              description={
                <Space orientation="vertical" size={4}>
                  <Typography.Text type="secondary">
                    {tx(
                      '须在有效期届满前在线提交续期申请；届满未申请或续期未通过的，自动终止评价资格（第十四条）。',
                      'Apply online before the validity ends; without a renewal filed, or with one refused, the qualification ends by itself (§14).',
                    )}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {e.reminders.length === 0
                      ? tx('尚未发送续期提醒', 'No reminder sent yet')
                      : tx(
                          `已发送提醒：${e.reminders.map((r) => `届满前 ${r.daysBefore} 天（${r.sentOn}）`).join('、')}`,
                          `Reminders sent: ${e.reminders.map((r) => `${r.daysBefore} days before (${r.sentOn})`).join(', ')}`,
                        )}
                  </Typography.Text>
                </Space>
              }
              action={
                key === 'approved' || key === 'refused' ? (
                  <Button size="small" onClick={() => navigate(`/cases/${e.renewal.caseId}`)}>
                    {tx('查看决定', 'View decision')}
                  </Button>
                ) : (
                  <Button
                    type="primary"
                    size="small"
                    loading={busy === e.entryId}
                    onClick={() => void apply(e)}
                    data-testid="renewal-apply"
                  >
                    {e.renewal.caseId
                      ? tx('继续办理续期', 'Continue the renewal')
                      : tx('申请续期', 'Apply for renewal')}
                  </Button>
                )
              }
            />
          );
        })}
      </Space>
    </Card>
  );
}
