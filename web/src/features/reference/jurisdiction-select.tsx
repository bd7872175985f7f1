// Picks a jurisdiction (GB/T 2260) from the tree the server knows: province → prefecture → county.
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../app/i18n';
import type { Jurisdiction } from '../institutions/types';
import { useJurisdictions } from './use-reference';

interface TreeNode {
  value: string;
  title: string;
  children: TreeNode[];
}

export function jurisdictionTree(list: Jurisdiction[]): TreeNode[] {
  const nodes = new Map<string, TreeNode>();
  for (const j of list) nodes.set(j.code, { value: j.code, title: j.name, children: [] });
  const roots: TreeNode[] = [];
  for (const j of list) {
    const node = nodes.get(j.code)!;
    const parent = j.parentCode ? nodes.get(j.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

interface Props {
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
}

export function JurisdictionSelect({ value, onChange, placeholder, allowClear, style, id }: Props) {
  const { t } = useI18n();
  const { data } = useJurisdictions();
  const tree = useMemo(() => jurisdictionTree(data ?? []), [data]);
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v ?? undefined)}
      treeData={tree}
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear={allowClear}
      placeholder={placeholder ?? t('field.jurisdiction')}
      loading={!data}
      style={style}
      popupMatchSelectWidth={false}
    />
  );
}
