// How a person's facts read in tables: the birth date or the year alone, the enums in the user's language.
import type { MemberSummary } from '../../../../shared/contracts/members.ts';
import { formatDate } from '../../lib/format.ts';

/** '24/09/1975', or '1975' when only the year is known, or '' when neither is. */
export function formatBirth(member: Pick<MemberSummary, 'birthDate' | 'birthYear'>): string {
  if (member.birthDate) return formatDate(member.birthDate);
  return member.birthYear ? String(member.birthYear) : '';
}
