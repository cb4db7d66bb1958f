// `congdoan create-admin`: an administrator on the root of the tree (or on a named unit).
import { randomBytes } from 'node:crypto';
import { eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { units } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { AppStartError } from '../../errors.ts';
import { insertUser } from './users.service.ts';

export async function createAdmin(
  ctx: Ctx,
  input: { username: string; password?: string | undefined; unitCode?: string | undefined },
): Promise<{ unitName: string; generatedPassword: string | null }> {
  if (!/^[a-z0-9._-]{3,60}$/.test(input.username)) {
    throw new AppStartError('Tên đăng nhập chỉ gồm a-z, 0-9, . _ - (3–60 ký tự) / invalid username', 2);
  }
  if (input.password !== undefined && input.password.length < 10) {
    throw new AppStartError('Mật khẩu cần ít nhất 10 ký tự / the password needs at least 10 characters', 2);
  }
  const [unit] = await ctx.db
    .select()
    .from(units)
    .where(input.unitCode ? eq(units.code, input.unitCode) : isNull(units.parentId))
    .orderBy(units.id)
    .limit(1);
  if (!unit)
    throw new AppStartError(
      `Không có đơn vị ${input.unitCode ?? '(gốc / root)'} / no such unit; start the application once first`,
      2,
    );
  const password = input.password ?? randomBytes(12).toString('base64url');
  await withWrite(ctx, (tx, audit) =>
    insertUser(null, tx, audit, {
      username: input.username,
      displayName: 'Quản trị hệ thống',
      password,
      grants: [{ role: 'admin', unitId: unit.id }],
      mustChangePassword: input.password === undefined,
    }),
  );
  return { unitName: unit.name, generatedPassword: input.password === undefined ? password : null };
}
