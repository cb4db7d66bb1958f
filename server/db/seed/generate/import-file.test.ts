import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanText, toUnicode } from '../../../../shared/text/index.ts';
import { fieldHeaders } from '../../../modules/members/import/import-columns.ts';
import { readRows } from '../../../modules/members/import/read-rows.ts';
import { accounts } from '../../../test/fixtures.ts';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { importRows, writeImportFile } from './import-file.ts';

let t: TestContext;
let dir: string;
const ROWS = 400;
beforeAll(async () => {
  t = await createTestContext();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-import-file-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

async function readAll(file: string) {
  const rows = [];
  for await (const row of readRows(file)) rows.push(row.cells.map((cell) => (cell === null ? '' : cell)));
  return rows;
}

function multipart(filename: string, content: Buffer) {
  const boundary = '----congdoan-demo-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('writeImportFile', () => {
  it('writes the same people to CSV and .xlsx, with NFD and TCVN3 names the reader brings back to Unicode', async () => {
    const expected = [...importRows({ format: 'csv', rows: ROWS, seed: 3 })].map((row) =>
      cleanText(toUnicode(String(row[0]).normalize('NFC'))),
    );
    const raw = [...importRows({ format: 'csv', rows: ROWS, seed: 3 })].map((row) => String(row[0]));
    expect(raw.some((name) => name !== name.normalize('NFC'))).toBe(true);
    expect(raw.some((name) => /[§«µ¸¶ª]/.test(name))).toBe(true);
    for (const format of ['csv', 'xlsx'] as const) {
      const file = path.join(dir, `list.${format}`);
      await writeImportFile({ file, format, rows: ROWS, seed: 3 });
      const [headers, ...rows] = await readAll(file);
      expect(headers).toContain(fieldHeaders.fullName);
      expect(headers).toContain(fieldHeaders.cardNumber);
      expect(rows).toHaveLength(ROWS);
      const names = rows.map((row) => cleanText(String(row[0])));
      expect([format, names]).toEqual([format, expected]);
      expect(names.every((name) => name === name.normalize('NFC') && !/[§«µ]/.test(name))).toBe(true);
    }
  });

  it('makes files the import accepts without a single row error', async () => {
    const agent = await t.login(accounts.hanoiOfficer);
    for (const format of ['csv', 'xlsx'] as const) {
      const file = path.join(dir, `import.${format}`);
      await writeImportFile({ file, format, rows: ROWS, seed: 11 });
      const response = await agent.request({
        method: 'POST',
        url: '/api/v1/members/import?unit=CDCS-HN-BVTP&dryRun=true',
        ...multipart(`danh-sach.${format}`, fs.readFileSync(file)),
      });
      expect(response.statusCode, response.body).toBe(200);
      expect([format, response.json()]).toMatchObject([format, { rows: ROWS, errorCount: 0 }]);
    }
  });
});
