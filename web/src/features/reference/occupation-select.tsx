// Picks an occupation (工种) from the national catalogue by code or name, asking the server as the user
// types (the catalogue has thousands of entries).
import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { api, query, type Page } from '../../app/api';
import { useI18n } from '../../app/i18n';
import type { Occupation } from '../institutions/types';

interface Props {
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
  style?: React.CSSProperties;
  allowClear?: boolean;
}

export function OccupationSelect({ value, onChange, id, style, allowClear }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<{ search: string; items: Occupation[] } | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      api
        .get<Page<Occupation>>(`/occupations${query({ q: search.trim(), pageSize: 30 })}`, {
          signal: ctrl.signal,
        })
        .then(
          (page) => setFound({ search, items: page.items }),
          () => {
            if (!ctrl.signal.aborted) setFound({ search, items: [] });
          },
        );
    }, 250);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [search]);

  const loading = found?.search !== search;
  const items = found?.items ?? [];
  const opts = items.map((o) => ({ value: o.code, label: `${o.code} ${o.name}` }));
  if (value && !opts.some((o) => o.value === value)) opts.unshift({ value, label: value });
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear={allowClear}
      placeholder={t('field.occupationSearch')}
      notFoundContent={loading ? <Spin size="small" /> : t('common.noMatch')}
      options={opts}
      style={style}
      popupMatchSelectWidth={false}
    />
  );
}
