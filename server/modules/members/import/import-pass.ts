// One pass over the file inside the import's transaction. Rows are read and checked in JS (values, and keys
// used twice in the file) and gathered in slices; each slice is COPYed into the staging table, checked in
// SQL (people on record, card numbers held by others) and, in an import and while no row so far has an
// error, written. PostgreSQL works on one slice while the next is read, so reading and writing overlap.
import type { Tx } from '../../../db/write.ts';
import { cardsHeldByOthers, createNameKeys, matchSlice, needsNameMatch, type Slice } from './import-checks.ts';
import { fieldHeaders, type ImportField } from './import-columns.ts';
import type { ImportReport } from './import-report.ts';
import { personReader, type ReadRow, type RowError } from './import-row.ts';
import { detach } from './import-text.ts';
import type { Sheet } from './import-sheet.ts';
import { copySlice, createStaging, stagingLine } from './import-staging.ts';
import { peopleSequence, writeSlice } from './import-write.ts';

/** The first slice is small, so progress shows and a cancel takes effect early; each next one doubles up to the last. */
const FIRST_SLICE = 1000;
const LARGEST_SLICE = 16_000;
/** Rows between two progress reports of the reading. */
const PROGRESS_EVERY = 1000;

export type PassOptions = {
  sheet: Sheet;
  columns: (ImportField | null)[];
  report: ImportReport;
  today: string;
  maxRows: number;
  tooManyRows: () => Error;
  /** Write the rows (an import), updating or skipping the people on record; null in a dry run. */
  write: { unitId: number; update: boolean } | null;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: { phase: 'check' | 'write'; rows: number; total: number | null }) => void) | undefined;
};

type StagedSlice = Slice & { lines: Buffer };

/**
 * The staging lines of a slice, encoded as they come into memory outside the JS heap: kept as strings until
 * the slice is sent, a million rows' lines would outlive the young generation and fill the old one.
 */
class LineBuffer {
  #bytes = Buffer.allocUnsafe(1024 * 1024);
  #length = 0;

  add(line: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.#length + line.length * 3 > this.#bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.#bytes.length * 2, this.#length + line.length * 3));
      this.#bytes.copy(grown, 0, 0, this.#length);
      this.#bytes = grown;
    }
    this.#length += this.#bytes.write(line, this.#length);
  }

  /** The lines so far; the buffer starts afresh (the slice may still be in the database when the next fills). */
  take(): Buffer {
    const lines = this.#bytes.subarray(0, this.#length);
    this.#bytes = Buffer.allocUnsafe(this.#bytes.length);
    this.#length = 0;
    return lines;
  }
}

/**
 * Finds the citizen IDs and card numbers used twice in the file, naming the first row that has each: every
 * row counts, those with other errors too. Kept in JS so a slice is known clean before it is written.
 */
function duplicateFinder() {
  const first = { citizenId: new Map<string, number>(), cardNumber: new Map<string, number>() };
  const labels = { citizenId: 'Số CCCD', cardNumber: 'Số thẻ' } as const;
  return (rowNumber: number, keys: ReadRow['keys'], errors: RowError[]) => {
    for (const field of ['citizenId', 'cardNumber'] as const) {
      const key = keys[field];
      if (!key) continue;
      const earlier = first[field].get(key);
      if (earlier === undefined) first[field].set(detach(key), rowNumber);
      else
        errors.push({
          row: rowNumber,
          column: fieldHeaders[field],
          field,
          message: `${labels[field]} ${key} trùng với dòng ${earlier}.`,
          messageEn: `Duplicate of row ${earlier}.`,
        });
    }
  };
}

/** Reads and checks the rows, handing them out as slices of staging lines. */
async function* readSlices(options: PassOptions, writing: () => boolean): AsyncGenerator<StagedSlice> {
  const { report, signal } = options;
  const read = personReader(options.columns, options.today);
  const findDuplicates = duplicateFinder();
  const lines = new LineBuffer();
  let from = 0;
  let size = FIRST_SLICE;
  for await (const row of options.sheet.rows) {
    signal?.throwIfAborted();
    const ord = ++report.rows;
    if (ord > options.maxRows) throw options.tooManyRows();
    const { person, errors, keys } = read(row.rowNumber, row.cells);
    for (const error of errors) report.errors.push(error);
    findDuplicates(row.rowNumber, keys, report.errors);
    if (person) lines.add(stagingLine(ord, row.rowNumber, person, options.today));
    if (ord % PROGRESS_EVERY === 0 && !writing()) options.onProgress?.({ phase: 'check', rows: ord, total: null });
    if (ord - from === size) {
      yield { from, to: ord, lines: lines.take() };
      from = ord;
      size = Math.min(LARGEST_SLICE, size * 2);
    }
  }
  if (report.rows > from) yield { from, to: report.rows, lines: lines.take() };
}

/** Runs the pass; returns how many people it created (0 in a dry run or once a row error is found). */
export async function runImportPass(tx: Tx, options: PassOptions): Promise<{ created: number }> {
  const { report, write } = options;
  await createStaging(tx);
  const sequence = write ? await peopleSequence(tx) : '';
  let written = 0;
  let created = 0;
  let nameMatch: 'people' | 'keys' = 'people';

  async function checkAndWrite(slice: StagedSlice): Promise<void> {
    if (slice.lines.length) await copySlice(tx, slice.lines);
    let name: 'none' | 'people' | 'keys' = 'none';
    if (await needsNameMatch(tx, slice)) {
      // The first slice matches names on the people table itself (a small file stops there); a longer file
      // copies their name keys once rather than scanning the table again for every slice.
      if (nameMatch === 'people' && slice.from > 0) {
        await createNameKeys(tx);
        nameMatch = 'keys';
      }
      name = nameMatch;
    }
    report.matched += await matchSlice(tx, slice, { name });
    for (const error of await cardsHeldByOthers(tx, slice)) report.errors.push(error);
    // A row error anywhere means nothing will be written: stop writing, keep checking.
    if (!write || report.errors.length > 0) return;
    options.signal?.throwIfAborted();
    created += await writeSlice(tx, { unitId: write.unitId, sequence, slice, update: write.update });
    written = slice.to;
    options.onProgress?.({ phase: 'write', rows: written, total: null });
  }

  // One slice in the database at a time, the next read meanwhile.
  let inFlight: Promise<void> = Promise.resolve();
  try {
    for await (const slice of readSlices(options, () => written > 0)) {
      await inFlight;
      options.signal?.throwIfAborted();
      inFlight = checkAndWrite(slice);
      // Awaited before the next slice or in `finally`; until then its failure must not count as unhandled.
      inFlight.catch(() => undefined);
    }
    await inFlight;
  } finally {
    // The transaction's connection must be idle before it rolls back.
    await inFlight.catch(() => undefined);
  }
  return { created };
}
