// The demo's council: four council members' logins (at CDYT-HN and CDYTVN), and a planned meeting of the Hà Nội
// health-sector union's council with its members, considering the demo's proposals decided there that are
// already before the council (one in appraisal is left for the officer to send, as the screens do). Runs inside
// the bootstrap's transaction, which records the seeding.
import { and, eq, inArray, isNull, notExists } from 'drizzle-orm';
import { hashPassword } from '../../modules/auth/password.ts';
import {
  awardProposals,
  councilMeetingProposals,
  councilMeetings,
  councilMembers,
  roleGrants,
  units,
  users,
} from '../schema/index.ts';
import type { CouncilRole } from '../schema/proposals.ts';
import type { Tx } from '../write.ts';
import { DEMO_PASSWORD } from './demo-tree.ts';

export const demoCouncilUsers = [
  { username: 'hoidong.hn1', displayName: 'Nguyễn Thị Minh Nguyệt', unit: 'CDYT-HN' },
  { username: 'hoidong.hn2', displayName: 'Vũ Quang Huy', unit: 'CDYT-HN' },
  { username: 'hoidong.hn3', displayName: 'Lê Thị Phương Thảo', unit: 'CDYT-HN' },
  { username: 'hoidong.vn1', displayName: 'Đỗ Văn Trường', unit: 'CDYTVN' },
] as const;

/** The planned meeting's council: the Hà Nội officer chairs it, the secretary keeps the minutes. */
const seats: { username: string; councilRole: CouncilRole }[] = [
  { username: 'canbo.hanoi', councilRole: 'chair' },
  { username: 'hoidong.hn1', councilRole: 'vice_chair' },
  { username: 'hoidong.hn2', councilRole: 'member' },
  { username: 'hoidong.vn1', councilRole: 'member' },
  { username: 'hoidong.hn3', councilRole: 'secretary' },
];

export const DEMO_MEETING_TITLE =
  'Họp Hội đồng Thi đua – Khen thưởng Công đoàn ngành Y tế Hà Nội xét khen thưởng năm 2026';

async function unitByCode(tx: Tx, code: string) {
  const [unit] = await tx
    .select()
    .from(units)
    .where(and(eq(units.code, code), isNull(units.validTo)));
  return unit;
}

export async function seedDemoCouncil(tx: Tx): Promise<void> {
  const hanoi = await unitByCode(tx, 'CDYT-HN');
  if (!hanoi) return;
  // One hash for the four logins: they share the demo password, and scrypt is slow on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of demoCouncilUsers) {
    const unit = await unitByCode(tx, demo.unit);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, demo.username));
    if (!unit || taken) continue;
    const [user] = await tx
      .insert(users)
      .values({ username: demo.username, displayName: demo.displayName, passwordHash })
      .returning();
    await tx.insert(roleGrants).values({ userId: user!.id, unitId: unit.id, role: 'council_member' });
  }

  const accounts = await tx
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(
      inArray(
        users.username,
        seats.map((seat) => seat.username),
      ),
    );
  const [meeting] = await tx
    .insert(councilMeetings)
    .values({
      unitId: hanoi.id,
      title: DEMO_MEETING_TITLE,
      heldOn: '2026-12-15',
      location: 'Phòng họp tầng 3, Công đoàn ngành Y tế Hà Nội',
    })
    .returning();
  const members = seats.flatMap((seat) => {
    const account = accounts.find((a) => a.username === seat.username);
    return account
      ? [{ meetingId: meeting!.id, userId: account.id, fullName: account.displayName, councilRole: seat.councilRole }]
      : [];
  });
  if (members.length > 0) await tx.insert(councilMembers).values(members);

  const waiting = await tx
    .select({ id: awardProposals.id })
    .from(awardProposals)
    .where(
      and(
        eq(awardProposals.deciderUnitId, hanoi.id),
        eq(awardProposals.status, 'council'),
        notExists(
          tx
            .select({ one: councilMeetingProposals.proposalId })
            .from(councilMeetingProposals)
            .where(eq(councilMeetingProposals.proposalId, awardProposals.id)),
        ),
      ),
    );
  if (waiting.length > 0) {
    await tx.insert(councilMeetingProposals).values(waiting.map((p) => ({ meetingId: meeting!.id, proposalId: p.id })));
  }
}
