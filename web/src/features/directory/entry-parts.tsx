// Pieces the directory list and an entry's page share: the 1+X certificate levels by name, the mark of an
// imported existing filing (存量导入), the validity in words (剩余 N 天 / 今日到期 / 已到期) and how and when
// an entry left the directory (issue 15 point 7: 自动终止 / 自愿退出 / 责令终止 / 取消资格, with the day).
import { Tag, Tooltip } from 'antd';
import type { ImportSource } from './types';

type Tx = (zh: string, en: string) => string;

/** The levels of a 1+X certificate (职业技能等级证书: 初级、中级、高级). */
export const CERTIFICATE_LEVEL: Record<string, { zh: string; en: string }> = {
  junior: { zh: '初级', en: 'Junior' },
  intermediate: { zh: '中级', en: 'Intermediate' },
  senior: { zh: '高级', en: 'Senior' },
};

export const certificateLevel = (tx: Tx, level: string): string => {
  const l = CERTIFICATE_LEVEL[level];
  return l ? tx(l.zh, l.en) : tx('其他等级', 'Other level');
};

/** 存量导入: the entry came from an import of filings made before SkillReg, with its source on hover. */
export function ImportedTag({ tx, source }: { tx: Tx; source: ImportSource }) {
  const where =
    source.row === null
      ? tx(
          `来源：${source.fileName}（${source.importedOn} 导入）`,
          `Source: ${source.fileName} (imported ${source.importedOn})`,
        )
      : tx(
          `来源：${source.fileName} 第 ${source.row} 行（${source.importedOn} 导入）`,
          `Source: ${source.fileName}, row ${source.row} (imported ${source.importedOn})`,
        );
  return (
    <Tooltip title={where}>
      <Tag color="purple" data-testid="imported-tag">
        {tx('存量导入', 'Imported')}
      </Tag>
    </Tooltip>
  );
}

/** The validity's standing today: not yet in force, open-ended, N days left, ends today, or ended. */
export function ValidityTag({
  tx,
  validFrom,
  asOf,
  daysLeft,
}: {
  tx: Tx;
  validFrom: string;
  asOf: string;
  daysLeft: number | null;
}) {
  let color: string;
  let text: string;
  if (validFrom > asOf) {
    color = 'blue';
    text = tx('尚未生效', 'Not yet in force');
  } else if (daysLeft === null) {
    color = 'green';
    text = tx('长期有效', 'No end date');
  } else if (daysLeft < 0) {
    color = 'red';
    text = tx('已到期', 'Expired');
  } else if (daysLeft === 0) {
    color = 'orange';
    text = tx('今日到期', 'Ends today');
  } else {
    // Within 90 days the renewal is due (the supervisors' home page counts the same window).
    color = daysLeft <= 90 ? 'orange' : 'green';
    text = tx(`剩余 ${daysLeft} 天`, `${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left`);
  }
  return (
    <Tag color={color} data-testid="validity-tag">
      {text}
    </Tag>
  );
}

/** How an entry left the directory (src/domain/exit-kind.ts), in words. */
export const EXIT_KIND: Record<string, { zh: string; en: string }> = {
  lapse: { zh: '自动终止（有效期届满）', en: 'Lapsed (validity ended)' },
  voluntary: { zh: '自愿退出', en: 'Voluntary exit' },
  ordered_termination: { zh: '责令终止', en: 'Ordered to terminate' },
  revocation: { zh: '取消资格', en: 'Qualification revoked' },
  withdrawn: { zh: '已移出目录', en: 'Removed from the directory' },
};

export const exitKindText = (tx: Tx, kind: string): string => {
  const k = EXIT_KIND[kind];
  return k ? tx(k.zh, k.en) : tx('已退出', 'Exited');
};

/** 已退出: how and when (自动终止（有效期届满）2026-09-01). */
export function EndingTag({ tx, ending }: { tx: Tx; ending: { kind: string; on: string } }) {
  return (
    <Tag color="red" data-testid="entry-ending">
      {exitKindText(tx, ending.kind)} {ending.on}
    </Tag>
  );
}

/** A programme or an occupation an exit ended while the entry stays (1x-exit §2). */
export function EndedTag({ tx, on, programme }: { tx: Tx; on: string; programme?: boolean }) {
  return (
    <Tag color="default" data-testid={programme ? 'programme-withdrawn' : 'scope-ended'}>
      {programme ? tx(`${on} 退出`, `exited ${on}`) : tx(`${on} 终止`, `ended ${on}`)}
    </Tag>
  );
}
