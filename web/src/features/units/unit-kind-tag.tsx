// The kind of a unit as a coloured tag: short in lists, the full name on hover.
import { Tag, Tooltip } from 'antd';
import { unitKindLabels, type UnitKind } from '../../../../shared/enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

const kindColors: Record<UnitKind, string> = {
  confederation: 'magenta',
  national_sector_union: 'red',
  provincial_federation: 'purple',
  provincial_sector_union: 'blue',
  grassroots_union: 'green',
  union_section: 'cyan',
};

/** Tells at a glance whether a unit is a grassroots union, a provincial union, a section... */
export function UnitKindTag({ kind, full = false }: { kind: UnitKind; full?: boolean }) {
  const { t, pick } = useI18n();
  const fullLabel = pick(unitKindLabels[kind]);
  return (
    <Tooltip title={full ? undefined : fullLabel}>
      <Tag color={kindColors[kind]} variant="outlined" style={{ marginInlineEnd: 0 }}>
        {full ? fullLabel : t.units.kindShort[kind]}
      </Tag>
    </Tooltip>
  );
}
