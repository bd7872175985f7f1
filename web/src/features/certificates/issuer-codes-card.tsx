// 证书编号代码 on an institution's page (issue 11 point 5, decision 0024): positions 2–13 of its
// certificate numbers, for the institution and each branch — the letter and province follow from the
// record; the authority that filed or selected it (or the province's department) records the ministry's
// institution code (0000 when filed with a province) and the site sequence the province assigns.
// Once a certificate is numbered under a code it is fixed: the server says so (code.inUse, no assign
// ability) and the row shows 已用于编号 instead of 更正.
import { App, Button, Form, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useText } from '../cases/texts';
import { CertificateProblem } from './certificate-problem';
import type { Issuer } from './types';

export function IssuerCodesCard({ institutionId }: { institutionId: string }) {
  const tx = useText();
  const { message } = App.useApp();
  const { data, error, reload } = useApi<{ items: Issuer[] }>(
    `/certificate-issuer-codes?institutionId=${institutionId}`,
  );
  const [editing, setEditing] = useState<Issuer | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [form] = Form.useForm();
  const save = async (v: { institutionCode?: string; siteSequence: string }) => {
    if (!editing) return;
    setProblem(null);
    try {
      await api.put('/certificate-issuer-codes', {
        institutionId,
        branchId: editing.branchId,
        ...(editing.ministryFiled ? { institutionCode: v.institutionCode } : {}),
        siteSequence: v.siteSequence,
      });
      setEditing(null);
      reload();
      void message.success(tx('证书编号代码已登记', 'The issuer code is recorded'));
    } catch (err) {
      setProblem(toApiError(err).problem);
    }
  };
  return (
    <>
      {error && <CertificateProblem problem={error.problem} />}
      <p>
        {tx(
          '证书编号第 1 位为机构类别（Y 用人单位，S 社会培训评价组织），第 2–5 位为人力资源社会保障部赋予的评价机构代码（省级备案的为 0000），第 6–7 位为省级代码，第 8–13 位为省级人力资源社会保障部门赋予的机构（站点）序列码。',
          'A certificate number starts with the kind of institution (Y employer, S social evaluation organisation), then the ministry’s institution code (0000 when filed with a province), the province and the site sequence the province assigns.',
        )}
      </p>
      <Table<Issuer>
        rowKey={(r) => r.branchId ?? 'institution'}
        size="small"
        pagination={false}
        dataSource={data?.items ?? []}
        scroll={{ x: 700 }}
        data-testid="issuer-codes"
        columns={[
          {
            title: tx('发证主体', 'Issuer'),
            key: 'issuer',
            render: (_: unknown, r) => r.branchName ?? tx('本机构', 'The institution'),
          },
          {
            title: tx('证书编号前 13 位', 'Positions 1–13'),
            key: 'prefix',
            render: (_: unknown, r) =>
              r.code ? (
                <span style={{ fontFamily: 'monospace' }}>{r.code.issuerPrefix}</span>
              ) : (
                <Tag color="warning">{tx('尚未登记', 'Not recorded')}</Tag>
              ),
          },
          {
            title: tx('登记部门', 'Recorded by'),
            key: 'by',
            render: (_: unknown, r) => r.code?.assignedByAuthorityName ?? '—',
          },
          {
            title: '',
            key: 'edit',
            width: 110,
            render: (_: unknown, r) =>
              r.code?.inUse ? (
                <Tag title={tx('已颁发证书的编号带有此代码，不能再更正', 'Issued numbers carry it')}>
                  {tx('已用于编号', 'In use')}
                </Tag>
              ) : r.abilities.assign ? (
                <Button
                  size="small"
                  onClick={() => {
                    setProblem(null);
                    form.setFieldsValue({
                      institutionCode: r.code?.institutionCode ?? '',
                      siteSequence: r.code?.siteSequence ?? '',
                    });
                    setEditing(r);
                  }}
                >
                  {r.code ? tx('更正', 'Correct') : tx('登记', 'Record')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        title={tx('登记证书编号代码', 'Record the issuer code')}
        okText={tx('保存', 'Save')}
        cancelText={tx('取消', 'Cancel')}
        destroyOnHidden
      >
        {problem && <CertificateProblem problem={problem} />}
        {editing && (
          <p>
            {tx('机构类别', 'Kind')} <b>{editing.kindLetter}</b> · {tx('省级代码', 'Province')}{' '}
            <b>{editing.provinceCode}</b>
            {editing.ministryFiled ? '' : ` · ${tx('评价机构代码', 'Institution code')} 0000`}
          </p>
        )}
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)} preserve={false}>
          {editing?.ministryFiled && (
            <Form.Item
              name="institutionCode"
              label={tx(
                '评价机构代码（人力资源社会保障部赋予，4 位）',
                'Institution code (from the ministry, 4 digits)',
              )}
              rules={[{ required: true, pattern: /^\d{4}$/, message: tx('应为 4 位数字', '4 digits') }]}
            >
              <Input maxLength={4} />
            </Form.Item>
          )}
          <Form.Item
            name="siteSequence"
            label={tx(
              '机构（站点）序列码（省级部门赋予，6 位）',
              'Site sequence (from the province, 6 digits)',
            )}
            rules={[{ required: true, pattern: /^\d{6}$/, message: tx('应为 6 位数字', '6 digits') }]}
          >
            <Input maxLength={6} data-testid="site-sequence" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The tab's name on the institution page. */
export function IssuerCodesLabel() {
  const tx = useText();
  return <>{tx('证书编号代码', 'Certificate issuer code')}</>;
}
