// The reminders due at a moment, one per user and subject: deadlines of launched movements within a week for the
// keepers of covered units that have not done the step, and workflow steps waiting on someone. Read-only; the
// scanner writes them. Subject keys carry the deadline or the event, so a moved deadline or a new round reminds again.
import { sql, type SQL } from 'drizzle-orm';
import type { NotificationKind } from '../../../shared/contracts/notifications.ts';
import { formatDateVi } from '../../../shared/dates.ts';
import type { Database } from '../../db/client.ts';
import { joinKeepersOf } from './keepers.ts';

export type Reminder = {
  userId: number;
  kind: NotificationKind;
  subjectKey: string;
  title: string;
  body: string;
  link: string;
};

/** How far ahead a deadline is announced. */
export const DEADLINE_NOTICE_DAYS = 7;
/** Units named in a deadline reminder; the rest are counted. */
const NAMED_UNITS = 5;

type DeadlineRule = {
  kind: NotificationKind;
  column: 'pledge_deadline' | 'self_assessment_deadline' | 'proposal_deadline';
  key: string;
  /** The covered unit `mu.unit_id` has done the step for movement `due.id`. */
  done: SQL;
  title: (movement: string) => string;
  missingLabel: string;
  link: (movementId: number) => string;
};

const DEADLINE_RULES: DeadlineRule[] = [
  {
    kind: 'pledge_deadline',
    column: 'pledge_deadline',
    key: 'pledge-deadline',
    done: sql`SELECT 1 FROM pledges p WHERE p.movement_id = due.id AND p.unit_id = mu.unit_id
      AND p.person_id IS NULL AND p.withdrawn_at IS NULL`,
    title: (movement) => `Sắp hết hạn đăng ký thi đua: ${movement}`,
    missingLabel: 'Chưa đăng ký thi đua',
    link: (id) => `/movements/${id}`,
  },
  {
    kind: 'self_assessment_deadline',
    column: 'self_assessment_deadline',
    key: 'self-assessment-deadline',
    done: sql`SELECT 1 FROM score_sheets s WHERE s.movement_id = due.id AND s.unit_id = mu.unit_id
      AND s.status IN ('submitted', 'reviewed')`,
    title: (movement) => `Sắp hết hạn tự chấm điểm thi đua: ${movement}`,
    missingLabel: 'Chưa gửi bảng tự chấm điểm',
    link: (id) => `/scoring/${id}`,
  },
  {
    kind: 'proposal_deadline',
    column: 'proposal_deadline',
    key: 'proposal-deadline',
    done: sql`SELECT 1 FROM award_proposals ap WHERE ap.movement_id = due.id AND ap.proposer_unit_id = mu.unit_id
      AND ap.status NOT IN ('draft', 'returned')`,
    title: (movement) => `Sắp hết hạn gửi hồ sơ đề nghị khen thưởng: ${movement}`,
    missingLabel: 'Chưa trình hồ sơ đề nghị khen thưởng',
    link: (id) => `/movements/${id}`,
  },
];

function namedUnits(names: string[], count: number): string {
  const more = count - names.length;
  return more > 0 ? `${names.join('; ')} và ${more} đơn vị khác` : names.join('; ');
}

async function deadlineReminders(db: Database, today: string, rule: DeadlineRule): Promise<Reminder[]> {
  const column = sql.raw(rule.column);
  const { rows } = await db.execute<{
    movement_id: number;
    movement_name: string;
    deadline: string;
    user_id: number;
    missing: number;
    unit_names: string[];
  }>(sql`
    WITH due AS (
      SELECT m.id, m.name, m.${column}::text AS deadline FROM movements m
      WHERE m.status = 'launched'
        AND m.${column} BETWEEN ${today}::date AND ${today}::date + ${DEADLINE_NOTICE_DAYS}::int
    ), missing AS (
      SELECT due.id AS movement_id, u.id AS unit_id, u.name, u.path, u.report_path
      FROM due
      JOIN movement_units mu ON mu.movement_id = due.id
      JOIN units u ON u.id = mu.unit_id
      WHERE NOT EXISTS (${rule.done})
    )
    SELECT due.id AS movement_id, due.name AS movement_name, due.deadline, keeper.user_id,
      count(DISTINCT missing.unit_id)::int AS missing,
      (array_agg(DISTINCT missing.name ORDER BY missing.name))[1:${NAMED_UNITS}::int] AS unit_names
    FROM missing
    JOIN due ON due.id = missing.movement_id
    ${joinKeepersOf('missing')}
    GROUP BY due.id, due.name, due.deadline, keeper.user_id`);
  return rows.map((row) => ({
    userId: row.user_id,
    kind: rule.kind,
    subjectKey: `movement:${row.movement_id}:${rule.key}:${row.deadline}`,
    title: rule.title(row.movement_name),
    body: `Hạn chót ngày ${formatDateVi(row.deadline)}. ${rule.missingLabel} (${row.missing} đơn vị): ${namedUnits(row.unit_names, row.missing)}.`,
    link: rule.link(row.movement_id),
  }));
}

