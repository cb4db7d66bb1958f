// The state of a person's membership as a tag: active, transferred, left, suspended, or not a member.
import { Tag } from 'antd';
import { membershipStatusLabels, type MembershipStatus } from '../../../../shared/members-enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

const statusColors: Record<MembershipStatus, string> = {
  active: 'success',
  transferred: 'processing',
  left: 'default',
  suspended: 'warning',
};

/** "Đang sinh hoạt", "Tạm dừng sinh hoạt"...; "Chưa là đoàn viên" for a worker without a membership. */
export function MemberStatusTag({ status }: { status: MembershipStatus | null }) {
  const { t, pick } = useI18n();
  return (
    <Tag color={status ? statusColors[status] : 'default'} variant={status ? undefined : 'outlined'}>
      {status ? pick(membershipStatusLabels[status]) : t.members.notMember}
    </Tag>
  );
}
