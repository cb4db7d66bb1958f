// The import jobs of one server instance, in memory: each holds an uploaded file in a temporary folder and
// the state of its check or import. They are not in the database, so a deployment with several instances
// behind a load balancer needs sticky sessions (the same user on the same instance) for the import wizard;
// the one-shot POST /members/import and the CLI do not depend on this.
import { randomBytes } from 'node:crypto';
import type { ImportField, ImportJobState, OnDuplicate } from '../../../../shared/contracts/member-import.ts';
import { AppError, conflict, notFound } from '../../../errors.ts';
import type { ImportReport } from './import-report.ts';
import type { ReadMeter } from './read-rows.ts';
import { removeUpload, type SavedUpload } from './save-upload.ts';

export type ImportJobOptions = {
  unit: { code: string; name: string };
  mapping: (ImportField | null)[];
  onDuplicate: OnDuplicate;
};

export type ImportJob = {
  id: string;
  userId: number;
  upload: SavedUpload;
  headerRow: number;
  headers: string[];
  state: ImportJobState;
  options: ImportJobOptions | null;
  /** The options of the last check that read the whole file, and how many errors it found. */
  checked: { key: string; errorCount: number } | null;
  progress: { phase: 'check' | 'write' | null; rows: number; total: number | null; meter: ReadMeter | null };
  report: ImportReport | null;
  error: { code: string; message: string; messageEn: string } | null;
  touchedAt: number;
  run: { controller: AbortController; done: Promise<void> } | null;
};

export type RegistryLimits = {
  /** Jobs held per user; a new upload drops the user's oldest idle one beyond this. */
  perUser: number;
  /** Checks and imports running at once on this instance (the machine's cores are shared with requests). */
  running: number;
  /** Jobs held on this instance (each holds a file of up to the upload limit on disk). */
  total: number;
  /** A job nobody has looked at for this long is dropped with its file. */
  idleMs: number;
};

const DEFAULT_LIMITS: RegistryLimits = { perUser: 3, running: 2, total: 50, idleMs: 60 * 60 * 1000 };
const SWEEP_EVERY_MS = 60 * 1000;

/** Same unit, mapping and choice for duplicates: what a commit must share with the clean check before it. */
export function optionsKey(options: ImportJobOptions): string {
  return JSON.stringify([options.unit.code, options.mapping, options.onDuplicate]);
}

function serverBusy(): AppError {
  return new AppError(
    429,
    'import.server_busy',
    'Máy chủ đang xử lý nhiều lượt nhập; hãy thử lại sau ít phút.',
    'The server is busy with other imports; try again in a few minutes.',
    { retryAfterSeconds: 60 },
  );
}

export class ImportJobRegistry {
  readonly #jobs = new Map<string, ImportJob>();
  readonly #limits: RegistryLimits;
  readonly #now: () => number;
  readonly #log: (error: unknown) => void;
  readonly #sweeper: NodeJS.Timeout;

  constructor(options: { limits?: Partial<RegistryLimits>; now?: () => number; log?: (error: unknown) => void } = {}) {
    this.#limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.#now = options.now ?? Date.now;
    this.#log = options.log ?? (() => undefined);
    this.#sweeper = setInterval(() => void this.sweep().catch(this.#log), SWEEP_EVERY_MS);
    this.#sweeper.unref();
  }

  /** Takes a new upload; the caller removes the file if this refuses it. */
  async add(userId: number, fields: Pick<ImportJob, 'upload' | 'headerRow' | 'headers'>): Promise<ImportJob> {
    const own = [...this.#jobs.values()].filter((job) => job.userId === userId);
    const idle = own.filter((job) => !job.run).sort((a, b) => a.touchedAt - b.touchedAt);
    const drop = idle.slice(0, Math.max(0, own.length + 1 - this.#limits.perUser));
    await Promise.all(drop.map((job) => this.discard(job)));
    if (this.#jobs.size >= this.#limits.total) throw serverBusy();
    const job: ImportJob = {
      id: randomBytes(16).toString('base64url'),
      userId,
      ...fields,
      state: 'uploaded',
      options: null,
      checked: null,
      progress: { phase: null, rows: 0, total: null, meter: null },
      report: null,
      error: null,
      touchedAt: this.#now(),
      run: null,
    };
    this.#jobs.set(job.id, job);
    return job;
  }

  /** The user's own job; anyone else's is "not found", as if it did not exist. */
  get(id: string, userId: number): ImportJob {
    const job = this.#jobs.get(id);
    if (!job || job.userId !== userId) throw notFound('imports');
    job.touchedAt = this.#now();
    return job;
  }

  /** Runs a check or an import in the background: one at a time per user, a few at a time per instance. */
  start(job: ImportJob, state: 'checking' | 'importing', work: (signal: AbortSignal) => Promise<void>): void {
    const running = [...this.#jobs.values()].filter((other) => other.run);
    if (running.some((other) => other.userId === job.userId)) {
      throw conflict(
        'import.user_busy',
        'Bạn đang có một lượt kiểm tra hoặc nhập chưa xong; hãy đợi nó xong.',
        'You already have a check or an import running; wait for it to finish.',
      );
    }
    if (running.length >= this.#limits.running) throw serverBusy();
    const controller = new AbortController();
    job.state = state;
    job.error = null;
    job.progress = { phase: null, rows: 0, total: null, meter: null };
    // `work` records its own outcome on the job; what escapes it is a bug, logged rather than left unhandled.
    const done = work(controller.signal)
      .catch(this.#log)
      .finally(() => {
        job.run = null;
        job.touchedAt = this.#now();
      });
    job.run = { controller, done };
  }

  /** Stops what the job is running, waits for it to let go of the file, then removes the file. */
  async discard(job: ImportJob): Promise<void> {
    this.#jobs.delete(job.id);
    if (job.run) {
      job.run.controller.abort();
      await job.run.done.catch(() => undefined);
    }
    removeUpload(job.upload);
  }

  /** Drops the jobs left idle past the limit; a running job is never idle. */
  async sweep(): Promise<void> {
    const limit = this.#now() - this.#limits.idleMs;
    const stale = [...this.#jobs.values()].filter((job) => !job.run && job.touchedAt < limit);
    await Promise.all(stale.map((job) => this.discard(job)));
  }

  /** On shutdown: running imports roll back, every file goes. */
  async close(): Promise<void> {
    clearInterval(this.#sweeper);
    await Promise.all([...this.#jobs.values()].map((job) => this.discard(job)));
  }

  get size(): number {
    return this.#jobs.size;
  }
}
