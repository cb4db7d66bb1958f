// The buttons of a unit page, each shown only when the server's abilities for this unit allow it.
import { useState, type ReactNode } from 'react';
import {
  EditOutlined,
  MergeOutlined,
  PlusOutlined,
  SplitCellsOutlined,
  StopOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { Button, Divider } from 'antd';
import type { UnitAbilities, UnitDetail } from '../../../../shared/contracts/units.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { UnitCreateModal } from './unit-create-modal.tsx';
import { UnitDissolveModal } from './unit-dissolve-modal.tsx';
import { UnitEditModal } from './unit-edit-modal.tsx';
import { UnitMergeModal } from './unit-merge-modal.tsx';
import { UnitMoveModal } from './unit-move-modal.tsx';
import { UnitSplitModal } from './unit-split-modal.tsx';

type Action = keyof UnitAbilities;

const icons: Record<Action, ReactNode> = {
  createChild: <PlusOutlined />,
  update: <EditOutlined />,
  move: <SwapOutlined />,
  merge: <MergeOutlined />,
  split: <SplitCellsOutlined />,
  dissolve: <StopOutlined />,
};
const order: Action[] = ['createChild', 'update', 'move', 'merge', 'split', 'dissolve'];

/** Action buttons and the dialog of the one being used. */
export function UnitActions({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  const [active, setActive] = useState<Action | null>(null);
  const closed = () => setActive(null);
  const allowed = order.filter((action) => unit.abilities[action]);
  if (allowed.length === 0) return null;

  return (
    <>
      {allowed.map((action, index) => [
        index > 0 && action === 'move' && <Divider key="divider" orientation="vertical" style={{ height: 32 }} />,
        <Button
          key={action}
          icon={icons[action]}
          type={action === 'createChild' ? 'primary' : 'default'}
          danger={action === 'dissolve'}
          onClick={() => setActive(action)}
        >
          {t.units.actions[action]}
        </Button>,
      ])}
      {active === 'createChild' && <UnitCreateModal parent={unit} onClosed={closed} />}
      {active === 'update' && <UnitEditModal unit={unit} onClosed={closed} />}
      {active === 'move' && <UnitMoveModal unit={unit} onClosed={closed} />}
      {active === 'merge' && <UnitMergeModal unit={unit} onClosed={closed} />}
      {active === 'split' && <UnitSplitModal unit={unit} onClosed={closed} />}
      {active === 'dissolve' && <UnitDissolveModal unit={unit} onClosed={closed} />}
    </>
  );
}
