// The unpacked bytes of one zip entry, streamed: never more than the size the directory declared (a bomb
// that lies about its size stops there), and checked against its CRC at the end.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { readAt, ZipDirectoryError, type ZipEntry } from './zip-directory.ts';

const LOCAL_HEADER = 0x04034b50;
const READ_CHUNK = 256 * 1024;
/**
 * Unpacked chunks of 16 KB decode to strings of at most 32 KB, which V8 allocates in the young generation;
 * chunks of 64 KB or more would go to the large-object space, where a million rows' worth of discarded XML
 * piles up until a full collection and can double the reader's memory.
 */
const DEFAULT_CHUNK_BYTES = 16 * 1024;

/** Where the entry's packed bytes start: after its local header, whose name and extra lengths may differ. */
function dataStart(file: string, entry: ZipEntry): number {
  const fd = fs.openSync(file, 'r');
  try {
    const header = readAt(fd, entry.offset, 30);
    if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipDirectoryError('unreadable');
    return entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    fs.closeSync(fd);
  }
}

export type EntryOptions = {
  /** Size of the unpacked chunks handed out (zlib's chunkSize); small values only in tests. */
  chunkBytes?: number | undefined;
  /** Called with the number of unpacked bytes after each chunk. */
  onBytes?: ((bytes: number) => void) | undefined;
};

/** The entry's unpacked bytes, chunk by chunk; stopping the iteration early releases the file. */
export async function* readZipEntry(file: string, entry: ZipEntry, options: EntryOptions = {}): AsyncGenerator<Buffer> {
  if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) throw new ZipDirectoryError('unreadable');
  const start = dataStart(file, entry);
  const input = fs.createReadStream(file, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: READ_CHUNK,
  });
  const source =
    entry.method === 8
      ? input.pipe(zlib.createInflateRaw({ chunkSize: Math.max(64, options.chunkBytes ?? DEFAULT_CHUNK_BYTES) }))
      : input;
  // A read error on the file ends the inflater with it, so the loop below sees it.
  if (source !== input) input.on('error', (error) => source.destroy(error));
  let bytes = 0;
  let crc = 0;
  try {
    if (entry.compressedSize === 0) {
      input.destroy();
    } else {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > entry.size) throw new ZipDirectoryError('bomb');
        crc = zlib.crc32(chunk, crc);
        options.onBytes?.(bytes);
        yield chunk;
      }
    }
  } catch (error) {
    if (error instanceof ZipDirectoryError) throw error;
    throw new ZipDirectoryError('unreadable');
  } finally {
    input.destroy();
    if (source !== input) source.destroy();
  }
  if (bytes !== entry.size || crc >>> 0 !== entry.crc32 >>> 0) throw new ZipDirectoryError('unreadable');
}
