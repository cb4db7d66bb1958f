// `congdoan import members FILE --unit CODE [--dry-run] [--on-duplicate update|skip] [--errors FILE.xlsx]`.
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { isNull } from 'drizzle-orm';
import type { ActorCtx, Ctx } from '../../../context.ts';
import { units } from '../../../db/schema/index.ts';
import type { Actor } from '../../../policies/actor.ts';
import { errorReport } from './import-error-report.ts';
import { importMembers, type ImportReport } from './import-members.ts';
import type { RowError } from './import-row.ts';

/** The command line acts as the system: an administrator over every root of the tree; its audit rows have no user. */
async function systemActor(ctx: Ctx): Promise<Actor> {
  const roots = await ctx.db.select().from(units).where(isNull(units.parentId));
  return {
    userId: 0,
    username: 'system',
    displayName: 'Hệ thống',
    mustChangePassword: false,
    grants: roots.map((root) => ({
      id: 0,
      role: 'admin',
      unitId: root.id,
      unitCode: root.code,
      unitName: root.name,
      path: root.path,
      reportPath: root.reportPath,
    })),
  };
}

function progressBar(phase: 'check' | 'write', rows: number, total: number | null): string {
  const label = phase === 'check' ? 'Kiểm tra' : 'Ghi';
  if (!total) return `\r${label}: ${rows.toLocaleString('vi-VN')} dòng`;
  const share = Math.min(1, rows / total);
  const filled = Math.round(share * 30);
  return `\r${label}: [${'#'.repeat(filled)}${' '.repeat(30 - filled)}] ${Math.round(share * 100)}% ${rows.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')}`;
}

/** Writes the error report where the officer asked for it. */
async function writeErrorReport(errors: RowError[], file: string): Promise<void> {
  await pipeline(errorReport(errors), fs.createWriteStream(file));
}

export async function runImportCommand(
  ctx: Ctx,
  options: {
    file: string;
    unitCode: string;
    dryRun: boolean;
    onDuplicate: 'update' | 'skip';
    errorsFile?: string | undefined;
  },
  write: (text: string) => void,
): Promise<ImportReport> {
  const actorCtx: ActorCtx = { ...ctx, actor: await systemActor(ctx) };
  const report = await importMembers(actorCtx, {
    ...options,
    onProgress: ({ phase, rows, total }) => write(progressBar(phase, rows, total)),
  });
  write('\n');
  if (report.errors.length) {
    for (const error of report.errors.slice(0, 50))
      write(`  Dòng ${error.row}, cột "${error.column}": ${error.message}\n`);
    if (report.errors.length > 50) write(`  … và ${report.errors.length - 50} lỗi khác.\n`);
    if (options.errorsFile) {
      await writeErrorReport(report.errors, options.errorsFile);
      write(`Báo cáo lỗi / error report: ${options.errorsFile}\n`);
    }
  }
  return report;
}