type ProposalRow = {
  id: number;
  title: string;
  proposer_name: string;
  status_at: string | null;
  step: string;
  reason: string | null;
  posting_until: string | null;
  user_id: number;
};

/** Proposals in `status`, with the latest event that put them there, for the keepers of `side`'s unit. */
async function proposalsWaiting(
  db: Database,
  status: string,
  side: 'proposer_unit_id' | 'decider_unit_id',
  extra: SQL = sql`true`,
): Promise<ProposalRow[]> {
  const { rows } = await db.execute<ProposalRow>(sql`
    SELECT DISTINCT ap.id, ap.title, pu.name AS proposer_name, ev.at::text AS status_at,
      coalesce('e' || ev.id, 'v' || ap.version) AS step, ev.reason, ap.posting_until::text AS posting_until,
      keeper.user_id
    FROM award_proposals ap
    JOIN units pu ON pu.id = ap.proposer_unit_id
    JOIN units side_unit ON side_unit.id = ap.${sql.raw(side)}
    LEFT JOIN LATERAL (
      SELECT e.id, e.at, e.reason FROM award_proposal_events e
      WHERE e.proposal_id = ap.id AND e.to_status = ap.status ORDER BY e.id DESC LIMIT 1
    ) ev ON true
    ${joinKeepersOf('side_unit')}
    WHERE ap.status = ${status} AND ${extra}`);
  return rows;
}

const onDate = (at: string | null) => (at ? ` ngày ${formatDateVi(at)}` : '');

async function workflowReminders(db: Database, today: string): Promise<Reminder[]> {
  const [submitted, returned, posted] = await Promise.all([
    proposalsWaiting(db, 'submitted', 'decider_unit_id'),
    proposalsWaiting(db, 'returned', 'proposer_unit_id'),
    proposalsWaiting(db, 'posting', 'decider_unit_id', sql`ap.posting_until < ${today}::date`),
  ]);
  const reminders: Reminder[] = [
    ...submitted.map((row) => ({
      userId: row.user_id,
      kind: 'proposal_submitted' as const,
      subjectKey: `proposal:${row.id}:submitted:${row.step}`,
      title: `Đề nghị khen thưởng chờ thẩm định: ${row.title}`,
      body: `Đề nghị "${row.title}" của ${row.proposer_name} đã trình${onDate(row.status_at)}, chờ thẩm định.`,
      link: `/proposals/${row.id}`,
    })),
    ...returned.map((row) => ({
      userId: row.user_id,
      kind: 'proposal_returned' as const,
      subjectKey: `proposal:${row.id}:returned:${row.step}`,
      title: `Đề nghị khen thưởng bị trả lại để bổ sung: ${row.title}`,
      body: `Đề nghị "${row.title}" đã bị trả lại${onDate(row.status_at)}${row.reason ? `. Lý do: ${row.reason}` : ''}. Hãy bổ sung và trình lại.`,
      link: `/proposals/${row.id}`,
    })),
    ...posted.map((row) => ({
      userId: row.user_id,
      kind: 'posting_ended' as const,
      subjectKey: `proposal:${row.id}:posting-ended:${row.posting_until}`,
      title: `Hết thời gian công khai, có thể ban hành quyết định: ${row.title}`,
      body: `Đề nghị "${row.title}" của ${row.proposer_name} đã hết thời gian công khai lấy ý kiến ngày ${formatDateVi(row.posting_until!)}; có thể ban hành quyết định khen thưởng.`,
      link: `/proposals/${row.id}`,
    })),
  ];

  const { rows: ballots } = await db.execute<{ id: number; title: string; held_on: string; user_id: number }>(sql`
    SELECT cm.id, cm.title, cm.held_on::text AS held_on, member.user_id
    FROM council_meetings cm
    JOIN council_members member ON member.meeting_id = cm.id AND member.present
    JOIN users voter ON voter.id = member.user_id AND NOT voter.disabled
    WHERE cm.status = 'open'
      AND NOT EXISTS (SELECT 1 FROM council_ballots b WHERE b.meeting_id = cm.id AND b.user_id = member.user_id)`);
  for (const row of ballots)
    reminders.push({
      userId: row.user_id,
      kind: 'council_vote',
      subjectKey: `council:${row.id}:vote`,
      title: `Hội đồng thi đua, khen thưởng đang bỏ phiếu: ${row.title}`,
      body: `Phiên họp "${row.title}" ngày ${formatDateVi(row.held_on)} đang mở bỏ phiếu kín; bạn có mặt và chưa bỏ phiếu.`,
      link: `/council/${row.id}`,
    });
  return reminders;
}

/** Every reminder due on `today` (Vietnam's date), before de-duplication against what users already have. */
export async function dueReminders(db: Database, today: string): Promise<Reminder[]> {
  const lists = await Promise.all([
    ...DEADLINE_RULES.map((rule) => deadlineReminders(db, today, rule)),
    workflowReminders(db, today),
  ]);
  return lists.flat();
}
