// /corrections: the officer's queue of members' correction requests, pending first, other states on demand.
import { Alert, Card, Empty, Flex, Pagination, Segmented, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { correctionStatuses, type CorrectionStatus } from '../../../../shared/contracts/self-service.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatNumber } from '../../lib/format.ts';
import { CorrectionReviewCard } from './correction-review-card.tsx';
import { useCorrections } from './self-service.api.ts';

const PAGE_SIZE = 20;

/** The status filter and page live in the address, so a reload or a shared link shows the same list. */
export function CorrectionsPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const r = t.selfService.review;
  const requested = params.get('status');
  const status: CorrectionStatus | 'all' =
    requested === 'all' || correctionStatuses.includes(requested as CorrectionStatus)
      ? (requested as CorrectionStatus | 'all')
      : 'pending';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useCorrections({ status, page, pageSize: PAGE_SIZE });

  return (
    <>
      <PageHeader title={r.title} />
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{r.help}</Typography.Text>
        <Segmented
          value={status}
          onChange={(value) => setParams({ status: String(value) })}
          options={[
            ...correctionStatuses.map((value) => ({ value, label: t.selfService.status[value] })),
            { value: 'all', label: r.all },
          ]}
        />
        {list.isError && <Alert type="error" showIcon title={errorText(list.error, lang, t)} />}
        {list.data && (
          <Typography.Text strong role="status">
            {r.total(formatNumber(list.data.total))}
          </Typography.Text>
        )}
        <Spin spinning={list.isFetching}>
          {list.data?.items.length === 0 ? (
            <Card>
              <Empty description={r.empty} />
            </Card>
          ) : (
            <Flex vertical gap={12}>
              {list.data?.items.map((request) => (
                <CorrectionReviewCard key={request.id} request={request} />
              ))}
            </Flex>
          )}
        </Spin>
        {list.data && list.data.total > PAGE_SIZE && (
          <Pagination
            current={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            showSizeChanger={false}
            onChange={(next) => setParams({ status, page: String(next) })}
          />
        )}
      </Flex>
    </>
  );
}
