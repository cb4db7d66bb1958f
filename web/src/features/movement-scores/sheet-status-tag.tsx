// A sheet's status as a coloured tag, the same on every scoring screen.
import { Tag } from 'antd';
import type { SheetStatus } from '../../../../shared/contracts/movement-scores.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

const COLOURS: Record<SheetStatus, string> = {
  not_started: 'default',
  draft: 'gold',
  submitted: 'blue',
  reviewed: 'green',
};

export function SheetStatusTag({ status }: { status: SheetStatus }) {
  const { t } = useI18n();
  return <Tag color={COLOURS[status]}>{t.scoring.status[status]}</Tag>;
}
