// The red notice of mohrss-violations §15 ¶2 on a verifier organisation: its read rights revoked (with
// the reason), and the order to delete what it read (the order as written, and its date).
import { Alert, Space, Typography } from 'antd';
import { useText } from '../cases/texts';
import { when, type VerifierOrganisation } from './types';

export function ReadRightsNotice({ org }: { org: VerifierOrganisation }) {
  const tx = useText();
  if (!org.readRights.revoked && !org.deletionOrder) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="read-rights-notice"
      title={tx(
        '证书数据读取权限已取消（《技能人才评价违纪违规行为处理工作指引（试行）》第十五条第二款）',
        'Certificate-data read rights revoked (mohrss-violations §15 ¶2)',
      )}
      description={
        <Space orientation="vertical" size={4}>
          <Typography.Text>
            {tx('取消时间', 'Revoked')}：{when(org.readRights.revokedAt)}
            {org.readRights.revokedBy ? ` · ${org.readRights.revokedBy}` : ''}
          </Typography.Text>
          {org.readRights.reason && (
            <Typography.Text>
              {tx('理由', 'Reason')}：{org.readRights.reason}
            </Typography.Text>
          )}
          {org.deletionOrder && (
            <Typography.Text strong>
              {tx('责令删除已读取的证书数据', 'Ordered to delete the certificate data read')}（
              {when(org.deletionOrder.orderedAt)}）：{org.deletionOrder.text}
            </Typography.Text>
          )}
          <Typography.Text type="secondary">
            {tx(
              '本单位的全部 API 密钥和网页批量核验均已停止。',
              'Every API key and the web batch check have stopped.',
            )}
          </Typography.Text>
        </Space>
      }
    />
  );
}
