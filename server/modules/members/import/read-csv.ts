// The rows of a CSV file, read in large chunks of bytes and split into lines without a line reader: each
// line is decoded on its own (UTF-8 when valid, else Windows-1252 bytes, then TCVN3/VNI text converted), so
// one old line pasted into a Unicode file is still read right.
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import { readCp1252 } from '../../../../shared/text/cp1252.ts';
import { toUnicode } from '../../../../shared/text/index.ts';
import { badFile, MAX_COLUMNS, tooManyColumns, type RawRow, type ReadMeter } from './read-rows.ts';

const CHUNK = 1024 * 1024;
/** A line longer than this is not a member's row: refused before it fills memory. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
const NOT_ASCII = /[\u0080-\uffff]/;

function lineTooLong() {
  return badFile(
    'Tệp có một dòng dài hơn 16 MB: đây không phải danh sách đoàn viên.',
    'A line is longer than 16 MB: not a member list.',
  );
}

/** One line's bytes as NFC Unicode, as decodeTextBytes reads a file; ASCII lines are taken as they are. */
function decodeLine(bytes: Buffer): string {
  const text = isUtf8(bytes) ? bytes.toString('utf8') : readCp1252(bytes);
  return NOT_ASCII.test(text) ? toUnicode(text) : text;
}

/** Splits one CSV line (RFC 4180 quotes; a quoted field spanning lines is joined by the caller). */
export function splitCsv(line: string, delimiter: string): { cells: string[]; open: boolean } {
  if (line.indexOf('"') < 0) return { cells: line.split(delimiter), open: false };
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return { cells, open: quoted };
}

/** The lines of the file as byte slices; a line ends at \n, \r\n or a lone \r, as a line reader takes them. */
async function* byteLines(input: AsyncIterable<Buffer>, read: { bytes: number }): AsyncGenerator<Buffer> {
  let rest: Buffer | null = null;
  for await (const chunk of input) {
    const buffer: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    // The buffer starts where the lines taken so far end.
    const base = read.bytes;
    let start = 0;
    let lf = buffer.indexOf(10, start);
    let cr = buffer.indexOf(13, start);
    while (lf >= 0 || cr >= 0) {
      const end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      // A \r last in the chunk may be the first half of \r\n: wait for the next chunk.
      if (end === cr && cr === buffer.length - 1) break;
      yield buffer.subarray(start, end);
      start = end === cr && buffer[cr + 1] === 10 ? cr + 2 : end + 1;
      read.bytes = base + start;
      if (lf >= 0 && lf < start) lf = buffer.indexOf(10, start);
      if (cr >= 0 && cr < start) cr = buffer.indexOf(13, start);
    }
    rest = start < buffer.length ? buffer.subarray(start) : null;
    if (rest && rest.length > MAX_LINE_BYTES) throw lineTooLong();
  }
  if (rest && rest.length) {
    yield rest[rest.length - 1] === 13 ? rest.subarray(0, -1) : rest;
    read.bytes += rest.length;
  }
}

export async function* csvRows(file: string, meter?: ReadMeter): AsyncGenerator<RawRow> {
  const input = fs.createReadStream(file, { highWaterMark: CHUNK });
  const size = Math.max(1, fs.statSync(file).size);
  // The meter follows the lines taken, not the bytes read ahead (a chunk can be most of a small file).
  const read = { bytes: 0 };
  meter?.attach(() => read.bytes / size);
  let rowNumber = 0;
  let pending = '';
  let delimiter = ',';
  try {
    for await (const bytes of byteLines(input, read)) {
      let line = decodeLine(bytes);
      if (rowNumber === 0 && pending === '') {
        line = line.replace(/^\uFEFF/, '');
        // Excel saves CSV with ';' in locales that write decimals with a comma, as Vietnamese does.
        const counts = [',', ';', '\t'].map((candidate) => [candidate, line.split(candidate).length] as const);
        delimiter = counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
      }
      line = pending ? `${pending}\n${line}` : line;
      const { cells, open } = splitCsv(line, delimiter);
      if (open) {
        pending = line;
        if (pending.length > MAX_LINE_BYTES) throw lineTooLong();
        continue;
      }
      pending = '';
      rowNumber++;
      if (cells.length > MAX_COLUMNS) throw tooManyColumns(cells.length);
      yield { rowNumber, cells };
    }
    // A quote never closed: the rest of the file is that one last row, read rather than silently dropped.
    if (pending) {
      rowNumber++;
      const { cells } = splitCsv(pending, delimiter);
      if (cells.length > MAX_COLUMNS) throw tooManyColumns(cells.length);
      yield { rowNumber, cells };
    }
  } finally {
    // A reader stopped early (the preview reads a few rows) must not keep the file open.
    input.destroy();
  }
}
