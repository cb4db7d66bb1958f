// Where a unit sits: its ancestors from the top of the tree, each one a link.
import { Breadcrumb } from 'antd';
import { Link } from 'react-router-dom';
import type { UnitDetail } from '../../../../shared/contracts/units.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useAsOf } from './use-as-of.ts';

/** The breadcrumb above a unit's title. */
export function UnitBreadcrumb({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  const { unitPath } = useAsOf();
  return (
    <Breadcrumb
      items={[
        { key: 'units', title: <Link to={unitPath(unit.ancestors[0]?.id ?? unit.id)}>{t.units.title}</Link> },
        ...unit.ancestors.map((ancestor) => ({
          key: ancestor.id,
          title: <Link to={unitPath(ancestor.id)}>{ancestor.name}</Link>,
        })),
        { key: unit.id, title: unit.name },
      ]}
    />
  );
}
