// The `congdoan` command: serve, migrate, create-admin, backup, restore.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.ts';
import { migrateDatabase } from './db/migrate.ts';
import { AppError, AppStartError } from './errors.ts';
import { serve } from './main.ts';
import { openDatabase } from './runtime.ts';
import { createAdmin } from './modules/users/create-admin.ts';
import { runImportCommand } from './modules/members/import/import-cli.ts';
import { backupDatabase, restoreDatabase } from './db/backup.ts';
import { runDemoCommand } from './db/seed/generate/demo-cli.ts';

const USAGE = `Cách dùng / usage: congdoan <lệnh>
  serve                         chạy ứng dụng / run the application (default)
  migrate                       áp dụng migration / apply database migrations
  create-admin USERNAME [--password P] [--unit CODE]
                                tạo quản trị viên / create an administrator
  backup FILE                   sao lưu toàn bộ CSDL / back up the whole database
  restore FILE [--force]        khôi phục vào CSDL trống / restore into an empty database
  import members FILE --unit CODE [--dry-run] [--on-duplicate update|skip] [--errors OUT.xlsx]
                                nhập đoàn viên từ .xlsx hoặc CSV / import members from .xlsx or CSV
  demo --members N --units M [--seed S] [--force] [--history]
                                sinh dữ liệu mẫu quy mô toàn quốc / generate a national-scale data set
`;

async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const runtime = await openDatabase(config, (message) => process.stderr.write(`${message}\n`), { shareRunning: true });
  try {
    await migrateDatabase(runtime.db);
    return await work(runtime.db);
  } finally {
    await runtime.close();
  }
}

async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      password: { type: 'string' },
      unit: { type: 'string' },
      force: { type: 'boolean' },
      history: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'on-duplicate': { type: 'string' },
      errors: { type: 'string' },
      members: { type: 'string' },
      units: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command = 'serve', argument] = positionals;
  if (values.help) return void process.stdout.write(USAGE);
  switch (command) {
    case 'serve':
      return serve();
    case 'migrate':
      await withDatabase(async () => undefined);
      return void process.stdout.write('Đã áp dụng migration / migrations applied\n');
    case 'create-admin': {
      if (!argument) throw new AppStartError(`Thiếu USERNAME / USERNAME missing\n${USAGE}`, 2);
      const config = loadConfig();
      const result = await withDatabase((db) =>
        createAdmin(
          { db, config, actor: null, requestId: 'cli', ip: null },
          { username: argument, password: values.password, unitCode: values.unit },
        ),
      );
      process.stdout.write(`Đã tạo quản trị viên / created administrator ${argument} on ${result.unitName}\n`);
      if (result.generatedPassword) process.stdout.write(`Mật khẩu / password: ${result.generatedPassword}\n`);
      return;
    }
    case 'backup': {
      if (!argument) throw new AppStartError(`Thiếu FILE / FILE missing\n${USAGE}`, 2);
      const counts = await withDatabase((db) => backupDatabase(db, argument));
      return void process.stdout.write(
        `Đã sao lưu / backed up ${counts.rows} dòng / rows of ${counts.tables} bảng / tables to ${argument}\n`,
      );
    }
    case 'restore': {
      if (!argument) throw new AppStartError(`Thiếu FILE / FILE missing\n${USAGE}`, 2);
      const counts = await withDatabase((db) => restoreDatabase(db, argument, { force: values.force ?? false }));
      return void process.stdout.write(
        `Đã khôi phục / restored ${counts.rows} dòng / rows of ${counts.tables} bảng / tables\n`,
      );
    }
    case 'import': {
      const file = positionals[2];
      if (argument !== 'members' || !file || !values.unit) throw new AppStartError(`Cách dùng / usage:\n${USAGE}`, 2);
      const onDuplicate = values['on-duplicate'] ?? 'skip';
      if (onDuplicate !== 'update' && onDuplicate !== 'skip')
        throw new AppStartError('--on-duplicate: update | skip', 2);
      if (!fs.existsSync(file)) throw new AppStartError(`Không có tệp ${file} / no such file`, 2);
      const config = loadConfig();
      const report = await withDatabase((db) =>
        runImportCommand(
          { db, config, actor: null, requestId: 'cli-import', ip: null },
          { file, unitCode: values.unit!, dryRun: values['dry-run'] ?? false, onDuplicate, errorsFile: values.errors },
          (text) => process.stderr.write(text),
        ),
      );
      process.stdout.write(
        `${report.rows.toLocaleString('vi-VN')} dòng; ${report.errors.length} lỗi; ` +
          (report.committed
            ? `đã ghi: ${report.created} mới, ${report.updated} cập nhật, ${report.skipped} bỏ qua.\n`
            : report.errors.length
              ? 'không ghi gì (hãy sửa các lỗi rồi nhập lại).\n'
              : 'chạy thử, không ghi gì (--dry-run).\n'),
      );
      if (report.errors.length) process.exit(1);
      return;
    }
    case 'demo':
      return runDemoCommand(values, USAGE);
    default:
      throw new AppStartError(`Lệnh không rõ / unknown command: ${command}\n${USAGE}`, 2);
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof AppStartError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(error instanceof AppStartError ? error.exitCode : 2);
  }
  if (error instanceof AppError) {
    process.stderr.write(`${error.messageVi} / ${error.messageEn}\n`);
    process.exit(1);
  }
  if (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('ERR_PARSE_ARGS')
  ) {
    process.stderr.write(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  process.stderr.write(
    `Lỗi không mong đợi / unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
