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
import { birthYearOf, nameCondition, nameWords, searchCondition } from './member-search.ts';

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

/**
 * How a list is put in order. `index`: walking the sort-key index, which finds the first page at once when
 * matches are many. `sort`: fetching every match and sorting them, which is what few matches need; an
 * index walk would pass over most of the table to find them.
 */
export type ListOrder = 'index' | 'sort';

/** Member rows (person, membership period, unit) matching `where`, in the Vietnamese order. */
export function selectMemberRows(
  ctx: ActorCtx,
  where: SQL | undefined,
  nonMembers = false,
  order: ListOrder = 'index',
) {
  const unit = { id: units.id, code: units.code, name: units.name };
  // The same order either way; `|| ''` only hides the expression from the index.
  const sortKey = order === 'index' ? sql`${people.sortKey} COLLATE "C"` : sql`(${people.sortKey} || '') COLLATE "C"`;
  if (nonMembers) {
    const columns = { person: people, membership: memberships, unit, periodFrom: employments.validFrom };
    return ctx.db
      .select(columns)
      .from(employments)
      .innerJoin(people, eq(people.id, employments.personId))
      .innerJoin(units, eq(units.id, employments.unitId))
      .leftJoin(memberships, and(eq(memberships.personId, people.id), isNull(memberships.validTo)))
      .where(where)
      .orderBy(sortKey, people.id, employments.validFrom);
  }
  const columns = { person: people, membership: memberships, unit, periodFrom: memberships.validFrom };
  return ctx.db
    .select(columns)
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(where)
    .orderBy(sortKey, people.id, memberships.validFrom);
}

function countMemberRows(ctx: ActorCtx, where: SQL | undefined, nonMembers: boolean) {
  const total = { total: sql<number>`count(*)::int` };
  if (nonMembers) {
    return ctx.db
      .select(total)
      .from(employments)
      .innerJoin(people, eq(people.id, employments.personId))
      .innerJoin(units, eq(units.id, employments.unitId))
      .leftJoin(memberships, and(eq(memberships.personId, people.id), isNull(memberships.validTo)))
      .where(where);
  }
  return ctx.db
    .select(total)
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(where);
}

/** A search matching at most this many people is answered from their ids; more, and it is a broad one. */
const NARROW_PEOPLE = 20_000;
/**
 * Up to this many matches are sorted; beyond, the first page comes from the sort-key index. A name search sorts
 * more: the list is ordered by given name, so people found by a given name sit together deep in the index
 * ("Thị Trang": 20,000 people, all under T, seconds to walk to at a million). Up to 50,000, or a twentieth of
 * everyone: a share that large is a family name, spread through the index, whose first page is near.
 */
const SORT_MATCHES = 5000;
const SORT_NAME_MATCHES = 50_000;
const SORT_NAME_SHARE = 0.05;

/** How many people there are, as the planner last counted them: free, and close enough to choose a plan. */
async function peopleEstimate(ctx: ActorCtx): Promise<number> {
  const { rows } = await ctx.db.execute<{ n: number }>(
    sql`SELECT greatest(reltuples, 0)::int AS n FROM pg_class WHERE oid = 'people'::regclass`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * The people a name or birth-year search can only be among, when they are few enough: found first on people
 * alone (trigram or birth-year index), they turn the list and its count into lookups by id. Left to itself the
 * planner misjudges how many names match and joins every membership of the country to find them.
 */
async function narrowPeople(ctx: ActorCtx, query: MemberListQuery): Promise<number[] | null> {
  const words = nameWords(query.q);
  const year = birthYearOf(query.q);
  if (words.length === 0 && year === null) return null;
  const { rows } = await ctx.db.execute<{ id: number }>(
    words.length
      ? sql`SELECT id FROM people WHERE ${nameCondition(words)} LIMIT ${NARROW_PEOPLE + 1}`
      : sql`SELECT id FROM people WHERE birth_year = ${year}
            UNION SELECT person_id FROM memberships WHERE upper(card_number) LIKE ${`${year}%`} LIMIT ${NARROW_PEOPLE + 1}`,
  );
  return rows.length > NARROW_PEOPLE ? null : rows.map((row) => row.id);
}

/** The list behind the member screen: one page and the total. */
export async function findMembers(
  ctx: ActorCtx,
  query: MemberListQuery,
): Promise<{ items: MemberSummary[]; total: number }> {
  const nonMembers = query.status === 'non_member';
  const named = nameWords(query.q).length > 0;
  const [where, ids, everyone] = await Promise.all([
    memberListWhere(ctx, query),
    narrowPeople(ctx, query),
    named ? peopleEstimate(ctx) : 0,
  ]);
  // One array parameter, however many ids: the planner sees how few they are and looks each one up.
  const narrowed = ids ? and(where, sql`${people.id} = ANY(${sql.param(ids)}::int[])`) : where;
  const page = (order: ListOrder) =>
    selectMemberRows(ctx, narrowed, nonMembers, order)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
  let rows;
  let total;
  if (ids) {
    [rows, [total]] = await Promise.all([page('sort'), countMemberRows(ctx, narrowed, nonMembers)]);
  } else {
    [total] = await countMemberRows(ctx, narrowed, nonMembers);
    const sortUpTo = named
      ? Math.max(SORT_MATCHES, Math.min(SORT_NAME_MATCHES, everyone * SORT_NAME_SHARE))
      : SORT_MATCHES;
    rows = await page((total?.total ?? 0) <= sortUpTo ? 'sort' : 'index');
  }
  // Lists always mask the citizen ID; the full number is shown on the record, where each view is audited.
  return { items: rows.map((row) => toMemberSummary(row, false)), total: total?.total ?? 0 };
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
