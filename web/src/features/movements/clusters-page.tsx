// /movements/clusters: the clusters and blocs organised by or including the user's units.
import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { clusterKindLabels, type Cluster } from '../../../../shared/contracts/movements.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { ClusterModal } from './cluster-modal.tsx';
import { useClusters, useDeleteCluster } from './movements.api.ts';

export function ClustersPage() {
  const { t, pick, lang } = useI18n();
  const c = t.movements.clusters;
  const { capabilities } = useSignedInMe();
  const clusters = useClusters();
  const remove = useDeleteCluster();
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const [open, setOpen] = useState<{ record: Cluster | null } | null>(null);

  return (
    <>
      <PageHeader
        breadcrumb={<Link to="/movements">{c.back}</Link>}
        title={c.title}
        extra={
          capabilities.manageMovements && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen({ record: null })}>
              {c.create}
            </Button>
          )
        }
      />
      {clusters.isError && <Alert type="error" showIcon title={errorText(clusters.error, lang, t)} />}
      {clusters.data?.truncated && (
        <Alert type="warning" showIcon title={c.truncated(clusters.data.items.length, clusters.data.total)} />
      )}
      <Card styles={{ body: { padding: 0 } }}>
        <Table<Cluster>
          rowKey="id"
          loading={clusters.isFetching}
          dataSource={clusters.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: c.empty }}
          columns={[
            { title: c.name, render: (_, row) => <strong>{row.name}</strong> },
            { title: c.kind, render: (_, row) => <Tag>{pick(clusterKindLabels[row.kind])}</Tag> },
            { title: c.organisingUnit, render: (_, row) => row.organisingUnit.name },
            {
              title: c.members,
              render: (_, row) => (
                <Flex wrap gap={4}>
                  {row.units.map((unit) => (
                    <Tag key={unit.id} color={unit.id === row.leaderUnit?.id ? 'gold' : undefined}>
                      {unit.name}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
            { title: c.leaderUnit, render: (_, row) => row.leaderUnit?.name ?? t.common.none },
            { title: c.years, render: (_, row) => c.fromYear(row.validFrom, row.validTo) },
            {
              title: t.common.actions,
              render: (_, row) => (
                <Flex gap={4}>
                  {row.abilities.update && (
                    <Button size="small" onClick={() => setOpen({ record: row })}>
                      {c.edit}
                    </Button>
                  )}
                  {row.abilities.delete && (
                    <Button
                      size="small"
                      danger
                      onClick={() =>
                        confirm({
                          title: c.deleteConfirm,
                          content: c.deleteContent(row.name),
                          okText: c.delete,
                          danger: true,
                          onOk: () =>
                            remove
                              .mutateAsync(row.id)
                              .then(() => message.success(c.deleted))
                              .catch((error: unknown) => {
                                report(error);
                                throw error;
                              }),
                        })
                      }
                    >
                      {c.delete}
                    </Button>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {open && <ClusterModal record={open.record} onClosed={() => setOpen(null)} />}
    </>
  );
}
