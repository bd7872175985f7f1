// Picks what an account is bound to: an authority, an institution or an expert, searched on the
// server by name (the lists the administrator may read anyway).
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api, query, type Page } from '../../app/api';
import { useI18n } from '../../app/i18n';

export type BindingKind = 'authorities' | 'institutions' | 'experts' | 'verifier-organisations';

interface Props {
  kind: BindingKind;
  value?: string;
  onChange?: (v: string) => void;
  /** The current binding's name, shown before any search. */
  initial?: { id: string; name: string } | null;
  id?: string;
}

export function BindingSelect({ kind, value, onChange, initial, id }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<{ value: string; label: string }[]>(
    initial ? [{ value: initial.id, label: initial.name }] : [],
  );
  useEffect(() => {
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      api
        .get<Page<{ id: string; name: string }>>(
          `/${kind}${query({ q: q.trim() || undefined, pageSize: 50 })}`,
          {
            signal: ctrl.signal,
          },
        )
        .then(
          (p) => {
            const found = p.items.map((i) => ({ value: i.id, label: i.name }));
            if (initial && !found.some((o) => o.value === initial.id))
              found.unshift({ value: initial.id, label: initial.name });
            setOptions(found);
          },
          () => undefined,
        );
    }, 250);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [kind, q, initial]);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      options={options}
      placeholder={t('accounts.bindingSearch')}
      notFoundContent={t('accounts.noMatch')}
    />
  );
}
