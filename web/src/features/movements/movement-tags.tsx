// The status of a movement as a coloured tag.
import { Tag } from 'antd';
import { movementStatusLabels, type MovementStatus } from '../../../../shared/contracts/movements.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

const colours: Record<MovementStatus, string> = { draft: 'default', launched: 'green', closed: 'blue' };

export function MovementStatusTag({ status }: { status: MovementStatus }) {
  const { pick } = useI18n();
  return <Tag color={colours[status]}>{pick(movementStatusLabels[status])}</Tag>;
}
