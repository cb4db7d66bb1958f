// The import wizard's use cases: upload and preview, check in the background, import in the background
// once a check with the same choices found no error, follow the progress, discard.
import type { Readable } from 'node:stream';
import type {
  ImportCheckBody,
  ImportJob as ImportJobDto,
  ImportUpload,
} from '../../../../shared/contracts/member-import.ts';
import type { ActorCtx } from '../../../context.ts';
import { AppError, conflict } from '../../../errors.ts';
import { checkMapping } from './import-columns.ts';
import { errorReport } from './import-error-report.ts';
import { optionsKey, type ImportJob, type ImportJobOptions, type ImportJobRegistry } from './import-job-registry.ts';
import { getImportUnit, importMembers } from './import-members.ts';
import { previewImportFile } from './import-preview.ts';
import { reportDto } from './import-report.ts';
import { ReadMeter } from './read-rows.ts';
import { removeUpload, type SavedUpload } from './save-upload.ts';

type CheckInput = Required<Pick<ImportCheckBody, 'unit' | 'mapping' | 'onDuplicate'>>;

/** Reads the header and the first rows of a saved upload and keeps it as the user's job. */
export async function createImportJob(
  ctx: ActorCtx,
  jobs: ImportJobRegistry,
  upload: SavedUpload,
): Promise<ImportUpload> {
  try {
    const preview = await previewImportFile(upload.file);
    const job = await jobs.add(ctx.actor.userId, { upload, headerRow: preview.headerRow, headers: preview.headers });
    return { id: job.id, fileName: upload.fileName, byteSize: upload.byteSize, ...preview };
  } catch (error) {
    removeUpload(upload);
    throw error;
  }
}

/** What an error that ended a run tells the user; anything but an AppError is reported as a failure of ours. */
function failure(error: unknown): NonNullable<ImportJob['error']> {
  if (error instanceof AppError) return { code: error.code, message: error.messageVi, messageEn: error.messageEn };
  return {
    code: 'import.failed',
    message: 'Không nhập được do lỗi của hệ thống; không có dữ liệu nào được ghi. Hãy thử lại.',
    messageEn: 'The import failed on our side; nothing was written. Try again.',
  };
}

/** Runs importMembers for the job; the outcome (report, state, error) is written on the job. */
function runImport(ctx: ActorCtx, jobs: ImportJobRegistry, job: ImportJob, dryRun: boolean, log: (e: unknown) => void) {
  const options = job.options!;
  // An import writes while it reads, so it does not know its row count; the clean check before it does.
  const checkedRows = dryRun ? null : (job.report?.rows ?? null);
  jobs.start(job, dryRun ? 'checking' : 'importing', async (signal) => {
    const meter = new ReadMeter();
    job.progress.meter = meter;
    job.progress.phase = 'check';
    try {
      const report = await importMembers(ctx, {
        file: job.upload.file,
        fileName: job.upload.fileName,
        unitCode: options.unit.code,
        dryRun,
        onDuplicate: options.onDuplicate,
        mapping: options.mapping,
        headerRow: job.headerRow,
        meter,
        signal,
        onProgress: ({ phase, rows, total }) => {
          job.progress.phase = phase;
          job.progress.rows = rows;
          job.progress.total = total ?? (phase === 'write' ? checkedRows : null);
        },
      });
      if (signal.aborted) return;
      job.report = report;
      job.progress.rows = report.rows;
      // An import re-checks first: data entered meanwhile (a card number now taken) sends it back to "checked".
      job.checked = { key: optionsKey(options), errorCount: report.errors.length };
      job.state = report.committed ? 'done' : 'checked';
    } catch (error) {
      if (signal.aborted) return;
      if (!(error instanceof AppError)) log(error);
      job.state = 'failed';
      job.error = failure(error);
      job.checked = null;
    }
  });
}

async function chosenOptions(ctx: ActorCtx, job: ImportJob, input: CheckInput): Promise<ImportJobOptions> {
  const unit = await getImportUnit(ctx, input.unit);
  checkMapping(job.headers, input.mapping);
  return { unit: { code: unit.code, name: unit.name }, mapping: input.mapping, onDuplicate: input.onDuplicate };
}

