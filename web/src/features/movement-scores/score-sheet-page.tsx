// /scoring/:movementId/units/:unitId: a covered unit's score sheet. The unit fills its points, notes and
// evidence, saves and submits; the reviewer gives reviewed points, confirms or returns the sheet. A change
// of a score already given asks for its reason; only the steps the server allows are offered.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Flex, Tag, Typography } from 'antd';
import type { SheetRow } from '../../../../shared/contracts/movement-scores.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { ScoreHistoryDrawer } from './score-history-drawer.tsx';
import { ScoreSheetTable } from './score-sheet-table.tsx';
import { useScoreSheet, useSheetSteps } from './scoring.api.ts';
import { SheetStatusTag } from './sheet-status-tag.tsx';
import { useSheetEdits } from './use-sheet-edits.ts';

type Dialog = { kind: 'reason'; side: 'self' | 'review'; names: string } | { kind: 'reopen' } | null;

export function ScoreSheetPage() {
  const { t, lang } = useI18n();
  const s = t.scoring;
  const params = useParams();
  const movementId = Number(params.movementId);
  const unitId = Number(params.unitId);
  const sheet = useScoreSheet(movementId, unitId);
  const steps = useSheetSteps(movementId, unitId);
  const edits = useSheetEdits(sheet.data);
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [history, setHistory] = useState<SheetRow | null>(null);

  if (sheet.isError) return <Alert type="error" showIcon title={errorText(sheet.error, lang, t)} />;
  if (!sheet.data) return <FullPageSpin />;
  const data = sheet.data;
  const a = data.abilities;

  const send = async (side: 'self' | 'review', reason?: string) => {
    const changes = side === 'self' ? edits.selfChanges() : edits.reviewChanges();
    const needing = new Set(changes.needReason.map((row) => row.criterionId));
    const scores = changes.scores.map((item) => (reason && needing.has(item.criterionId) ? { ...item, reason } : item));
    await (side === 'self' ? steps.saveSelf.mutateAsync({ scores }) : steps.saveReview.mutateAsync({ scores }));
    edits.reset();
  };
  const save = (side: 'self' | 'review') => {
    const changes = side === 'self' ? edits.selfChanges() : edits.reviewChanges();
    if (changes.needReason.length > 0) {
      setDialog({ kind: 'reason', side, names: changes.needReason.map((row) => row.number).join(', ') });
      return;
    }
    send(side)
      .then(() => void message.success(s.actions.saved))
      .catch((error: unknown) => report(error));
  };
  const guarded = (run: () => void) => () => {
    if (edits.dirty) void message.warning(s.sheet.saveFirst);
    else run();
  };
  const rethrow = (error: unknown) => {
    report(error);
    throw error;
  };

  return (
    <>
      <PageHeader
        breadcrumb={
          <Link to={data.reviewer ? `/scoring/${movementId}` : '/scoring'}>
            {data.reviewer ? data.movement.name : s.back}
          </Link>
        }
        title={s.sheet.title(data.unit.name)}
        meta={
          <>
            <SheetStatusTag status={data.status} />
            {data.returnReason !== null && <Tag color="orange">{s.returned}</Tag>}
            {data.locked && <Tag color="red">{s.locked}</Tag>}
            {edits.dirty && <Tag color="gold">{s.sheet.unsaved}</Tag>}
            <Typography.Text type="secondary">
              {data.movement.name} · {s.movement.deadline}:{' '}
              {data.movement.selfAssessmentDeadline
                ? formatDate(data.movement.selfAssessmentDeadline)
                : s.movement.noDeadline}
            </Typography.Text>
          </>
        }
        extra={
          <>
            {a.selfAssess && (
              <Button loading={steps.saveSelf.isPending} onClick={() => save('self')} disabled={!edits.dirty}>
                {s.actions.saveSelf}
              </Button>
            )}
            {a.submit && (
              <Button
                type="primary"
                onClick={guarded(() =>
                  confirm({
                    title: s.actions.submitConfirm,
                    content: s.actions.submitContent,
                    okText: s.actions.submit,
                    onOk: () =>
                      steps.submit
                        .mutateAsync()
                        .then(() => void message.success(s.actions.submitted))
                        .catch(rethrow),
                  }),
                )}
              >
                {s.actions.submit}
              </Button>
            )}
            {a.review && (
              <Button loading={steps.saveReview.isPending} onClick={() => save('review')} disabled={!edits.dirty}>
                {s.actions.saveReview}
              </Button>
            )}
            {a.reopen && (
              <Button danger onClick={guarded(() => setDialog({ kind: 'reopen' }))}>
                {s.actions.reopen}
              </Button>
            )}
            {a.markReviewed && (
              <Button
                type="primary"
                onClick={guarded(() =>
                  confirm({
                    title: s.actions.markReviewedConfirm,
                    content: s.actions.markReviewedContent,
                    okText: s.actions.markReviewed,
                    onOk: () =>
                      steps.markReviewed
                        .mutateAsync()
                        .then(() => void message.success(s.actions.reviewedDone))
                        .catch(rethrow),
                  }),
                )}
              >
                {s.actions.markReviewed}
              </Button>
            )}
          </>
        }
      />
      <Flex vertical gap={16}>
        {data.returnReason !== null && (
          <Alert type="warning" showIcon title={s.sheet.returnedAlert} description={data.returnReason} />
        )}
        {data.locked && <Alert type="info" showIcon title={s.sheet.lockedAlert} />}
        {data.deadlinePassed && data.status !== 'submitted' && data.status !== 'reviewed' && !data.returnReason && (
          <Alert
            type="warning"
            showIcon
            title={s.sheet.deadlineAlert(formatDate(data.movement.selfAssessmentDeadline))}
          />
        )}
        <Card
          styles={{ body: { padding: 0 } }}
          title={
            data.submittedAt && (
              <Flex gap={16} wrap>
                {data.submittedBy && data.submittedAt && (
                  <Typography.Text type="secondary">
                    {s.sheet.submittedBy(data.submittedBy, formatDateTime(data.submittedAt))}
                  </Typography.Text>
                )}
                {data.reviewedBy && data.reviewedAt && (
                  <Typography.Text type="secondary">
                    {s.sheet.reviewedBy(data.reviewedBy, formatDateTime(data.reviewedAt))}
                  </Typography.Text>
                )}
              </Flex>
            )
          }
        >
          <ScoreSheetTable sheet={data} edits={edits} showHistory={setHistory} />
        </Card>
      </Flex>
      <ScoreHistoryDrawer
        row={history && (data.rows.find((row) => row.criterionId === history.criterionId) ?? null)}
        onClose={() => setHistory(null)}
      />
      {dialog?.kind === 'reason' && (
        <ReasonModal
          title={s.actions.reasonTitle}
          okText={s.actions.reasonOk}
          reasonLabel={s.actions.reasonLabel}
          doneMessage={s.actions.saved}
          warning={s.actions.reasonWarning(dialog.names)}
          pending={steps.saveSelf.isPending || steps.saveReview.isPending}
          submit={(reason) => send(dialog.side, reason)}
          onClosed={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'reopen' && (
        <ReasonModal
          title={s.actions.reopenTitle}
          okText={s.actions.reopen}
          reasonLabel={s.actions.reopenReason}
          doneMessage={s.actions.reopenDone}
          pending={steps.reopen.isPending}
          submit={(reason) => steps.reopen.mutateAsync(reason)}
          onClosed={() => setDialog(null)}
        />
      )}
    </>
  );
}
