// Skill levels 1 (高级技师) … 5 (初级工), named as the server's reference table names them.
import { Select } from 'antd';
import { useI18n, type Lang } from '../../app/i18n';
import type { SkillLevel } from '../institutions/types';
import { useSkillLevels } from './use-reference';

export function levelName(
  levels: SkillLevel[] | undefined,
  level: number | null | undefined,
  lang: Lang,
): string {
  if (level === null || level === undefined) return '—';
  const l = levels?.find((x) => x.level === level);
  if (!l) return String(level);
  return lang === 'en' ? l.nameEn : `${l.nameZh}（${l.titleZh}）`;
}

export function useLevelName(): (level: number | null | undefined) => string {
  const { lang } = useI18n();
  const { data } = useSkillLevels();
  return (level) => levelName(data, level, lang);
}

interface Props {
  value?: number;
  onChange?: (level: number | undefined) => void;
  allowClear?: boolean;
  id?: string;
  style?: React.CSSProperties;
}

export function LevelSelect({ value, onChange, allowClear, id, style }: Props) {
  const { t, lang } = useI18n();
  const { data } = useSkillLevels();
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      loading={!data}
      placeholder={t('field.level')}
      style={style}
      options={(data ?? []).map((l) => ({ value: l.level, label: levelName(data, l.level, lang) }))}
    />
  );
}
