// /units/:unitId: one unit with its breadcrumb, details, units below, history and the allowed actions.
import { IdcardOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Tabs, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useSignedInMe } from '../auth/auth.api.ts';
import { RecipientAwards } from '../awards/person-awards-tab.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { ApiError } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatNumber } from '../../lib/format.ts';
import { UnitActions } from './unit-actions.tsx';
import { UnitBreadcrumb } from './unit-breadcrumb.tsx';
import { UnitChildrenTable } from './unit-children-table.tsx';
import { UnitDetails } from './unit-details.tsx';
import { UnitHistoryTable } from './unit-history-table.tsx';
import { UnitKindTag } from './unit-kind-tag.tsx';
import { UnitStatusTag } from './unit-status-tag.tsx';
import { useUnit } from './units.api.ts';
import { useAsOf } from './use-as-of.ts';

/** The page of one unit, as it stands today or on the chosen date. */
export function UnitPage() {
  const { t, lang } = useI18n();
  const params = useParams();
  const id = Number(params.unitId);
  const { asOf, isHistorical } = useAsOf();
  const unit = useUnit(id, asOf);
  const { capabilities } = useSignedInMe();

  if (!Number.isInteger(id) || id <= 0 || (unit.error instanceof ApiError && unit.error.status === 404)) {
    return <Result status="404" title={t.common.notFoundTitle} subTitle={t.common.notFound} />;
  }
  if (unit.isPending) return <FullPageSpin height={320} />;
  if (unit.isError) return <Alert type="error" showIcon title={errorText(unit.error, lang, t)} />;

  const detail = unit.data;
  return (
    <>
      <PageHeader
        breadcrumb={<UnitBreadcrumb unit={detail} />}
        title={detail.name}
        meta={
          <>
            <Typography.Text type="secondary" copyable={{ text: detail.code }}>
              {detail.code}
            </Typography.Text>
            <UnitKindTag kind={detail.kind} full />
            <UnitStatusTag status={detail.status} showActive />
          </>
        }
        extra={
          capabilities.viewMembers && (
            <Link to={`/members?unit=${encodeURIComponent(detail.code)}${asOf ? `&asOf=${asOf}` : ''}`}>
              <Button icon={<IdcardOutlined aria-hidden />}>{t.members.viewMembers}</Button>
            </Link>
          )
        }
        toolbar={isHistorical ? undefined : <UnitActions unit={detail} />}
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          items={[
            { key: 'info', label: t.units.tabInfo, children: <UnitDetails unit={detail} /> },
            {
              key: 'children',
              label: `${t.units.tabChildren} (${formatNumber(detail.childCount)})`,
              children: <UnitChildrenTable parentId={detail.id} asOf={asOf} />,
            },
            { key: 'history', label: t.units.tabHistory, children: <UnitHistoryTable unitId={detail.id} /> },
            // The collective's titles and commendations, where the user may read awards.
            ...(capabilities.viewAwards
              ? [
                  {
                    key: 'awards',
                    label: t.awards.tab,
                    children: <RecipientAwards recipient={{ unit: detail.code }} name={detail.name} />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
