// The facts of one unit: code, names, kind, sector, province, dates, status and its parents.
import { Descriptions, type DescriptionsProps } from 'antd';
import type { UnitDetail } from '../../../../shared/contracts/units.ts';
import { sectorLabels, unitStatusLabels } from '../../../../shared/enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate } from '../../lib/format.ts';
import { UnitKindTag } from './unit-kind-tag.tsx';
import { UnitLink } from './unit-link.tsx';
import { useUnit } from './units.api.ts';

function MergedInto({ id }: { id: number }) {
  const target = useUnit(id);
  return target.data ? <UnitLink unit={target.data} /> : <>#{id}</>;
}

/** The "Thông tin chung" tab of a unit page. */
export function UnitDetails({ unit }: { unit: UnitDetail }) {
  const { t, pick } = useI18n();
  const none = t.common.none;
  const items: DescriptionsProps['items'] = [
    { key: 'code', label: t.units.code, children: unit.code },
    { key: 'name', label: t.units.name, children: unit.name },
    { key: 'shortName', label: t.units.shortName, children: unit.shortName || none },
    { key: 'kind', label: t.units.kind, children: <UnitKindTag kind={unit.kind} full /> },
    { key: 'sector', label: t.units.sector, children: pick(sectorLabels[unit.sector]) },
    { key: 'province', label: t.units.province, children: unit.province || none },
    { key: 'status', label: t.units.status, children: pick(unitStatusLabels[unit.status]) },
    { key: 'validFrom', label: t.units.validFrom, children: formatDate(unit.validFrom) },
    { key: 'validTo', label: t.units.validTo, children: formatDate(unit.validTo) || none },
    { key: 'parent', label: t.units.parent, children: unit.parent ? <UnitLink unit={unit.parent} /> : none },
    {
      key: 'reportingParent',
      label: t.units.reportingParent,
      children: unit.reportingParent ? <UnitLink unit={unit.reportingParent} /> : none,
    },
  ];
  if (unit.mergedIntoId) {
    items.push({ key: 'mergedInto', label: t.units.mergedInto, children: <MergedInto id={unit.mergedIntoId} /> });
  }
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 1, lg: 1, xl: 1, xxl: 2 }}
      styles={{ label: { width: 200, whiteSpace: 'nowrap' } }}
      items={items}
    />
  );
}
