// The "Yêu cầu chỉnh sửa" tab of a member page: the member's requests, pending ones first, decided there.
import { Alert, Empty, Flex } from 'antd';
import type { CorrectionRequest } from '../../../../shared/contracts/self-service.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { CorrectionReviewCard } from '../self-service/correction-review-card.tsx';
import { useCorrections } from '../self-service/self-service.api.ts';

/** Every request of the person; the query is shared with the page's pending count. */
export function useMemberCorrections(personId: number, enabled: boolean) {
  return useCorrections({ status: 'all', personId, page: 1, pageSize: 50 }, enabled);
}

/** Pending requests on top, then the decided ones, newest first. */
export function MemberCorrectionsTab({ personId }: { personId: number }) {
  const { t, lang } = useI18n();
  const list = useMemberCorrections(personId, true);
  if (list.isError) return <Alert type="error" showIcon title={errorText(list.error, lang, t)} />;
  const items = [...(list.data?.items ?? [])].sort(
    (a: CorrectionRequest, b: CorrectionRequest) =>
      Number(b.status === 'pending') - Number(a.status === 'pending') || b.createdAt.localeCompare(a.createdAt),
  );
  if (!list.isPending && items.length === 0) return <Empty description={t.selfService.review.empty} />;
  return (
    <Flex vertical gap={12}>
      {items.map((request) => (
        <CorrectionReviewCard key={request.id} request={request} showPerson={false} />
      ))}
    </Flex>
  );
}
