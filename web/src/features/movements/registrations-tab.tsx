// Who has and has not registered: each covered unit with its collective pledge and its count of individual
// pledges, the filter "chưa đăng ký", and each unit's pledges on demand.
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Table, Tag, Typography } from 'antd';
import type { Movement, Pledge, RegistrationRow, UnitRef } from '../../../../shared/contracts/movements.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { PledgeModal } from './pledge-modal.tsx';
import { UnitPledges } from './unit-pledges.tsx';
import { useRegistrations } from './movements.api.ts';

export function RegistrationsTab({ movement }: { movement: Movement }) {
  const { t, lang } = useI18n();
  const r = t.movements.registrations;
  const [onlyMissing, setOnlyMissing] = useState(false);
  const registrations = useRegistrations(movement.id, onlyMissing);
  const [open, setOpen] = useState<{ unit: UnitRef; record: Pledge | null } | null>(null);
  const data = registrations.data;

  if (movement.status === 'draft') return <Alert type="info" showIcon title={r.notLaunched} />;
  return (
    <Flex vertical gap={12}>
      {registrations.isError && <Alert type="error" showIcon title={errorText(registrations.error, lang, t)} />}
      <Card size="small">
        <Flex gap={16} align="center" wrap>
          {data && (
            <Typography.Text strong>
              {r.summary(formatNumber(data.registered), formatNumber(data.covered))}
            </Typography.Text>
          )}
          {data?.pledgeDeadline && <Typography.Text>{r.deadline(formatDate(data.pledgeDeadline))}</Typography.Text>}
          {data && !data.open && <Tag color="orange">{r.closedNote}</Tag>}
          <Checkbox checked={onlyMissing} onChange={(event) => setOnlyMissing(event.target.checked)}>
            {r.onlyMissing}
          </Checkbox>
        </Flex>
      </Card>
      <Card styles={{ body: { padding: 0 } }}>
        <Table<RegistrationRow>
          rowKey={(row) => row.unit.id}
          loading={registrations.isFetching}
          dataSource={data?.items ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: r.empty }}
          expandable={{
            expandedRowRender: (row) => (
              <UnitPledges
                movementId={movement.id}
                unitId={row.unit.id}
                onEdit={(pledge) => setOpen({ unit: row.unit, record: pledge })}
              />
            ),
          }}
          columns={[
            { title: r.columns.unit, render: (_, row) => row.unit.name },
            {
              title: r.columns.collective,
              render: (_, row) =>
                row.collectivePledge ? <Tag color="green">{r.registered}</Tag> : <Tag color="red">{r.missing}</Tag>,
            },
            { title: r.columns.individuals, align: 'right', render: (_, row) => formatNumber(row.individualPledges) },
            {
              title: t.common.actions,
              render: (_, row) =>
                row.canRegister && (
                  <Button size="small" type="primary" onClick={() => setOpen({ unit: row.unit, record: null })}>
                    {r.register}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      {open && (
        <PledgeModal movementId={movement.id} unit={open.unit} record={open.record} onClosed={() => setOpen(null)} />
      )}
    </Flex>
  );
}
