// /units: the tree on the left, the selected unit on the right, one "as of" date for both.
import { Alert, Button, Col, Row } from 'antd';
import { Outlet, useParams } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate } from '../../lib/format.ts';
import { UnitsPanel } from './units-panel.tsx';
import { useUnit } from './units.api.ts';
import { useAsOf } from './use-as-of.ts';

/** Keeps the tree mounted while the user moves from unit to unit. */
export function UnitsLayout() {
  const { t } = useI18n();
  const { asOf, setAsOf } = useAsOf();
  const params = useParams();
  const selectedId = Number(params.unitId) || undefined;
  const selected = useUnit(selectedId, asOf);
  const focusPath = selected.data?.ancestors.map((ancestor) => ancestor.id) ?? [];

  return (
    <>
      {asOf && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t.units.historicalNotice(formatDate(asOf))}
          action={
            <Button size="small" onClick={() => setAsOf(undefined)}>
              {t.units.backToToday}
            </Button>
          }
        />
      )}
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} lg={10} xl={8} xxl={7}>
          <UnitsPanel selectedId={selectedId} focusPath={focusPath} />
        </Col>
        <Col xs={24} lg={14} xl={16} xxl={17}>
          <Outlet />
        </Col>
      </Row>
    </>
  );
}
