// The wrap-up checklist (1x-exit §9; gz-rules §13–15) as both sides read it: each item with its count, its
// articles, the records behind it (the first 50; the count is the full number) and its waiver. The
// institution registers a closed session's records as archived from here (onArchive); the exit's
// authority waives an item with its reason (onWaive).
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n';
import { citationWords } from '../rectifications/texts';
import { itemText, recordKindText } from './texts';
import type { WrapUpChecklist, WrapUpChecklistItem, WrapUpRecord } from './types';

interface Props {
  checklist: WrapUpChecklist;
  onArchive?: ((record: WrapUpRecord) => void) | undefined;
  onWaive?: ((item: WrapUpChecklistItem) => void) | undefined;
}

export function Checklist({ checklist, onArchive, onWaive }: Props) {
  const { t, lang } = useI18n();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="wrap-up-checklist">
      {checklist.items.map((i) => (
        <Card
          key={i.item}
          size="small"
          data-testid={`wrap-up-item-${i.item}`}
          title={
            <Space wrap size={6}>
              <span>{itemText(t, i.item)}</span>
              <Tag color={i.count === 0 ? 'default' : i.waiver ? 'gold' : 'red'} data-testid="wrap-up-count">
                {t('wrapUp.count', { n: i.count })}
              </Tag>
              {i.count === 0 ? (
                <Tag color="green">{t('wrapUp.itemClear')}</Tag>
              ) : i.waiver ? (
                <Tag color="gold">{t('wrapUp.itemWaived')}</Tag>
              ) : (
                <Tag color="volcano">{t('wrapUp.itemOpen')}</Tag>
              )}
            </Space>
          }
          extra={
            onWaive && i.count > 0 ? (
              <Button size="small" onClick={() => onWaive(i)} data-testid="wrap-up-waive">
                {i.waiver ? t('wrapUp.waiveAgain') : t('wrapUp.waive')}
              </Button>
            ) : undefined
          }
        >
          <Typography.Text type="secondary" data-testid="wrap-up-basis">
            {i.citations.length > 0 &&
              t('wrapUp.articles', {
                list: i.citations.map((c) => citationWords(c, lang)).join(lang === 'en' ? '; ' : '；'),
              })}
            {i.basis === 'catch_all' &&
              t('wrapUp.basisCatchAll', {
                words: i.openList
                  .map((w) => (lang === 'en' ? w.en : `“${w.zh}”`))
                  .join(lang === 'en' ? ', ' : '、'),
              })}
            {i.basis === 'unwritten' && t('wrapUp.basisUnwritten')}
          </Typography.Text>
          {i.waiver && (
            <div data-testid="wrap-up-waiver">
              <Typography.Text>
                {t('wrapUp.waivedOn', { day: i.waiver.waivedAt.slice(0, 10) })}
              </Typography.Text>{' '}
              <Typography.Text>{i.waiver.reason}</Typography.Text>
            </div>
          )}
          {i.records.length > 0 ? (
            <List<WrapUpRecord>
              size="small"
              dataSource={i.records}
              renderItem={(r) => (
                <List.Item
                  data-testid="wrap-up-record"
                  actions={
                    onArchive && r.kind === 'evaluation_session'
                      ? [
                          <Button
                            key="archive"
                            size="small"
                            type="primary"
                            onClick={() => onArchive(r)}
                            data-testid="wrap-up-archive"
                          >
                            {t('wrapUp.archive')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <Space wrap size={4} style={{ minWidth: 0 }}>
                    <Tag>{recordKindText(t, r.kind)}</Tag>
                    <Typography.Text style={{ wordBreak: 'break-all' }}>
                      {lang === 'en' ? r.label_en : r.label}
                    </Typography.Text>
                    {r.date && <Typography.Text type="secondary">{r.date}</Typography.Text>}
                  </Space>
                </List.Item>
              )}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wrapUp.noRecords')} />
          )}
          {i.count > i.records.length && (
            <Typography.Text type="secondary">
              {t('wrapUp.moreRecords', { shown: i.records.length, n: i.count })}
            </Typography.Text>
          )}
        </Card>
      ))}
    </Space>
  );
}
