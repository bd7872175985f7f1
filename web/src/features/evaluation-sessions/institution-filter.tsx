// An authority's filter by institution: searches the institutions in its jurisdiction as it types
// (GET /institutions is scoped by the server), and keeps the chosen one's name while it is selected.
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api, query, type Page } from '../../app/api';
import { useText } from '../cases/texts';

interface Found {
  id: string;
  name: string;
}

export function InstitutionFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const tx = useText();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Found[]>([]);
  const [chosen, setChosen] = useState<Found | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      api
        .get<Page<Found>>(`/institutions${query({ q: search.trim(), pageSize: 20 })}`, {
          signal: ctrl.signal,
        })
        .then(
          (page) => setFound(page.items),
          () => {
            if (!ctrl.signal.aborted) setFound([]);
          },
        );
    }, 250);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [search]);

  const options = [
    ...(chosen && chosen.id === value ? [chosen] : []),
    ...found.filter((f) => f.id !== chosen?.id),
  ];
  return (
    <Select
      allowClear
      showSearch
      filterOption={false}
      value={value}
      placeholder={tx('评价机构', 'Institution')}
      aria-label={tx('评价机构', 'Institution')}
      onSearch={setSearch}
      onChange={(id?: string) => {
        setChosen(found.find((f) => f.id === id) ?? null);
        onChange(id);
      }}
      options={options.map((f) => ({ value: f.id, label: f.name }))}
      style={{ width: 260 }}
    />
  );
}