function refuseWhileBusyOrDone(job: ImportJob): void {
  if (job.run) {
    throw conflict(
      'import.user_busy',
      'Tệp này đang được kiểm tra hoặc nhập; hãy đợi xong.',
      'This file is being checked or imported; wait for it to finish.',
    );
  }
  if (job.state === 'done') {
    throw conflict('import.done', 'Tệp này đã được nhập xong.', 'This file has already been imported.');
  }
}

/** Starts the dry run of every row with the chosen unit, mapping and choice for duplicates. */
export async function startImportCheck(
  ctx: ActorCtx,
  jobs: ImportJobRegistry,
  id: string,
  input: CheckInput,
  log: (error: unknown) => void,
): Promise<ImportJobDto> {
  const job = jobs.get(id, ctx.actor.userId);
  refuseWhileBusyOrDone(job);
  const options = await chosenOptions(ctx, job, input);
  job.options = options;
  job.report = null;
  job.checked = null;
  runImport(ctx, jobs, job, true, log);
  return importJobDto(job);
}

/** Starts the import proper: only after a check with the same choices found no error and some rows. */
export async function startImportCommit(
  ctx: ActorCtx,
  jobs: ImportJobRegistry,
  id: string,
  input: CheckInput | undefined,
  log: (error: unknown) => void,
): Promise<ImportJobDto> {
  const job = jobs.get(id, ctx.actor.userId);
  refuseWhileBusyOrDone(job);
  const options = job.options;
  const asked = input ? await chosenOptions(ctx, job, input) : options;
  const clean =
    job.state === 'checked' &&
    options &&
    asked &&
    job.checked?.key === optionsKey(options) &&
    optionsKey(asked) === optionsKey(options) &&
    job.checked.errorCount === 0;
  if (!clean) {
    throw conflict(
      'import.not_checked',
      'Chỉ nhập được sau khi kiểm tra với đúng các lựa chọn này không thấy lỗi nào.',
      'Import only after a check with these same choices found no error.',
    );
  }
  if (!job.report?.rows) {
    throw conflict('import.no_rows', 'Tệp không có dòng dữ liệu nào để nhập.', 'The file has no rows to import.');
  }
  await getImportUnit(ctx, options.unit.code);
  runImport(ctx, jobs, job, false, log);
  return importJobDto(job);
}

/** Percent of the phase: the check by the bytes of the file read, the write by rows written. */
function percentOf(job: ImportJob): number {
  if (job.state === 'checked' || job.state === 'done') return 100;
  const { rows, total, meter } = job.progress;
  if (total) return Math.min(100, (rows / total) * 100);
  if (meter) return meter.fraction * 100;
  return 0;
}

export function importJobDto(job: ImportJob): ImportJobDto {
  return {
    id: job.id,
    fileName: job.upload.fileName,
    byteSize: job.upload.byteSize,
    state: job.state,
    options: job.options,
    progress: {
      phase: job.progress.phase,
      rows: job.progress.rows,
      percent: Math.round(percentOf(job) * 10) / 10,
    },
    report: job.report ? reportDto(job.report) : null,
    error: job.error,
  };
}

export function getImportJob(ctx: ActorCtx, jobs: ImportJobRegistry, id: string): ImportJobDto {
  return importJobDto(jobs.get(id, ctx.actor.userId));
}

/** Every row error of the last check as .xlsx (row, column, reason in Vietnamese and English). */
export function importErrorReport(ctx: ActorCtx, jobs: ImportJobRegistry, id: string): Readable {
  const job = jobs.get(id, ctx.actor.userId);
  if (!job.report) {
    throw conflict('import.not_checked', 'Tệp chưa được kiểm tra xong.', 'The file has not been checked yet.');
  }
  return errorReport(job.report.errors);
}

/** Stops what runs (an import rolls back) and removes the file. */
export async function discardImportJob(ctx: ActorCtx, jobs: ImportJobRegistry, id: string): Promise<void> {
  await jobs.discard(jobs.get(id, ctx.actor.userId));
}
