// Not recognising a record: the reason is required and kept on the record and in the audit log.
import type { Initiative } from '../../../../shared/contracts/initiatives.ts';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useRejectInitiative } from './initiatives.api.ts';

export function InitiativeRejectModal({ record, onClosed }: { record: Initiative; onClosed: () => void }) {
  const { t } = useI18n();
  const r = t.initiatives.reject;
  const reject = useRejectInitiative(record.id);
  return (
    <ReasonModal
      title={r.title(record.title)}
      okText={t.initiatives.actions.reject}
      reasonLabel={r.reason}
      doneMessage={r.done}
      pending={reject.isPending}
      submit={(reason) => reject.mutateAsync({ reason })}
      onClosed={onClosed}
    />
  );
}
