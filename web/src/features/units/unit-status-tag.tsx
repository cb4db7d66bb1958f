// The status of a unit as a tag; active units carry none in lists, so the closed ones stand out.
import { Tag } from 'antd';
import { unitStatusLabels, type UnitStatus } from '../../../../shared/enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

const statusColors: Record<UnitStatus, string> = {
  active: 'success',
  merged: 'default',
  split: 'default',
  dissolved: 'default',
};

/** "Đã sáp nhập", "Đã giải thể"...; shows "Đang hoạt động" only when `showActive`. */
export function UnitStatusTag({ status, showActive = false }: { status: UnitStatus; showActive?: boolean }) {
  const { pick } = useI18n();
  if (status === 'active' && !showActive) return null;
  return (
    <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
      {pick(unitStatusLabels[status])}
    </Tag>
  );
}
