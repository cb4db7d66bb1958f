// The buttons of a unit page, each shown only when the server's abilities for this unit allow it:
// everyday edits as buttons, the reorganisations (move, merge, split, dissolve) under one menu.
import { useState, type ReactNode } from 'react';
import {
  DownOutlined,
  EditOutlined,
  MergeOutlined,
  PlusOutlined,
  SplitCellsOutlined,
  StopOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import type { UnitAbilities, UnitDetail } from '../../../../shared/contracts/units.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { UnitCreateModal } from './unit-create-modal.tsx';
import { UnitDissolveModal } from './unit-dissolve-modal.tsx';
import { UnitEditModal } from './unit-edit-modal.tsx';
import { UnitMergeModal } from './unit-merge-modal.tsx';
import { UnitMoveModal } from './unit-move-modal.tsx';
import { UnitSplitModal } from './unit-split-modal.tsx';

type Action = keyof UnitAbilities;

const reorganisations: { action: Action; icon: ReactNode }[] = [
  { action: 'move', icon: <SwapOutlined aria-hidden /> },
  { action: 'merge', icon: <MergeOutlined aria-hidden /> },
  { action: 'split', icon: <SplitCellsOutlined aria-hidden /> },
  { action: 'dissolve', icon: <StopOutlined aria-hidden /> },
];

/** Action buttons and the dialog of the one being used. */
export function UnitActions({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  const [active, setActive] = useState<Action | null>(null);
  const closed = () => setActive(null);
  const { abilities } = unit;

  const menuItems: MenuProps['items'] = reorganisations
    .filter(({ action }) => abilities[action])
    .map(({ action, icon }) => ({ key: action, icon, label: t.units.actions[action], danger: action === 'dissolve' }));

  return (
    <>
      {abilities.createChild && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setActive('createChild')}>
          {t.units.actions.createChild}
        </Button>
      )}
      {abilities.update && (
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setActive('update')}>
          {t.units.actions.update}
        </Button>
      )}
      {menuItems.length > 0 && (
        <Dropdown trigger={['click']} menu={{ items: menuItems, onClick: ({ key }) => setActive(key as Action) }}>
          <Button>
            {t.units.actions.reorganise} <DownOutlined aria-hidden />
          </Button>
        </Dropdown>
      )}
      {active === 'createChild' && <UnitCreateModal parent={unit} onClosed={closed} />}
      {active === 'update' && <UnitEditModal unit={unit} onClosed={closed} />}
      {active === 'move' && <UnitMoveModal unit={unit} onClosed={closed} />}
      {active === 'merge' && <UnitMergeModal unit={unit} onClosed={closed} />}
      {active === 'split' && <UnitSplitModal unit={unit} onClosed={closed} />}
      {active === 'dissolve' && <UnitDissolveModal unit={unit} onClosed={closed} />}
    </>
  );
}
