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
  const [userExpanded, setUserExpanded] = useState<number[]>([]);
  // Branches the user closed while looking at one unit stay closed until another unit is selected.
  const focusKey = focusPath.join(',');
  const [closed, setClosed] = useState<{ focusKey: string; ids: number[] }>({ focusKey: '', ids: [] });
  const closedIds = closed.focusKey === focusKey ? closed.ids : [];

  const rootIds = (roots.data ?? []).map((unit) => unit.id);
  const start = focusPath.findIndex((id) => rootIds.includes(id));
  // A few roots open by themselves; below them, the branches down to the selected unit.
  const openRoots = rootIds.length <= MAX_OPEN_ROOTS ? rootIds : [];
  const autoExpanded = union(openRoots, start >= 0 ? focusPath.slice(start) : []).filter(
    (id) => !closedIds.includes(id),
  );
  const expanded = union(userExpanded, autoExpanded);

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
    if (info.expanded) {
      setUserExpanded((previous) => union(previous, [id]));
      setClosed((previous) => ({ focusKey, ids: previous.ids.filter((other) => other !== id) }));
    } else {
      setUserExpanded((previous) => previous.filter((other) => other !== id));
      setClosed((previous) => ({ focusKey, ids: union(previous.focusKey === focusKey ? previous.ids : [], [id]) }));
    }
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
