// Revoking an award: the reason is required; the award stays in the history, marked, and stops counting.
import type { Award } from '../../../../shared/contracts/awards.ts';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useRevokeAward } from './awards.api.ts';

export function AwardRevokeModal({ award, onClosed }: { award: Award; onClosed: () => void }) {
  const { t, lang } = useI18n();
  const r = t.awards.revoke;
  const revoke = useRevokeAward(award.id);
  return (
    <ReasonModal
      title={r.title(lang === 'vi' ? award.nameVi : award.nameEn, award.year)}
      okText={r.action}
      reasonLabel={r.reason}
      doneMessage={r.done}
      warning={r.warning}
      pending={revoke.isPending}
      submit={(reason) => revoke.mutateAsync({ reason })}
      onClosed={onClosed}
    />
  );
}
