// The "Yêu cầu chỉnh sửa" menu entry with the number of requests waiting for the officer.
import { Badge, Flex } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useCorrectionSummary } from './self-service.api.ts';

/** The label and a count badge (none when nothing is pending). */
export function CorrectionsMenuLabel() {
  const { t } = useI18n();
  const summary = useCorrectionSummary(true);
  const pending = summary.data?.pending ?? 0;
  return (
    <Flex align="center" justify="space-between" gap={8}>
      <span>{t.selfService.review.menu}</span>
      {pending > 0 && <Badge count={pending} overflowCount={99} aria-label={`${pending}`} />}
    </Flex>
  );
}
