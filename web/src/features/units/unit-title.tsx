// A unit's name with its kind and (when closed) its status, greyed when it no longer operates.
import { Flex } from 'antd';
import type { Unit } from '../../../../shared/contracts/units.ts';
import { UnitKindTag } from './unit-kind-tag.tsx';
import { UnitStatusTag } from './unit-status-tag.tsx';

/** The one way a unit is named in the tree, search results and tables. */
export function UnitTitle({
  unit,
  spread = false,
}: {
  unit: Pick<Unit, 'name' | 'kind' | 'status' | 'code'>;
  /** Push the tags to the right edge (tree rows), so they line up in a column. */
  spread?: boolean;
}) {
  const inactive = unit.status !== 'active';
  return (
    <Flex
      align={spread ? 'flex-start' : 'center'}
      gap={6}
      className={inactive ? 'unit-title-inactive' : undefined}
      style={{ minWidth: 0 }}
    >
      <span
        className={spread ? 'unit-title-name unit-title-name-wrap' : 'unit-title-name'}
        title={`${unit.name} (${unit.code})`}
      >
        {unit.name}
      </span>
      <UnitKindTag kind={unit.kind} />
      <UnitStatusTag status={unit.status} />
    </Flex>
  );
}
