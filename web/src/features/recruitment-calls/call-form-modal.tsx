// Drafting (or editing the draft of) a recruitment call: title, batch, the body of the notice, the
// application window and the fields (职业技能领域) it recruits for (1x-selection §12 分领域分批次).
import { Button, DatePicker, Form, Input, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../app/form-modal';
import { useText } from '../cases/texts';
import type { RecruitmentCall } from './types';

interface Values {
  title: string;
  batch: string;
  description?: string;
  window: [Dayjs, Dayjs];
  fields: { name: string; description?: string }[];
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

export function CallFormModal({
  open,
  call,
  onClose,
  onDone,
}: {
  open: boolean;
  /** Editing this draft; absent → a new call. */
  call?: RecruitmentCall;
  onClose: () => void;
  onDone: (c: RecruitmentCall) => void;
}) {
  const tx = useText();
  return (
    <FormModal<Values, RecruitmentCall>
      title={
        call ? tx('修改招募公告草稿', 'Edit the draft call') : tx('起草招募公告', 'Draft a recruitment call')
      }
      open={open}
      onClose={onClose}
      onDone={onDone}
      method={call ? 'PATCH' : 'POST'}
      path={call ? `/recruitment-calls/${call.id}` : '/recruitment-calls'}
      width={720}
      initialValues={
        call
          ? {
              title: call.title,
              batch: call.batch,
              description: call.description ?? undefined,
              window: [dayjs(call.openOn), dayjs(call.closeOn)],
              fields: call.fields.map((f) => ({ name: f.name, description: f.description ?? undefined })),
            }
          : { fields: [{ name: '' }] }
      }
      toBody={(v) => ({
        ...(call ? { version: call.version } : {}),
        title: v.title.trim(),
        batch: v.batch.trim(),
        description: v.description?.trim() ? v.description.trim() : null,
        openOn: day(v.window[0]),
        closeOn: day(v.window[1]),
        fields: v.fields.map((f) => ({
          name: f.name.trim(),
          description: f.description?.trim() ? f.description.trim() : null,
        })),
      })}
    >
      {() => (
        <>
          <Form.Item name="title" label={tx('公告标题', 'Title')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="batch"
            label={tx('批次', 'Batch')}
            rules={[{ required: true }]}
            extra="如 2026年第一批"
          >
            <Input maxLength={100} style={{ maxWidth: 280 }} />
          </Form.Item>
          <Form.Item
            name="window"
            label={tx('申报时间（含首尾两日）', 'Application window (both days included)')}
            rules={[{ required: true }]}
          >
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item name="description" label={tx('公告正文（申报要求、联系方式）', 'Body of the notice')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10_000} />
          </Form.Item>
          <Form.Item label={tx('招募的职业技能领域', 'Fields recruited for')} required>
            <Form.List name="fields">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                      <Form.Item name={[f.name, 'name']} rules={[{ required: true }]}>
                        <Input placeholder={tx('领域名称', 'Field')} style={{ width: 220 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'description']}>
                        <Input placeholder={tx('说明（可选）', 'Note (optional)')} style={{ width: 320 }} />
                      </Form.Item>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label={tx('删除', 'Remove')}
                      />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                    {tx('添加领域', 'Add a field')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
