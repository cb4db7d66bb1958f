// The table of contents of a zip (an .xlsx), read from its end before any entry is unpacked: it tells a
// zip bomb from a spreadsheet, how large each part is (for progress), and where each part's bytes start.
import fs from 'node:fs';

export type ZipEntry = {
  name: string;
  compressedSize: number;
  size: number;
  /** 0 stored, 8 deflated; anything else is not read. */
  method: number;
  /** Offset of the entry's local header in the file. */
  offset: number;
  crc32: number;
  encrypted: boolean;
};

/** More than this unpacked is not a member list (1,000,000 rows of 13 columns unpack to about 700 MB). */
export const MAX_UNPACKED_BYTES = 4 * 1024 ** 3;
/** Spreadsheet XML packs about 7–12 to 1; a bomb packs hundreds or thousands to 1. */
const MAX_RATIO = 100;
const RATIO_FROM_BYTES = 10 * 1024 ** 2;
const MAX_DIRECTORY_BYTES = 16 * 1024 ** 2;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const FULL = 0xffffffff;

export class ZipDirectoryError extends Error {
  constructor(readonly reason: 'unreadable' | 'bomb') {
    super(reason);
  }
}

export function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  if (read !== length) throw new ZipDirectoryError('unreadable');
  return buffer;
}

function bigToNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipDirectoryError('bomb');
  return Number(value);
}

/** Where the central directory is and how long it is, from the (zip64) end-of-directory record. */
function locateDirectory(fd: number, fileSize: number): { offset: number; length: number } {
  const tailLength = Math.min(fileSize, 22 + 65_535);
  if (tailLength < 22) throw new ZipDirectoryError('unreadable');
  const tail = readAt(fd, fileSize - tailLength, tailLength);
  let at = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipDirectoryError('unreadable');
  let length = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if ((offset === FULL || length === FULL) && at >= 20 && tail.readUInt32LE(at - 20) === ZIP64_LOCATOR) {
    const record = readAt(fd, bigToNumber(tail.readBigUInt64LE(at - 20 + 8)), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipDirectoryError('unreadable');
    length = bigToNumber(record.readBigUInt64LE(40));
    offset = bigToNumber(record.readBigUInt64LE(48));
  }
  if (offset + length > fileSize) throw new ZipDirectoryError('unreadable');
  if (length > MAX_DIRECTORY_BYTES) throw new ZipDirectoryError('bomb');
  return { offset, length };
}

/** Values of 0xFFFFFFFF are in the zip64 extra field (id 1), in the order uncompressed, compressed, offset. */
function zip64Values(extra: Buffer, size: number, compressedSize: number, offset: number) {
  for (let i = 0; i + 4 <= extra.length;) {
    const id = extra.readUInt16LE(i);
    const length = extra.readUInt16LE(i + 2);
    if (id === 1) {
      let at = i + 4;
      const next = () => {
        if (at + 8 > i + 4 + length) throw new ZipDirectoryError('unreadable');
        const value = bigToNumber(extra.readBigUInt64LE(at));
        at += 8;
        return value;
      };
      const realSize = size === FULL ? next() : size;
      const realCompressed = compressedSize === FULL ? next() : compressedSize;
      const realOffset = offset === FULL ? next() : offset;
      return { size: realSize, compressedSize: realCompressed, offset: realOffset };
    }
    i += 4 + length;
  }
  return { size, compressedSize, offset };
}

/** The entries of the zip; throws 'bomb' when they would unpack to far more than a spreadsheet does. */
export function readZipDirectory(file: string): ZipEntry[] {
  const fd = fs.openSync(file, 'r');
  try {
    const fileSize = fs.fstatSync(fd).size;
    const { offset, length } = locateDirectory(fd, fileSize);
    const directory = readAt(fd, offset, length);
    const entries: ZipEntry[] = [];
    let unpacked = 0;
    for (let at = 0; at + 46 <= directory.length;) {
      if (directory.readUInt32LE(at) !== CENTRAL_ENTRY) throw new ZipDirectoryError('unreadable');
      const flags = directory.readUInt16LE(at + 8);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      if (at + 46 + nameLength + extraLength > directory.length) throw new ZipDirectoryError('unreadable');
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength).replace(/\\/g, '/');
      const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      const values = zip64Values(
        extra,
        directory.readUInt32LE(at + 24),
        directory.readUInt32LE(at + 20),
        directory.readUInt32LE(at + 42),
      );
      unpacked += values.size;
      const ratio = values.size / Math.max(1, values.compressedSize);
      if (unpacked > MAX_UNPACKED_BYTES || (values.size > RATIO_FROM_BYTES && ratio > MAX_RATIO))
        throw new ZipDirectoryError('bomb');
      if (values.offset + values.compressedSize > fileSize) throw new ZipDirectoryError('unreadable');
      entries.push({
        name,
        ...values,
        method: directory.readUInt16LE(at + 10),
        crc32: directory.readUInt32LE(at + 16),
        encrypted: (flags & 1) === 1,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    fs.closeSync(fd);
  }
}
