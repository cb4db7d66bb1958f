// Reading members: the scoped, searchable, Vietnamese-sorted list, and one person's record.
import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { MemberDetail, MemberListQuery, MemberSummary } from '../../../shared/contracts/members.ts';
import { vietnamToday } from '../../../shared/dates.ts';
import type { ActorCtx } from '../../context.ts';
import { employments, memberships, people, units } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeMember, maskCitizenId, MEMBER_READERS } from '../../policies/members.policy.ts';
import { scopeWhere, subtreeWhere } from '../../policies/scope.ts';
import { getUnitByCode } from '../units/units.service.ts';
import { loadPerson, placementOf, toMemberDetail, toMemberSummary } from './member-rows.ts';
import { searchCondition } from './member-search.ts';

const noOpenMembership = sql`NOT EXISTS (SELECT 1 FROM memberships o WHERE o.person_id = ${memberships.personId} AND o.valid_to IS NULL)`;

/** Which membership rows a status (or a past date) selects. */
function periodCondition(
  status: Exclude<MemberListQuery['status'], 'non_member'>,
  asOf: string | null,
): SQL | undefined {
  if (asOf) {
    return sql`${memberships.validFrom} <= ${asOf}::date AND (${memberships.validTo} IS NULL OR ${memberships.validTo} > ${asOf}::date)`;
  }
  switch (status) {
    case 'active':
    case 'suspended':
      return and(isNull(memberships.validTo), eq(memberships.status, status));
    case 'left':
      return and(eq(memberships.status, 'left'), noOpenMembership);
    case 'transferred':
      return eq(memberships.status, 'transferred');
    case 'all':
      return or(isNull(memberships.validTo), and(eq(memberships.status, 'left'), noOpenMembership));
  }
}

/** The WHERE of the member list for a query: scope, status or date, unit subtree, filters, search. */
export async function memberListWhere(
  ctx: ActorCtx,
  query: Omit<MemberListQuery, 'page' | 'pageSize'>,
): Promise<SQL | undefined> {
  requireCapability(ctx.actor, 'viewMembers');
  const asOf = query.asOf && query.asOf < vietnamToday() ? query.asOf : null;
  // Non-members are read from their open employment; the open membership is left-joined and must be missing.
  const period =
    query.status === 'non_member'
      ? sql`${memberships.id} IS NULL AND ${employments.validTo} IS NULL`
      : periodCondition(query.status, asOf);
  const filters: (SQL | undefined)[] = [scopeWhere(ctx.actor, MEMBER_READERS), period];
  if (query.unit) {
    filters.push(subtreeWhere(await getUnitByCode(ctx, query.unit)));
  }
  if (query.gender) filters.push(eq(people.gender, query.gender));
  if (query.qualification) filters.push(eq(people.qualification, query.qualification));
  if (query.birthYear) filters.push(eq(people.birthYear, query.birthYear));
  if (query.sector) filters.push(eq(units.sector, query.sector));
  filters.push(searchCondition(query.q));
  return and(...filters);
}

/** Member rows (person, membership period, unit) matching `where`, in the Vietnamese order. */
export function selectMemberRows(ctx: ActorCtx, where: SQL | undefined, nonMembers = false) {
  const unit = { id: units.id, code: units.code, name: units.name };
  if (nonMembers) {
    const columns = { person: people, membership: memberships, unit, periodFrom: employments.validFrom };
    return ctx.db
      .select(columns)
      .from(employments)
      .innerJoin(people, eq(people.id, employments.personId))
      .innerJoin(units, eq(units.id, employments.unitId))
      .leftJoin(memberships, and(eq(memberships.personId, people.id), isNull(memberships.validTo)))
      .where(where)
      .orderBy(sql`${people.sortKey} COLLATE "C"`, people.id, employments.validFrom);
  }
  const columns = { person: people, membership: memberships, unit, periodFrom: memberships.validFrom };
  return ctx.db
    .select(columns)
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(where)
    .orderBy(sql`${people.sortKey} COLLATE "C"`, people.id, memberships.validFrom);
}

/** The list behind the member screen: one page and the total. */
export async function findMembers(
  ctx: ActorCtx,
  query: MemberListQuery,
): Promise<{ items: MemberSummary[]; total: number }> {
  const where = await memberListWhere(ctx, query);
  const nonMembers = query.status === 'non_member';
  const counted = nonMembers
    ? ctx.db
        .select({ total: sql<number>`count(*)::int` })
        .from(employments)
        .innerJoin(people, eq(people.id, employments.personId))
        .innerJoin(units, eq(units.id, employments.unitId))
        .leftJoin(memberships, and(eq(memberships.personId, people.id), isNull(memberships.validTo)))
    : ctx.db
        .select({ total: sql<number>`count(*)::int` })
        .from(memberships)
        .innerJoin(people, eq(people.id, memberships.personId))
        .innerJoin(units, eq(units.id, memberships.unitId));
  const [rows, [count]] = await Promise.all([
    selectMemberRows(ctx, where, nonMembers)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    counted.where(where),
  ]);
  // Lists always mask the citizen ID; the full number is shown on the record, where each view is audited.
  return { items: rows.map((row) => toMemberSummary(row, false)), total: count?.total ?? 0 };
}

/** One person's record; a view that shows the full citizen ID is written to the audit log. */
export async function getMember(ctx: ActorCtx, id: number): Promise<MemberDetail> {
  const loaded = await loadPerson(ctx.db, id);
  const placement = placementOf(loaded);
  authorizeMember(ctx.actor, 'read', placement);
  const detail = toMemberDetail(ctx.actor, loaded);
  if (detail.abilities.viewCitizenId && loaded.person.citizenId) {
    await withWrite(ctx, async (_tx, audit) =>
      audit({
        action: 'member.view_personal_data',
        entity: 'person',
        entityId: id,
        unitId: detail.unit?.id ?? loaded.employments.at(-1)?.unit.id ?? null,
        after: { citizenId: maskCitizenId(loaded.person.citizenId) },
      }),
    );
  }
  return detail;
}
