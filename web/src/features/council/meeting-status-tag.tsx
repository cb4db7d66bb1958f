// A meeting's status as a coloured tag, the same on the list and the meeting's page.
import { Tag } from 'antd';
import { meetingStatusLabels, type MeetingStatus } from '../../../../shared/contracts/council.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

const colours: Record<MeetingStatus, string> = { planned: 'default', open: 'processing', closed: 'success' };

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  const { pick } = useI18n();
  return <Tag color={colours[status]}>{pick(meetingStatusLabels[status])}</Tag>;
}
