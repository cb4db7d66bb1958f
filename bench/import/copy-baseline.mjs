// The floor the import is compared with: PostgreSQL's COPY of the same CSV file into a table of text columns,
// no parsing, checking or indexes on our side.
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export async function copyBaseline(url, file, columnCount) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `CREATE TABLE import_copy (${Array.from({ length: columnCount }, (_, i) => `c${i} text`).join(', ')})`,
    );
    const start = process.hrtime.bigint();
    const stream = client.query(copyFrom(`COPY import_copy FROM STDIN (FORMAT csv, HEADER true)`));
    await pipeline(fs.createReadStream(file), stream);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    return { ms, rows: Number(stream.rowCount) };
  } finally {
    await client.end();
  }
}
