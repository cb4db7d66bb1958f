// The buttons on one target, as its abilities allow: report the result, download the evidence, edit, delete.
import { useState } from 'react';
import { DeleteOutlined, EditOutlined, FileDoneOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Flex, Tooltip } from 'antd';
import type { Indicator, Target } from '../../../../shared/contracts/targets.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { periodLabel } from './period-label.ts';
import { TargetEditModal } from './target-edit-modal.tsx';
import { TargetReportModal } from './target-report-modal.tsx';
import { useDeleteTarget } from './targets.api.ts';

export function TargetActions({ target, indicator }: { target: Target; indicator: Indicator }) {
  const { t } = useI18n();
  const a = t.targets.actions;
  const [open, setOpen] = useState<'report' | 'edit' | null>(null);
  const remove = useDeleteTarget();
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const period = periodLabel(t, target.periodStart, target.periodEnd);

  const askDelete = () =>
    confirm({
      title: a.delete,
      content: t.targets.remove.confirm(indicator.name, target.unit.name, period),
      okText: a.delete,
      danger: true,
      onOk: () =>
        remove
          .mutateAsync(target.id)
          .then(() => void message.success(t.targets.remove.done))
          .catch((error: unknown) => report(error)),
    });

  return (
    <Flex gap={4} wrap>
      {target.abilities.report && (
        <Button size="small" icon={<FileDoneOutlined aria-hidden />} onClick={() => setOpen('report')}>
          {a.report}
        </Button>
      )}
      {target.evidenceFile && (
        <Tooltip title={target.evidenceFile.fileName}>
          <Button
            size="small"
            type="text"
            icon={<PaperClipOutlined aria-hidden />}
            href={`/api/v1/targets/${target.id}/evidence`}
            aria-label={`${a.evidence}: ${target.evidenceFile.fileName}`}
          />
        </Tooltip>
      )}
      {target.abilities.update && (
        <Tooltip title={a.edit}>
          <Button
            size="small"
            type="text"
            icon={<EditOutlined aria-hidden />}
            aria-label={`${a.edit}: ${target.unit.name}`}
            onClick={() => setOpen('edit')}
          />
        </Tooltip>
      )}
      {target.abilities.delete && (
        <Tooltip title={a.delete}>
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined aria-hidden />}
            aria-label={`${a.delete}: ${target.unit.name}`}
            onClick={askDelete}
          />
        </Tooltip>
      )}
      {open === 'report' && <TargetReportModal target={target} indicator={indicator} onClosed={() => setOpen(null)} />}
      {open === 'edit' && <TargetEditModal target={target} indicator={indicator} onClosed={() => setOpen(null)} />}
    </Flex>
  );
}
