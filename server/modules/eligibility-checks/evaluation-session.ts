// The evaluation setting of a check: the stored catalogue's engine, the year, and the issuing bodies along the
// recipient's branch of the tree (most specific first), whose own rule versions take precedence.
import { inArray } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { units } from '../../db/schema/index.ts';
import { badRequest } from '../../errors.ts';
import { catalogueEngine } from '../awards/catalogue-store.ts';
import { createSession, type Session } from '../emulation/index.ts';

export async function sessionFor(ctx: ActorCtx, unitPath: string, year: number, code: string): Promise<Session> {
  const engine = await catalogueEngine(ctx.db);
  if (!engine.types.has(code)) {
    throw badRequest(
      'eligibility.unknown_code',
      `Danh hiệu, hình thức «${code}» không có trong danh mục.`,
      `"${code}" is not in the catalogue.`,
      [{ field: 'code', message: 'Không có trong danh mục', messageEn: 'Not in the catalogue' }],
    );
  }
  const ids = unitPath.split('/').filter(Boolean).map(Number);
  const rows = ids.length
    ? await ctx.db.select({ id: units.id, code: units.code }).from(units).where(inArray(units.id, ids))
    : [];
  const codeOf = new Map(rows.map((row) => [row.id, row.code]));
  const bodies = ids
    .reverse()
    .map((id) => codeOf.get(id))
    .filter((c): c is string => Boolean(c))
    .map((c) => `unit:${c}`);
  return createSession(engine, { year, bodies });
}
