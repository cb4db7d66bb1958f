// The buttons of a member page, each shown only when the server's abilities for this person allow it.
import { useState } from 'react';
import { EditOutlined, LogoutOutlined, PauseCircleOutlined, SwapOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { MemberDetail } from '../../../../shared/contracts/members.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { MemberCardButton } from './member-card-button.tsx';
import { MemberEditModal } from './member-edit-modal.tsx';
import { MemberJoinModal } from './member-join-modal.tsx';
import { MemberLeaveModal } from './member-leave-modal.tsx';
import { MemberResumeButton } from './member-resume-button.tsx';
import { MemberTransferModal } from './member-transfer-modal.tsx';

type Action = 'update' | 'transfer' | 'suspend' | 'leave' | 'join';

/** Edit, transfer, suspend, resume, leave and re-join, and the dialog of the one being used. */
export function MemberActions({ member }: { member: MemberDetail }) {
  const { t } = useI18n();
  const [active, setActive] = useState<Action | null>(null);
  const closed = () => setActive(null);
  const { abilities } = member;
  const a = t.members.actions;

  return (
    <>
      {abilities.update && (
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setActive('update')}>
          {a.update}
        </Button>
      )}
      <MemberCardButton member={member} />
      {abilities.transfer && (
        <Button icon={<SwapOutlined aria-hidden />} onClick={() => setActive('transfer')}>
          {a.transfer}
        </Button>
      )}
      {abilities.leave && member.status === 'active' && (
        <Button icon={<PauseCircleOutlined aria-hidden />} onClick={() => setActive('suspend')}>
          {a.suspend}
        </Button>
      )}
      {abilities.leave && (
        <Button danger icon={<LogoutOutlined aria-hidden />} onClick={() => setActive('leave')}>
          {a.leave}
        </Button>
      )}
      {abilities.update && member.status === 'suspended' && member.unit && (
        <MemberResumeButton member={member} unit={member.unit} />
      )}
      {abilities.join && (
        <Button type="primary" icon={<UserAddOutlined aria-hidden />} onClick={() => setActive('join')}>
          {member.memberships.length === 0 ? a.admit : a.join}
        </Button>
      )}
      {active === 'update' && <MemberEditModal member={member} onClosed={closed} />}
      {active === 'transfer' && <MemberTransferModal member={member} onClosed={closed} />}
      {active === 'suspend' && <MemberLeaveModal member={member} suspend onClosed={closed} />}
      {active === 'leave' && <MemberLeaveModal member={member} suspend={false} onClosed={closed} />}
      {active === 'join' && <MemberJoinModal member={member} onClosed={closed} />}
    </>
  );
}
