// The organisation tree with children loaded as branches open; it opens itself down to the selected unit.
import { useState, type Key } from 'react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Alert, Empty, Spin, Tree, type TreeDataNode } from 'antd';
import type { Unit } from '../../../../shared/contracts/units.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { UnitTitle } from './unit-title.tsx';
import { unitListQuery, useUnits } from './units.api.ts';

interface UnitTreeProps {
  asOf: string | undefined;
  selectedId: number | undefined;
  /** Ancestors of the selected unit, root first: the branches opened for it. */
  focusPath: number[];
  onSelect: (id: number) => void;
}

const MAX_OPEN_ROOTS = 3;
const union = (a: number[], b: number[]) => [...a, ...b.filter((id) => !a.includes(id))];

/** The lazily loaded tree of the units the user can reach. */
export function UnitTree({ asOf, selectedId, focusPath, onSelect }: UnitTreeProps) {
  const { lang, t } = useI18n();
  const queryClient = useQueryClient();
  const roots = useUnits({ asOf });
  const [expanded, setExpanded] = useState<number[]>([]);
  const rootIds = (roots.data ?? []).map((unit) => unit.id);

  // When the selected unit changes, open the branches down to it (and, the first time, the few roots);
  // they stay open afterwards, like branches the user opened. This adjusts state during render, as React
  // recommends for state derived from a changing prop, instead of in an effect.
  const focusKey = roots.data ? focusPath.join(',') : null;
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  if (focusKey !== null && focusKey !== openedFor) {
    const start = focusPath.findIndex((id) => rootIds.includes(id));
    const branch = start >= 0 ? focusPath.slice(start) : [];
    const openRoots = openedFor === null && rootIds.length <= MAX_OPEN_ROOTS ? rootIds : [];
    setOpenedFor(focusKey);
    setExpanded((previous) => union(previous, union(openRoots, branch)));
  }

  const children = useQueries({ queries: expanded.map((parentId) => unitListQuery({ parentId, asOf })) });
  const childrenByParent = new Map<number, Unit[]>();
  expanded.forEach((parentId, index) => {
    const items = children[index]?.data;
    if (items) childrenByParent.set(parentId, items);
  });

  const toNodes = (units: Unit[]): TreeDataNode[] =>
    units.map((unit) => {
      const loaded = childrenByParent.get(unit.id);
      return {
        key: unit.id,
        title: <UnitTitle unit={unit} spread />,
        isLeaf: unit.childCount === 0,
        children: loaded ? toNodes(loaded) : undefined,
      };
    });

  const onExpand = (_keys: Key[], info: { expanded: boolean; node: { key: Key } }) => {
    const id = Number(info.node.key);
    setExpanded((previous) => (info.expanded ? union(previous, [id]) : previous.filter((other) => other !== id)));
  };

  const loadData = async ({ key }: { key: Key }) => {
    await queryClient.fetchQuery(unitListQuery({ parentId: Number(key), asOf }));
  };

  if (roots.isPending) return <Spin style={{ display: 'block', padding: 24 }} />;
  if (roots.isError) return <Alert type="error" showIcon title={errorText(roots.error, lang, t)} />;
  if (rootIds.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.units.noRoots} />;
  return (
    <Tree
      className="unit-tree"
      blockNode
      showLine={{ showLeafIcon: false }}
      treeData={toNodes(roots.data ?? [])}
      loadData={loadData}
      loadedKeys={[...childrenByParent.keys()]}
      expandedKeys={expanded}
      onExpand={onExpand}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(Number(key));
      }}
    />
  );
}
