// /units with nothing selected: open the user's top unit, or say why there is none.
import { Card, Empty } from 'antd';
import { Navigate } from 'react-router-dom';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useUnits } from './units.api.ts';
import { useAsOf } from './use-as-of.ts';

/** Shows the first root of the user's scope, so the right side is never blank. */
export function UnitsIndexPage() {
  const { t } = useI18n();
  const { asOf, unitPath } = useAsOf();
  const roots = useUnits({ asOf });
  const first = roots.data?.[0];

  if (roots.isPending) return <FullPageSpin height={240} />;
  if (first) return <Navigate to={unitPath(first.id)} replace />;
  return (
    <Card>
      <Empty description={roots.isError ? t.common.loadFailed : t.units.noRoots} />
    </Card>
  );
}
