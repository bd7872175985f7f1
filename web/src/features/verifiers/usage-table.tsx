// Usage per day and key over the last 30 days (China's dates): requests and certificates checked.
import { Table } from 'antd';
import { useText } from '../cases/texts';
import type { UsageDay } from './types';

export function UsageTable({ usage }: { usage: UsageDay[] }) {
  const tx = useText();
  return (
    <Table<UsageDay>
      rowKey={(u) => `${u.day}:${u.keyId ?? 'web'}`}
      size="small"
      dataSource={usage}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: true }}
      locale={{ emptyText: tx('近 30 天没有核验', 'No checks in the last 30 days') }}
      columns={[
        { title: tx('日期', 'Day'), dataIndex: 'day' },
        {
          title: tx('密钥', 'Key'),
          render: (_, u) => (u.keyPrefix ? `${u.keyPrefix}…` : tx('网页上传', 'Web upload')),
        },
        { title: tx('请求次数', 'Requests'), dataIndex: 'requests', align: 'right' },
        { title: tx('核验证书数', 'Certificates'), dataIndex: 'certificates', align: 'right' },
      ]}
    />
  );
}
