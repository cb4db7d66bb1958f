// /audit: who changed what and when, filtered and paged on the server.
import { Alert, Card, Flex } from 'antd';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { AuditFiltersForm } from './audit-filters-form.tsx';
import { AuditTable } from './audit-table.tsx';
import { useAuditPage } from './audit.api.ts';
import { useAuditFilters } from './use-audit-filters.ts';

/** The audit log screen, for users whose capabilities include viewAudit. */
export function AuditPage() {
  const { t, lang } = useI18n();
  const { filters, setFilters } = useAuditFilters();
  const log = useAuditPage(filters);
  const { page, pageSize, ...criteria } = filters;

  return (
    <>
      <PageHeader title={t.audit.title} />
      <Flex vertical gap={16}>
        <Card size="small" styles={{ body: { paddingBottom: 0 } }}>
          <AuditFiltersForm key={JSON.stringify(criteria)} filters={filters} onApply={setFilters} />
        </Card>
        {log.isError && <Alert type="error" showIcon title={errorText(log.error, lang, t)} />}
        <Card styles={{ body: { padding: 0 } }}>
          <AuditTable
            entries={log.data?.items ?? []}
            total={log.data?.total ?? 0}
            page={page}
            pageSize={pageSize}
            loading={log.isFetching}
            onPageChange={(nextPage, nextSize) =>
              setFilters({ ...filters, page: nextSize === pageSize ? nextPage : 1, pageSize: nextSize })
            }
          />
        </Card>
      </Flex>
    </>
  );
}
