// /movements: the movements launched by or covering the user's units, filtered by year, kind and status.
import { useState } from 'react';
import { ApartmentOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, InputNumber, Select, Table } from 'antd';
import { Link } from 'react-router-dom';
import {
  movementKindLabels,
  movementKinds,
  movementStatuses,
  movementStatusLabels,
  type MovementSummary,
} from '../../../../shared/contracts/movements.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { MovementFormModal } from './movement-form-modal.tsx';
import { MovementStatusTag } from './movement-tags.tsx';
import { useMovementPage, type MovementFilters } from './movements.api.ts';

export function MovementsPage() {
  const { t, pick, lang } = useI18n();
  const s = t.movements;
  const { capabilities } = useSignedInMe();
  const [filters, setFilters] = useState<MovementFilters>({ page: 1, pageSize: 20 });
  const page = useMovementPage(filters);
  const [creating, setCreating] = useState(false);
  const update = (next: Partial<MovementFilters>) => setFilters((current) => ({ ...current, page: 1, ...next }));

  return (
    <>
      <PageHeader
        title={s.title}
        extra={
          <>
            <Link to="/movements/clusters">
              <Button icon={<ApartmentOutlined aria-hidden />}>{s.clustersLink}</Button>
            </Link>
            {capabilities.manageMovements && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {s.create}
              </Button>
            )}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" styles={{ body: { paddingBottom: 0 } }}>
          <Form layout="inline">
            <Form.Item label={s.filters.year}>
              <InputNumber
                min={1945}
                max={2100}
                value={filters.year ?? null}
                onChange={(value) => update({ year: value ?? undefined })}
                aria-label={s.filters.year}
              />
            </Form.Item>
            <Form.Item label={s.filters.kind}>
              <Select
                style={{ width: 220 }}
                allowClear
                placeholder={s.filters.all}
                value={filters.kind}
                onChange={(kind) => update({ kind })}
                options={movementKinds.map((value) => ({ value, label: pick(movementKindLabels[value]) }))}
              />
            </Form.Item>
            <Form.Item label={s.filters.status}>
              <Select
                style={{ width: 180 }}
                allowClear
                placeholder={s.filters.all}
                value={filters.status}
                onChange={(status) => update({ status })}
                options={movementStatuses.map((value) => ({ value, label: pick(movementStatusLabels[value]) }))}
              />
            </Form.Item>
          </Form>
        </Card>
        {page.isError && <Alert type="error" showIcon title={errorText(page.error, lang, t)} />}
        <Card styles={{ body: { padding: 0 } }}>
          <Table<MovementSummary>
            rowKey="id"
            loading={page.isFetching}
            dataSource={page.data?.items ?? []}
            locale={{ emptyText: s.empty }}
            pagination={{
              current: filters.page,
              pageSize: filters.pageSize,
              total: page.data?.total ?? 0,
              showTotal: (total) => t.common.total(formatNumber(total)),
              onChange: (next, pageSize) => setFilters((current) => ({ ...current, page: next, pageSize })),
            }}
            columns={[
              {
                title: s.columns.name,
                dataIndex: 'name',
                render: (_, row) => <Link to={`/movements/${row.id}`}>{row.name}</Link>,
              },
              { title: s.columns.launchingUnit, render: (_, row) => row.launchingUnit.name },
              { title: s.columns.kind, render: (_, row) => pick(movementKindLabels[row.kind]) },
              {
                title: s.columns.period,
                render: (_, row) => `${formatDate(row.startsOn)} – ${formatDate(row.endsOn)}`,
              },
              { title: s.columns.covered, align: 'right', render: (_, row) => formatNumber(row.coveredCount) },
              { title: s.columns.status, render: (_, row) => <MovementStatusTag status={row.status} /> },
            ]}
          />
        </Card>
      </Flex>
      {creating && <MovementFormModal record={null} onClosed={() => setCreating(false)} />}
    </>
  );
}
