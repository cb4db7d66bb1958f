// A line at the top of a member page when the member waits for a decision on a correction request.
import { Alert, Button } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useMemberCorrections } from './member-corrections-tab.tsx';

/** Nothing when no request is pending; `onShow` opens the requests tab. */
export function MemberCorrectionsNotice({ personId, onShow }: { personId: number; onShow: () => void }) {
  const { t } = useI18n();
  const list = useMemberCorrections(personId, true);
  const pending = list.data?.items.filter((request) => request.status === 'pending').length ?? 0;
  if (pending === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t.selfService.review.pendingOnMember(pending)}
      action={
        <Button size="small" onClick={onShow}>
          {t.selfService.review.showRequests}
        </Button>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
