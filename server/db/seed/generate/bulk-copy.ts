// COPY … FROM STDIN inside a Drizzle transaction: the fastest way PostgreSQL takes rows, on the transaction's
// own connection so the rows commit or roll back with everything else.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Tx } from '../../write.ts';

/** The node-postgres connection a Drizzle transaction runs on. */
export function connectionOf(tx: Tx): PoolClient {
  const client = (tx._.session as unknown as { client?: PoolClient }).client;
  if (!client || typeof client.query !== 'function') throw new Error('bulk copy needs a node-postgres transaction');
  return client;
}

const CHUNK = 256 * 1024;

/** Sends the lines (COPY text format) in chunks of about 256 KB; resolves with the number of lines sent. */
export async function copyLines(
  client: PoolClient,
  table: string,
  columns: string,
  lines: Iterable<string>,
  onChunk?: (linesSoFar: number) => void,
): Promise<number> {
  let count = 0;
  function* chunks() {
    let buffer = '';
    for (const text of lines) {
      buffer += text;
      count++;
      if (buffer.length >= CHUNK) {
        yield buffer;
        buffer = '';
        onChunk?.(count);
      }
    }
    if (buffer) yield buffer;
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`)));
  onChunk?.(count);
  return count;
}

/**
 * COPY lines for a table that must wait for another's COPY (one COPY at a time per connection), kept in a
 * temporary file rather than in memory: a million people's histories are a few hundred megabytes.
 */
export function spillFile(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-demo-'));
  const file = path.join(dir, `${name}.copy`);
  const fd = fs.openSync(file, 'w');
  let buffer = '';
  let lines = 0;
  const flush = () => {
    if (buffer) fs.writeSync(fd, buffer);
    buffer = '';
  };
  return {
    add(text: string, count = 1) {
      buffer += text;
      lines += count;
      if (buffer.length >= CHUNK * 4) flush();
    },
    /** Sends the file to COPY; `onProgress` gets the share of lines sent so far. */
    async copyTo(
      client: PoolClient,
      table: string,
      columns: string,
      onProgress?: (lines: number, total: number) => void,
    ) {
      flush();
      fs.closeSync(fd);
      const size = fs.statSync(file).size;
      let sent = 0;
      const input = fs.createReadStream(file, { highWaterMark: CHUNK });
      input.on('data', (chunk) => {
        sent += chunk.length;
        onProgress?.(Math.round((lines * sent) / Math.max(1, size)), lines);
      });
      await pipeline(input, client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`)));
      return lines;
    },
    remove() {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed by copyTo
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
