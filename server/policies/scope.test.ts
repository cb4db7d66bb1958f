import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../shared/enums.ts';
import { units } from '../db/schema/index.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';
import type { Actor, ActorGrant } from './actor.ts';
import { inScope, scopeWhere } from './scope.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('scope rule', () => {
  it('agrees between the in-memory check and the SQL predicate for generated actors on the whole tree', async () => {
    const all = await t.db.select({ id: units.id, path: units.path, reportPath: units.reportPath }).from(units);
    const next = random(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    for (let n = 0; n < 60; n++) {
      const grants: ActorGrant[] = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => {
        const unit = pick(all);
        return {
          id: i,
          role: pick(roles) as Role,
          unitId: unit.id,
          unitCode: '',
          unitName: '',
          path: unit.path,
          reportPath: unit.reportPath,
        };
      });
      const actor: Actor = { userId: 0, username: 'gen', displayName: 'gen', mustChangePassword: false, grants };
      const filterRoles = next() < 0.5 ? undefined : (['admin', 'union_officer'] as const);
      const expected = all
        .filter((unit) => inScope(actor, unit, filterRoles))
        .map((unit) => unit.id)
        .sort((a, b) => a - b);
      const rows = await t.db
        .select({ id: units.id })
        .from(units)
        .where(scopeWhere(actor, filterRoles))
        .orderBy(units.id);
      expect(rows.map((row) => row.id)).toEqual(expected);
    }
  });

  it('covers nothing for an actor without grants', async () => {
    const actor: Actor = { userId: 0, username: 'none', displayName: 'none', mustChangePassword: false, grants: [] };
    const rows = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(units)
      .where(scopeWhere(actor));
    expect(rows[0]!.n).toBe(0);
    expect(inScope(actor, { path: '/1/', reportPath: '/1/' })).toBe(false);
  });
});
