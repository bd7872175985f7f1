// 「退出与收尾」 for an institution (1x-exit §9; gz-rules §13–15): its exits (route, scope, termination,
// wrap-up due and status) and its wrap-up checklist — the open exit's (with the authority's waivers) or,
// with none open, the list as it stands now (the self-check before a voluntary exit, gz-rules §13). A
// closed session's records are registered as archived from the list (登记归档: where, since when).
import { Alert, DatePicker, Form, Input, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { useI18n } from '../../app/i18n';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { Checklist } from './checklist';
import { ExitTable } from './exit-parts';
import type { CurrentChecklist, ExitDetail, ExitList, WrapUpRecord } from './types';

export function WrapUpPage() {
  const { t, lang } = useI18n();
  const { user } = useAuth();
  const institutionId = user?.institution?.id ?? null;
  const exits = useApi<ExitList>('/exits?status=all&pageSize=100');
  const open = exits.data?.items.find((e) => e.wrapUpStatus !== 'completed') ?? null;
  const detail = useApi<ExitDetail>(exits.data && open ? `/exits/${open.id}` : null);
  const current = useApi<CurrentChecklist>(
    exits.data && !open && institutionId ? `/institutions/${institutionId}/wrap-up` : null,
  );
  const checklist = open ? detail.data?.checklist : current.data;
  const asOf = open ? detail.data?.asOf : current.data?.asOf;
  const [archiving, setArchiving] = useState<WrapUpRecord | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const reload = () => (open ? detail.reload() : current.reload());
  const error = exits.error ?? detail.error ?? current.error;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="wrap-up-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('wrapUp.institution.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('wrapUp.institution.intro')}</Typography.Text>
      </div>
      {error && <ProblemResult error={error} onRetry={exits.reload} />}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('wrapUp.institution.exits')}
      </Typography.Title>
      <ExitTable exits={exits.data?.items ?? []} loading={exits.loading} showInstitution={false} />
      <div>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {open ? t('wrapUp.institution.listOfExit') : t('wrapUp.institution.listNow')}
        </Typography.Title>
        {asOf && <Typography.Text type="secondary">{t('wrapUp.asOf', { day: asOf })}</Typography.Text>}
      </div>
      {open && (
        <Alert
          type={open.wrapUpStatus === 'overdue' ? 'error' : 'info'}
          showIcon
          title={
            open.wrapUpDue
              ? t('wrapUp.institution.dueBy', { day: open.wrapUpDue })
              : t('wrapUp.institution.noDue')
          }
        />
      )}
      {done && <Alert type="success" showIcon closable onClose={() => setDone(null)} title={done} />}
      {checklist && (
        <>
          {checklist.clear && <Alert type="success" showIcon title={t('wrapUp.clear')} />}
          <Checklist checklist={checklist} onArchive={setArchiving} />
        </>
      )}
      <FormModal<{ location: string; archivedOn?: Dayjs }, { archivedOn: string }>
        title={t('wrapUp.archive.title')}
        open={archiving !== null}
        onClose={() => setArchiving(null)}
        path={`/evaluation-sessions/${archiving?.id ?? ''}/archive`}
        initialValues={{ archivedOn: dayjs() }}
        toBody={(v) => ({
          location: v.location.trim(),
          ...(v.archivedOn ? { archivedOn: v.archivedOn.format('YYYY-MM-DD') } : {}),
        })}
        onDone={(r) => {
          setDone(t('wrapUp.archive.done', { day: r.archivedOn }));
          setArchiving(null);
          reload();
        }}
      >
        {() => (
          <>
            {archiving && (
              <Typography.Paragraph>
                {lang === 'en' ? archiving.label_en : archiving.label}
              </Typography.Paragraph>
            )}
            <Form.Item
              name="location"
              label={t('wrapUp.archive.location')}
              extra={t('wrapUp.archive.locationHint')}
              rules={[{ required: true, min: 2, message: t('wrapUp.archive.locationRequired') }]}
            >
              <Input maxLength={500} data-testid="archive-location" />
            </Form.Item>
            <Form.Item name="archivedOn" label={t('wrapUp.archive.on')} extra={t('wrapUp.archive.onHint')}>
              <DatePicker style={{ width: '100%' }} data-testid="archive-on" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Space>
  );
}
