import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../../test/harness.ts';

let t: TestContext;
let hanoi: Agent;
beforeAll(async () => {
  t = await createTestContext({ CONGDOAN_IMPORT_MAX_BYTES: '16384' });
  hanoi = await t.login(accounts.hanoiOfficer);
});
afterAll(() => t.close());

function multipart(filename: string, content: string | Buffer) {
  const boundary = '----congdoan-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('POST /api/v1/members/import', () => {
  it('checks a file in a dry run and lists the errors by row and column', async () => {
    const body = multipart('danh-sach.csv', 'Họ và tên,Năm sinh\nTrần Thị Mai,1990\nLê Văn,19x0\n');
    const response = await hanoi.request({ method: 'POST', url: '/api/v1/members/import?unit=CDCS-HN-BVTP', ...body });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      rows: 2,
      errorCount: 1,
      committed: false,
      errors: [{ row: 3, column: 'Năm sinh' }],
    });
  });

  it('imports a clean file when dryRun=false, all rows in one go', async () => {
    const body = multipart('ok.csv', 'Họ và tên,Năm sinh\nTrần Thị Mai,1990\nLê Văn Hùng,1985\n');
    const response = await hanoi.request({
      method: 'POST',
      url: '/api/v1/members/import?unit=CDCS-HN-BVTP&dryRun=false',
      ...body,
    });
    expect(response.json()).toMatchObject({ rows: 2, created: 2, committed: true });
    expect((await hanoi.get('/api/v1/members?q=tran thi mai&unit=CDCS-HN-BVTP')).json().total).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('refuses a file over the size limit with nothing written, and needs the CSRF token', async () => {
    const big = multipart('big.csv', `Họ và tên\n${'Nguyễn Văn An\n'.repeat(2000)}`);
    const tooLarge = await hanoi.request({
      method: 'POST',
      url: '/api/v1/members/import?unit=CDCS-HN-BVTP&dryRun=false',
      ...big,
    });
    expect([tooLarge.statusCode, tooLarge.json().error.code]).toEqual([413, 'import.too_large']);
    const forged = await hanoi.request({
      method: 'POST',
      url: '/api/v1/members/import?unit=CDCS-HN-BVTP',
      ...multipart('x.csv', 'Họ và tên\nA B\n'),
      headers: { ...multipart('x.csv', '').headers, 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
  });
});

describe('GET /api/v1/members/import/template', () => {
  it('is an .xlsx whose own example row passes a dry run', async () => {
    const template = await hanoi.get('/api/v1/members/import/template');
    expect(template.statusCode).toBe(200);
    const boundary = '----congdoan-template';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="mau.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      template.rawPayload,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const check = await hanoi.request({
      method: 'POST',
      url: '/api/v1/members/import?unit=CDCS-HN-BVTP',
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(check.json()).toMatchObject({ rows: 1, errorCount: 0 });
    expect(check.json().columns.every((column: { field: string | null }) => column.field !== null)).toBe(true);
  });
});
