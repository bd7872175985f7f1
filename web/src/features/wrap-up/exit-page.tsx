// One exit for its authority: what ended and when, and the wrap-up checklist (1x-exit §9; gz-rules §13–15)
// computed now. The authority that decided (or, for a lapse, supervises) the exit waives an item with its
// reason, and confirms the wrap-up complete — offered only when every item is empty or waived, with the
// open items named otherwise (the API refuses 409 WRAP_UP_NOT_CLEAR anyway).
import { Alert, Breadcrumb, Button, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../app/api';
import { FormModal } from '../../app/form-modal';
import { useI18n } from '../../app/i18n';
import { useProblemToast } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { Checklist } from './checklist';
import { ExitDescriptions } from './exit-parts';
import { itemText } from './texts';
import type { ExitDetail, WrapUpChecklistItem } from './types';

export function InstitutionExitPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const toast = useProblemToast();
  const { data, error, reload } = useApi<ExitDetail>(`/exits/${id}`);
  const [waiving, setWaiving] = useState<WrapUpChecklistItem | null>(null);
  const [completing, setCompleting] = useState(false);
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (!data) return null;
  const completed = data.wrapUpCompletedOn !== null;
  const decide = data.canDecide && !completed;
  const openItems = data.checklist.items.filter((i) => !i.cleared);
  const complete = async () => {
    setCompleting(true);
    try {
      await api.post(`/exits/${id}/wrap-up-completion`);
      reload();
    } catch (err) {
      toast(err);
    } finally {
      setCompleting(false);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="institution-exit-page">
      <Breadcrumb
        items={[
          { title: <Link to="/institution-exits">{t('wrapUp.authority.title')}</Link> },
          { title: data.institutionName },
        ]}
      />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {data.institutionName}
      </Typography.Title>
      <ExitDescriptions exit={data} />
      <div>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('wrapUp.authority.checklist')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('wrapUp.asOf', { day: data.asOf })}</Typography.Text>
      </div>
      {completed ? (
        <Alert
          type="success"
          showIcon
          title={t('wrapUp.completedOn', { day: data.wrapUpCompletedOn ?? '' })}
          data-testid="wrap-up-completed"
        />
      ) : (
        decide && (
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            {openItems.length > 0 && (
              <Alert
                type="warning"
                showIcon
                data-testid="wrap-up-open-items"
                title={t('wrapUp.authority.notClear', {
                  list: openItems
                    .map((i) => t('wrapUp.openItem', { item: itemText(t, i.item), n: i.count }))
                    .join(lang === 'en' ? '; ' : '；'),
                })}
              />
            )}
            <Popconfirm
              title={t('wrapUp.authority.completeConfirm')}
              onConfirm={complete}
              disabled={openItems.length > 0}
            >
              <Button
                type="primary"
                disabled={openItems.length > 0}
                loading={completing}
                data-testid="wrap-up-complete"
              >
                {t('wrapUp.authority.complete')}
              </Button>
            </Popconfirm>
          </Space>
        )
      )}
      <Checklist checklist={data.checklist} onWaive={decide ? setWaiving : undefined} />
      <FormModal<{ reason: string }>
        title={waiving ? t('wrapUp.waive.title', { item: itemText(t, waiving.item) }) : ''}
        open={waiving !== null}
        onClose={() => setWaiving(null)}
        path={`/exits/${id}/waivers`}
        initialValues={{ reason: waiving?.waiver?.reason ?? '' }}
        toBody={(v) => ({ item: waiving?.item, reason: v.reason.trim() })}
        onDone={() => {
          setWaiving(null);
          reload();
        }}
      >
        {() => (
          <>
            <Typography.Paragraph type="secondary">{t('wrapUp.waive.hint')}</Typography.Paragraph>
            <Form.Item
              name="reason"
              label={t('wrapUp.waive.reason')}
              rules={[{ required: true, min: 2, message: t('wrapUp.waive.reasonRequired') }]}
            >
              <Input.TextArea rows={4} maxLength={2000} data-testid="waive-reason" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Space>
  );
}
