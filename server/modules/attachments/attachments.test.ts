import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { MAX_ATTACHMENT_BYTES } from './attachments.service.ts';

let t: TestContext;
let hanoi: Agent;
let bachMai: Agent;
let sector: Agent;

beforeAll(async () => {
  t = await createTestContext();
  [hanoi, bachMai, sector] = await Promise.all([
    t.login(accounts.hanoiOfficer),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.sectorAdmin),
  ]);
});
afterAll(() => t.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function multipart(filename: string, content: Buffer) {
  const boundary = '----congdoan-evidence';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (agent: Agent, filename: string, content: Buffer) =>
  agent.request({ method: 'POST', url: '/api/v1/attachments', ...multipart(filename, content) });

describe('POST /api/v1/attachments', () => {
  it('stores a file with its SHA-256 and gives it back to the uploader only', async () => {
    const response = await upload(hanoi, 'Biên bản tuyên truyền.pdf', PDF);
    expect(response.statusCode, response.body).toBe(201);
    const file = response.json();
    expect(file).toMatchObject({
      fileName: 'Biên bản tuyên truyền.pdf',
      mimeType: 'application/pdf',
      byteSize: PDF.length,
    });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const back = await hanoi.get(`/api/v1/attachments/${file.id}`);
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(PDF)).toBe(true);
    expect(back.headers['content-disposition']).toBe(
      `attachment; filename="Bien ban tuyen truyen.pdf"; filename*=UTF-8''${encodeURIComponent('Biên bản tuyên truyền.pdf')}`,
    );
    expect(back.headers['x-content-type-options']).toBe('nosniff');
    expect((await bachMai.get(`/api/v1/attachments/${file.id}`)).statusCode).toBe(404);
  });

  it('refuses a renamed file, a kind that is not evidence, an empty file and one over the limit', async () => {
    const renamed = await upload(hanoi, 'bao-cao.pdf', Buffer.from('MZ\x90\x00 this is a program'));
    expect([renamed.statusCode, renamed.json().error.code]).toEqual([415, 'attachments.type_mismatch']);
    const program = await upload(hanoi, 'setup.exe', Buffer.from('MZ\x90\x00'));
    expect([program.statusCode, program.json().error.code]).toEqual([415, 'attachments.type_not_allowed']);
    const empty = await upload(hanoi, 'trong.txt', Buffer.alloc(0));
    expect([empty.statusCode, empty.json().error.code]).toEqual([400, 'attachments.empty']);
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    const tooLarge = await upload(hanoi, 'lon.pdf', big);
    expect([tooLarge.statusCode, tooLarge.json().error.code]).toEqual([413, 'attachments.too_large']);
    const notMultipart = await hanoi.post('/api/v1/attachments', { file: 'x' });
    expect(notMultipart.statusCode).toBe(415);
  });
});

describe('evidence of a reported figure', () => {
  it('is attached to the report by its uploader and read by anyone who may read the target', async () => {
    const hanoiAchievement = (
      await hanoi.get('/api/v1/targets/achievement?unit=CDYT-HN&from=2026-01-01&to=2026-12-31')
    ).json();
    const tet = hanoiAchievement.rows.find(
      (row: { indicator: { code: string | null } }) => row.indicator.code === null,
    );
    const targetId = tet.own.target.id as number;

    // A file somebody else uploaded cannot be linked, so it cannot be read through the target either.
    const foreign = (await upload(bachMai, 'khac.pdf', PDF)).json();
    const stolen = await hanoi.post(`/api/v1/targets/${targetId}/report`, {
      reportedValue: 530,
      evidenceAttachmentId: foreign.id,
    });
    expect([stolen.statusCode, stolen.json().error.details[0].field]).toEqual([400, 'body.evidenceAttachmentId']);

    const file = (await upload(hanoi, 'Danh sách nhận quà Tết.pdf', PDF)).json();
    const reported = await hanoi.post(`/api/v1/targets/${targetId}/report`, {
      reportedValue: 530,
      evidenceAttachmentId: file.id,
    });
    expect(reported.statusCode, reported.body).toBe(200);
    expect(reported.json()).toMatchObject({
      reportedValue: 530,
      evidenceFile: { id: file.id, fileName: 'Danh sách nhận quà Tết.pdf' },
      // The text evidence of the earlier report stays.
      evidence: expect.stringContaining('520 đoàn viên'),
    });

    const national = await sector.get(`/api/v1/targets/${targetId}/evidence`);
    expect(national.statusCode).toBe(200);
    expect(national.rawPayload.equals(PDF)).toBe(true);
    expect((await bachMai.get(`/api/v1/targets/${targetId}/evidence`)).statusCode).toBe(404);

    // Removing the file and the text leaves no evidence: refused.
    const bare = await hanoi.post(`/api/v1/targets/${targetId}/report`, {
      reportedValue: 530,
      evidence: null,
      evidenceAttachmentId: null,
    });
    expect([bare.statusCode, bare.json().error.code]).toEqual([400, 'targets.evidence_required']);
  });
});
