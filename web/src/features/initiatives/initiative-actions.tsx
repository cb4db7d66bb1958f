// The buttons of one record: only the steps its abilities allow, destructive ones confirmed first.
import { CheckOutlined, CloseOutlined, DeleteOutlined, EditOutlined, RedoOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import type { Initiative } from '../../../../shared/contracts/initiatives.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useDeleteInitiative, useReopenInitiative } from './initiatives.api.ts';

export type InitiativeDialog = 'edit' | 'recognise' | 'reject';

export function InitiativeActions({
  record,
  open,
}: {
  record: Initiative;
  open: (dialog: InitiativeDialog, record: Initiative) => void;
}) {
  const { t } = useI18n();
  const a = t.initiatives.actions;
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const remove = useDeleteInitiative();
  const reopen = useReopenInitiative();
  const { abilities } = record;
  return (
    <Space size={4} wrap>
      {abilities.recognise && (
        <Button
          size="small"
          type="primary"
          icon={<CheckOutlined aria-hidden />}
          onClick={() => open('recognise', record)}
        >
          {a.recognise}
        </Button>
      )}
      {abilities.reject && (
        <Button size="small" danger icon={<CloseOutlined aria-hidden />} onClick={() => open('reject', record)}>
          {a.reject}
        </Button>
      )}
      {abilities.update && (
        <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => open('edit', record)}>
          {a.edit}
        </Button>
      )}
      {abilities.reopen && (
        <Button
          size="small"
          icon={<RedoOutlined aria-hidden />}
          onClick={() =>
            confirm({
              title: a.reopen,
              content: t.initiatives.reopenConfirm(record.title),
              okText: a.reopen,
              onOk: () =>
                reopen
                  .mutateAsync(record.id)
                  .then(() => message.success(t.initiatives.reopened))
                  .catch((error: unknown) => report(error)),
            })
          }
        >
          {a.reopen}
        </Button>
      )}
      {abilities.delete && (
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined aria-hidden />}
          aria-label={a.delete}
          onClick={() =>
            confirm({
              title: a.delete,
              content: t.initiatives.deleteConfirm(record.title),
              okText: a.delete,
              danger: true,
              onOk: () =>
                remove
                  .mutateAsync(record.id)
                  .then(() => message.success(t.initiatives.deleted))
                  .catch((error: unknown) => report(error)),
            })
          }
        />
      )}
    </Space>
  );
}
