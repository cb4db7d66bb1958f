// Reading the tree: lists (children, roots, search) and one unit's page, as of any date, always scoped.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { vietnamToday } from '../../../shared/dates.ts';
import { foldForSearch } from '../../../shared/text/fold.ts';
import type { Unit, UnitDetail } from '../../../shared/contracts/units.ts';
import type { ActorCtx } from '../../context.ts';
import { units, unitVersions } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { inScope, scopeWhere } from '../../policies/scope.ts';
import { authorizeUnit } from '../../policies/units.policy.ts';
import { selectUnitByCode, selectUnitById, selectUnitsAt, toUnitDto, type UnitView } from './unit-rows.ts';

export type UnitListQuery = {
  parentId?: number | undefined;
  q?: string | undefined;
  asOf?: string | undefined;
  limit: number;
};

const NO_ABILITIES = { update: false, createChild: false, move: false, merge: false, split: false, dissolve: false };

/** A past date shows the tree read-only: history is not edited from a snapshot. */
function asOfDate(asOf: string | undefined): string | null {
  return asOf && asOf < vietnamToday() ? asOf : null;
}

function present(ctx: ActorCtx, row: UnitView, historical: boolean): Unit {
  const dto = toUnitDto(ctx, row);
  return historical ? { ...dto, abilities: NO_ABILITIES } : dto;
}

/** Children of a unit, a search, or the top units of the actor's scope. */
export async function findUnits(ctx: ActorCtx, query: UnitListQuery): Promise<Unit[]> {
  const asOf = asOfDate(query.asOf);
  const scope = scopeWhere(ctx.actor);
  const column = asOf ? unitVersions : units;
  let rows: UnitView[];
  if (query.q) {
    const key = foldForSearch(query.q).replace(/[\\%_]/g, (c) => `\\${c}`);
    rows = await selectUnitsAt(ctx.db, asOf, and(scope, sql`${column.searchKey} LIKE ${'%' + key + '%'}`), query.limit);
  } else if (query.parentId) {
    const parent = await selectUnitById(ctx.db, query.parentId, asOf);
    if (!parent) throw notFound('units');
    authorizeUnit(ctx.actor, 'read', parent);
    rows = await selectUnitsAt(ctx.db, asOf, and(scope, eq(column.parentId, query.parentId)), query.limit);
  } else {
    // The roots of a scope: granted units that no other grant of the actor already covers.
    const granted = ctx.actor.grants.filter(
      (grant) =>
        !ctx.actor.grants.some(
          (other) => other !== grant && grant.path !== other.path && inScope({ ...ctx.actor, grants: [other] }, grant),
        ),
    );
    const ids = [...new Set(granted.map((grant) => grant.unitId))];
    rows = ids.length ? await selectUnitsAt(ctx.db, asOf, inArray(units.id, ids), query.limit) : [];
  }
  return rows.map((row) => present(ctx, row, asOf !== null));
}

/** A unit named by its code in a filter (members of, statistics of, import into): 404 when unknown or out of scope. */
export async function getUnitByCode(ctx: ActorCtx, code: string): Promise<UnitView> {
  const unit = await selectUnitByCode(ctx.db, code);
  if (!unit) throw notFound('units');
  authorizeUnit(ctx.actor, 'read', unit);
  return unit;
}

/** One unit with its breadcrumb and both parents. */
export async function getUnit(ctx: ActorCtx, id: number, asOfRequested?: string): Promise<UnitDetail> {
  const asOf = asOfDate(asOfRequested);
  const row = await selectUnitById(ctx.db, id, asOf);
  if (!row) throw notFound('units');
  authorizeUnit(ctx.actor, 'read', row);
  const ancestorIds = row.path.split('/').filter(Boolean).map(Number).slice(0, -1);
  const related = [...ancestorIds, row.parentId, row.reportingParentId].filter(
    (value): value is number => value !== null,
  );
  const named = related.length
    ? await ctx.db
        .select({ id: units.id, code: units.code, name: units.name, path: units.path, reportPath: units.reportPath })
        .from(units)
        .where(or(inArray(units.id, related)))
    : [];
  const byId = new Map(named.map((unit) => [unit.id, unit]));
  // The breadcrumb stops where the actor's reach ends: ancestors above the scope stay unnamed.
  const visible = (unitId: number | null) => {
    const unit = unitId === null ? undefined : byId.get(unitId);
    return unit && inScope(ctx.actor, unit) ? { id: unit.id, code: unit.code, name: unit.name } : null;
  };
  return {
    ...present(ctx, row, asOf !== null),
    parent: visible(row.parentId),
    reportingParent: visible(row.reportingParentId),
    ancestors: ancestorIds.map(visible).filter((unit) => unit !== null),
  };
}

/** Every version of a unit, oldest first, with the parent's name as it was then. */
export async function getUnitHistory(ctx: ActorCtx, id: number) {
  const row = await selectUnitById(ctx.db, id);
  if (!row) throw notFound('units');
  authorizeUnit(ctx.actor, 'read', row);
  const versions = await ctx.db
    .select({
      validFrom: unitVersions.validFrom,
      validTo: unitVersions.validTo,
      name: unitVersions.name,
      shortName: unitVersions.shortName,
      parentId: unitVersions.parentId,
      parentName: sql<string | null>`(SELECT p.name FROM unit_versions p WHERE p.unit_id = "unit_versions"."parent_id"
        AND p.valid_from <= "unit_versions"."valid_from" AND (p.valid_to IS NULL OR p.valid_to > "unit_versions"."valid_from")
        ORDER BY p.valid_from DESC LIMIT 1)`,
      reportingParentId: unitVersions.reportingParentId,
      sector: unitVersions.sector,
      province: unitVersions.province,
    })
    .from(unitVersions)
    .where(eq(unitVersions.unitId, id))
    .orderBy(unitVersions.validFrom, unitVersions.id);
  return { versions };
}
