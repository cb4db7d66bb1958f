// /award-stats: award statistics of a unit's subtree over whole years, the way the articles state them, with a
// chart, tables and an .xlsx export; and the honour board ("Bảng vàng") the portal shows.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Tabs } from 'antd';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { AwardStatsFiltersBar } from './award-stats-filters-bar.tsx';
import { AwardStatsPanel } from './award-stats-panel.tsx';
import { awardStatsQueryString, useAwardStats } from './award-stats.api.ts';
import { HonourBoardPanel } from './honour-board-panel.tsx';
import { useAwardStatsFilters } from './use-award-stats-filters.ts';

/** A year's awards are decided in the following year, so the board opens on the last year that can be complete. */
export function AwardStatsPage() {
  const { t, lang } = useI18n();
  const s = t.awardStats;
  const { filters, tab, update } = useAwardStatsFilters();
  const stats = useAwardStats(filters);
  const data = stats.data;
  const unitCode = filters.unit ?? data?.unit.code;
  const exportHref = `/api/v1/award-stats/export${awardStatsQueryString({ ...filters, unit: unitCode })}`;
  return (
    <>
      <PageHeader
        title={s.title}
        extra={
          tab === 'stats' &&
          data && (
            <Button icon={<DownloadOutlined aria-hidden />} href={exportHref} disabled={data.awards.total === 0}>
              {s.export}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" styles={{ body: { paddingBottom: 0 } }}>
          <AwardStatsFiltersBar filters={filters} unitCode={unitCode} update={update} />
        </Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => update({ tab: key === 'board' ? 'board' : undefined })}
          items={[
            {
              key: 'stats',
              label: s.tabStats,
              children: (
                <>
                  {stats.isError && <Alert type="error" showIcon title={errorText(stats.error, lang, t)} />}
                  {stats.isPending && <FullPageSpin height={320} />}
                  {data && !stats.isError && <AwardStatsPanel stats={data} />}
                </>
              ),
            },
            {
              key: 'board',
              label: s.tabBoard,
              children: unitCode ? (
                <HonourBoardPanel unit={unitCode} defaultYear={Math.min(filters.to, new Date().getFullYear() - 1)} />
              ) : null,
            },
          ]}
        />
      </Flex>
    </>
  );
}
