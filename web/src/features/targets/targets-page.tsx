// /targets: the plan targets of a unit (the user's own by default) and the units below it for a period,
// with achievement the Vietnamese way, and the buttons to set targets, report results and add indicators.
import { useState } from 'react';
import { DownloadOutlined, PlusOutlined, AimOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { toQueryString } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate } from '../../lib/format.ts';
import { AchievementTable } from './achievement-table.tsx';
import { IndicatorCreateModal } from './indicator-create-modal.tsx';
import { periodLabel } from './period-label.ts';
import { SetTargetsModal } from './set-targets-modal.tsx';
import { TargetFiltersBar } from './target-filters-bar.tsx';
import { useAchievement } from './targets.api.ts';
import { useTargetFilters } from './use-target-filters.ts';

/** The targets screen, for users whose capabilities include viewTargets. */
export function TargetsPage() {
  const { t, lang } = useI18n();
  const s = t.targets;
  const { filters, update } = useTargetFilters();
  const achievement = useAchievement(filters);
  const data = achievement.data;
  const [open, setOpen] = useState<'set' | 'define' | null>(null);
  const exportHref = `/api/v1/targets/achievement/export${toQueryString({ ...filters, unit: filters.unit ?? data?.unit.code })}`;

  return (
    <>
      <PageHeader
        title={s.title}
        meta={
          data && (
            <Typography.Text type="secondary">
              {data.unit.name} · {periodLabel(t, data.periodStart, data.periodEnd)} ·{' '}
              {s.countedAt(formatDate(data.countedAt))}
            </Typography.Text>
          )
        }
        extra={
          data && (
            <>
              <Button icon={<DownloadOutlined aria-hidden />} href={exportHref} disabled={data.rows.length === 0}>
                {s.actions.export}
              </Button>
              {data.abilities.defineIndicator && (
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => setOpen('define')}>
                  {s.actions.define}
                </Button>
              )}
              {data.abilities.setTargets && (
                <Button type="primary" icon={<AimOutlined aria-hidden />} onClick={() => setOpen('set')}>
                  {s.actions.set}
                </Button>
              )}
            </>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" title={s.filters} styles={{ body: { paddingBottom: 0 } }}>
          <TargetFiltersBar filters={filters} unitCode={filters.unit ?? data?.unit.code} update={update} />
        </Card>
        {achievement.isError && <Alert type="error" showIcon title={errorText(achievement.error, lang, t)} />}
        {achievement.isPending && <FullPageSpin height={320} />}
        {data && !achievement.isError && (
          <Card styles={{ body: { padding: 0 } }}>
            {data.rows.length === 0 && data.abilities.setTargets && (
              <Alert type="info" showIcon title={s.empty} description={s.emptyHint} style={{ margin: 16 }} />
            )}
            <AchievementTable data={data} loading={achievement.isFetching} />
          </Card>
        )}
      </Flex>
      {open === 'set' && data && (
        <SetTargetsModal unit={data.unit} from={data.periodStart} to={data.periodEnd} onClosed={() => setOpen(null)} />
      )}
      {open === 'define' && data && <IndicatorCreateModal unit={data.unit} onClosed={() => setOpen(null)} />}
    </>
  );
}
