// /movements/:id: one movement with the steps its abilities allow, and tabs for its sheet, its covered units
// with their pledges, and its agreements.
import { useState } from 'react';
import { App, Alert, Button, Skeleton, Tabs, Tag } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { movementKindLabels } from '../../../../shared/contracts/movements.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { AgreementsTab } from './agreements-tab.tsx';
import { MovementFormModal } from './movement-form-modal.tsx';
import { MovementOverview } from './movement-overview.tsx';
import { MovementStatusTag } from './movement-tags.tsx';
import { RegistrationsTab } from './registrations-tab.tsx';
import { useDeleteMovement, useMovement, useMovementStep } from './movements.api.ts';

export function MovementPage() {
  const id = Number(useParams().id);
  const { t, pick, lang } = useI18n();
  const s = t.movements.page;
  const movement = useMovement(id);
  const step = useMovementStep(id);
  const remove = useDeleteMovement();
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);

  if (movement.isError) return <Alert type="error" showIcon title={errorText(movement.error, lang, t)} />;
  if (!movement.data) return <Skeleton active />;
  const record = movement.data;
  const can = record.abilities;

  const run = (which: 'launch' | 'close') =>
    confirm({
      title: which === 'launch' ? s.launchConfirm : s.closeConfirm,
      content: which === 'launch' ? s.launchContent : s.closeContent,
      okText: which === 'launch' ? s.launch : s.close,
      onOk: () =>
        step
          .mutateAsync(which)
          .then(() => message.success(which === 'launch' ? s.launched : s.closed))
          .catch((error: unknown) => {
            report(error);
            throw error;
          }),
    });

  return (
    <>
      <PageHeader
        breadcrumb={<Link to="/movements">{s.back}</Link>}
        title={record.name}
        meta={
          <>
            <MovementStatusTag status={record.status} />
            <Tag>{pick(movementKindLabels[record.kind])}</Tag>
            <span>{record.launchingUnit.name}</span>
          </>
        }
        extra={
          <>
            <Link to={`/scoring/${record.id}`}>
              <Button>{s.scoring}</Button>
            </Link>
            {can.update && <Button onClick={() => setEditing(true)}>{s.edit}</Button>}
            {can.launch && (
              <Button type="primary" onClick={() => run('launch')}>
                {s.launch}
              </Button>
            )}
            {can.close && <Button onClick={() => run('close')}>{s.close}</Button>}
            {can.delete && (
              <Button
                danger
                onClick={() =>
                  confirm({
                    title: s.deleteConfirm,
                    content: s.deleteContent(record.name),
                    okText: s.delete,
                    danger: true,
                    onOk: () =>
                      remove
                        .mutateAsync(record.id)
                        .then(() => {
                          void message.success(s.deleted);
                          navigate('/movements');
                        })
                        .catch((error: unknown) => {
                          report(error);
                          throw error;
                        }),
                  })
                }
              >
                {s.delete}
              </Button>
            )}
          </>
        }
      />
      <Tabs
        items={[
          { key: 'overview', label: s.tabs.overview, children: <MovementOverview movement={record} /> },
          { key: 'pledges', label: s.tabs.pledges, children: <RegistrationsTab movement={record} /> },
          { key: 'agreements', label: s.tabs.agreements, children: <AgreementsTab movement={record} /> },
        ]}
      />
      {editing && <MovementFormModal record={record} onClosed={() => setEditing(false)} />}
    </>
  );
}
