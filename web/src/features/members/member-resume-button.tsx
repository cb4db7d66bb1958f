// Ending a suspension (tiếp tục sinh hoạt): the server takes it as a join of the member's own unit.
import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import type { MemberDetail } from '../../../../shared/contracts/members.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useJoinMember } from './members.api.ts';

/** "Tiếp tục sinh hoạt" for a suspended member, after a confirmation naming the person and the unit. */
export function MemberResumeButton({ member, unit }: { member: MemberDetail; unit: { id: number; name: string } }) {
  const join = useJoinMember(member.id);
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t } = useI18n();

  const resume = () =>
    confirm({
      title: t.members.actions.resume,
      content: t.members.resume.confirm(member.displayName, unit.name),
      okText: t.members.actions.resume,
      onOk: () =>
        join
          .mutateAsync({ unitId: unit.id })
          .then(() => void message.success(t.members.resume.done(member.displayName)))
          .catch((error: unknown) => report(error)),
    });

  return (
    <Button type="primary" icon={<PlayCircleOutlined aria-hidden />} loading={join.isPending} onClick={resume}>
      {t.members.actions.resume}
    </Button>
  );
}
