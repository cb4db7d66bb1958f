// The facts of one person: name and its parts, birth, ethnicity, religion, IDs, contacts, work and card.
import { Descriptions, type DescriptionsProps } from 'antd';
import type { MemberDetail } from '../../../../shared/contracts/members.ts';
import { genderLabels, qualificationLabels } from '../../../../shared/members-enums.ts';
import { formatTitles } from '../../../../shared/text/name-titles.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate } from '../../lib/format.ts';
import { formatBirth } from './member-format.ts';
import { MemberStatusTag } from './member-status-tag.tsx';
import { MemberUnitLink } from './member-unit-link.tsx';

/** The "Thông tin cá nhân" tab of a member page; the citizen ID is shown as the server gives it. */
export function MemberProfile({ member }: { member: MemberDetail }) {
  const { t, pick } = useI18n();
  const f = t.members.fields;
  const none = t.common.none;
  const items: DescriptionsProps['items'] = [
    { key: 'fullName', label: f.fullName, children: member.fullName },
    { key: 'titles', label: f.titles, children: member.titles.length ? formatTitles(member.titles) : none },
    { key: 'familyName', label: f.familyName, children: member.familyName || none },
    { key: 'middleName', label: f.middleName, children: member.middleName || none },
    { key: 'givenName', label: f.givenName, children: member.givenName || none },
    { key: 'gender', label: f.gender, children: member.gender ? pick(genderLabels[member.gender]) : none },
    {
      key: 'birth',
      label: member.birthDate || !member.birthYear ? f.birthDate : f.birthYear,
      children: formatBirth(member) || none,
    },
    { key: 'ethnicity', label: f.ethnicity, children: member.ethnicity || none },
    { key: 'religion', label: f.religion, children: member.religion || none },
    { key: 'citizenId', label: f.citizenId, children: member.citizenId || none },
    { key: 'phone', label: f.phone, children: member.phone || none },
    { key: 'email', label: f.email, children: member.email || none },
    {
      key: 'qualification',
      label: f.qualification,
      children: member.qualification ? pick(qualificationLabels[member.qualification]) : none,
    },
    { key: 'position', label: f.position, children: member.position || none },
    { key: 'status', label: f.status, children: <MemberStatusTag status={member.status} /> },
    { key: 'unit', label: f.unit, children: member.unit ? <MemberUnitLink unit={member.unit} /> : none },
    { key: 'cardNumber', label: f.cardNumber, children: member.cardNumber || none },
    { key: 'joinedOn', label: f.joinedOn, children: formatDate(member.joinedOn) || none },
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 1, lg: 1, xl: 2, xxl: 2 }}
      styles={{ label: { width: 190, whiteSpace: 'nowrap' } }}
      items={items}
    />
  );
}
