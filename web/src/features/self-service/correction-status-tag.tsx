// The state of a correction request as a tag: pending, approved, rejected, withdrawn.
import { Tag } from 'antd';
import type { CorrectionStatus } from '../../../../shared/contracts/self-service.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

const colors: Record<CorrectionStatus, string> = {
  pending: 'gold',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

/** "Chờ duyệt", "Đã duyệt", "Từ chối", "Đã rút". */
export function CorrectionStatusTag({ status }: { status: CorrectionStatus }) {
  const { t } = useI18n();
  return <Tag color={colors[status]}>{t.selfService.status[status]}</Tag>;
}
