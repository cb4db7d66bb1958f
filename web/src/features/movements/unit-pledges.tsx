// The pledges in force of one covered unit, with correcting and withdrawing where the server allows it.
import { Button, Flex, Table, Typography } from 'antd';
import type { Pledge } from '../../../../shared/contracts/movements.ts';
import { formatNameWithTitles } from '../../../../shared/text/index.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate } from '../../lib/format.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { App } from 'antd';
import { usePledges, useWithdrawPledge } from './movements.api.ts';

export function UnitPledges({
  movementId,
  unitId,
  onEdit,
}: {
  movementId: number;
  unitId: number;
  onEdit: (pledge: Pledge) => void;
}) {
  const { t } = useI18n();
  const p = t.movements.pledges;
  const pledges = usePledges(movementId, unitId);
  const withdraw = useWithdrawPledge(movementId);
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const whoOf = (pledge: Pledge) =>
    pledge.person ? formatNameWithTitles(pledge.person.titles, pledge.person.fullName) : p.collective;

  return (
    <Table<Pledge>
      size="small"
      rowKey="id"
      loading={pledges.isFetching}
      pagination={false}
      dataSource={pledges.data?.items ?? []}
      locale={{ emptyText: p.empty }}
      columns={[
        { title: p.columns.who, render: (_, row) => (row.person ? whoOf(row) : <strong>{p.collective}</strong>) },
        { title: p.columns.award, render: (_, row) => row.awardName ?? row.awardCode ?? t.common.none },
        {
          title: p.columns.targets,
          render: (_, row) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>
              {row.targets}
            </Typography.Paragraph>
          ),
        },
        { title: p.columns.registeredOn, width: 120, render: (_, row) => formatDate(row.registeredOn) },
        {
          title: t.common.actions,
          width: 170,
          render: (_, row) => (
            <Flex gap={4}>
              {row.abilities.update && (
                <Button size="small" onClick={() => onEdit(row)}>
                  {p.edit}
                </Button>
              )}
              {row.abilities.withdraw && (
                <Button
                  size="small"
                  danger
                  onClick={() =>
                    confirm({
                      title: p.withdrawConfirm,
                      content: p.withdrawContent(whoOf(row)),
                      okText: p.withdraw,
                      danger: true,
                      onOk: () =>
                        withdraw
                          .mutateAsync(row.id)
                          .then(() => message.success(p.withdrawn))
                          .catch((error: unknown) => {
                            report(error);
                            throw error;
                          }),
                    })
                  }
                >
                  {p.withdraw}
                </Button>
              )}
            </Flex>
          ),
        },
      ]}
    />
  );
}
