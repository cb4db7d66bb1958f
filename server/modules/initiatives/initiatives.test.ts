import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let sector: Agent;
let hanoi: Agent;
let bachMai: Agent;
let emulation: Agent;
let council: Agent;
let member: Agent;
const ids: Record<string, number> = {};
const peopleOf: Record<string, number[]> = {};

/** Current members of a unit's subtree, by id, as the officer of the unit sees them. */
async function membersOf(agent: Agent, unit: string): Promise<number[]> {
  const response = await agent.get(`/api/v1/members?unit=${unit}&pageSize=20`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items.map((item: { id: number }) => item.id);
}

beforeAll(async () => {
  t = await createTestContext();
  [sector, hanoi, bachMai, emulation, council, member] = await Promise.all([
    t.login(accounts.sectorAdmin),
    t.login(accounts.hanoiOfficer),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.emulationOfficer),
    t.login(accounts.councilMember),
    t.login(accounts.member),
  ]);
  for (const code of ['CDYT-HN', 'CDCS-HN-CDC', 'CDCS-HN-BVTP', 'CDCS-BVBM', 'CDCS-HCM-BVCR']) {
    ids[code] = await t.unitId(code).catch(() => 0);
  }
  peopleOf.cdc = await membersOf(hanoi, 'CDCS-HN-CDC');
  peopleOf.bvbm = await membersOf(bachMai, 'CDCS-BVBM');
});
afterAll(() => t.close());

const body = (overrides: Record<string, unknown> = {}) => ({
  kind: 'initiative',
  title: 'Ứng dụng phần mềm nhắc lịch tiêm chủng qua tin nhắn',
  field: 'Y tế dự phòng',
  unitId: ids['CDCS-HN-CDC'],
  submittedOn: '2025-03-01',
  benefitVnd: 12_500_000,
  appliedAt: 'Trung tâm Kiểm soát bệnh tật Hà Nội',
  authors: [
    { personId: peopleOf.cdc![0], sharePercent: 60 },
    { personId: peopleOf.cdc![1], sharePercent: 40 },
  ],
  ...overrides,
});

async function create(agent: Agent, overrides: Record<string, unknown> = {}) {
  const response = await agent.post('/api/v1/initiatives', body(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number; status: string; abilities: Record<string, boolean> };
}

const recognise = (agent: Agent, id: number, overrides: Record<string, unknown> = {}) =>
  agent.post(`/api/v1/initiatives/${id}/recognise`, {
    recognitionLevel: 'grassroots',
    decisionNo: '45/QĐ-CDC',
    decisionDate: '2025-11-15',
    ...overrides,
  });

async function auditActions(id: number) {
  const rows = await t.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'initiative'), eq(auditLog.entityId, String(id))))
    .orderBy(auditLog.id);
  return rows.map((row) => row.action);
}

describe('POST /api/v1/initiatives', () => {
  it('registers a record with its authors in order, waiting for recognition, audited', async () => {
    const created = await create(hanoi);
    const read = (await hanoi.get(`/api/v1/initiatives/${created.id}`)).json();
    expect(read).toMatchObject({
      status: 'submitted',
      recognitionLevel: null,
      benefitVnd: 12_500_000,
      unit: { code: 'CDCS-HN-CDC' },
      authors: [
        { personId: peopleOf.cdc![0], sharePercent: 60 },
        { personId: peopleOf.cdc![1], sharePercent: 40 },
      ],
      abilities: { update: true, delete: true, recognise: true, reject: true, reopen: false },
    });
    expect(await auditActions(created.id)).toEqual(['initiative.create']);
  });

  it('refuses shares that do not sum to exactly 100, naming the total in Vietnamese', async () => {
    const response = await hanoi.post(
      '/api/v1/initiatives',
      body({
        authors: [
          { personId: peopleOf.cdc![0], sharePercent: 60 },
          { personId: peopleOf.cdc![1], sharePercent: 30 },
        ],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'initiatives.invalid_authors',
      message: 'Tổng tỷ lệ đóng góp của các tác giả phải bằng đúng 100%, hiện là 90%.',
      details: [expect.objectContaining({ field: 'body.authors' })],
    });
    const over = await hanoi.post(
      '/api/v1/initiatives',
      body({
        authors: [
          { personId: peopleOf.cdc![0], sharePercent: 60.5 },
          { personId: peopleOf.cdc![1], sharePercent: 40 },
        ],
      }),
    );
    expect(over.json().error.message).toContain('hiện là 100,5%');
  });

  it('accepts thirds written to the hundredth and refuses a third decimal or the same author twice', async () => {
    const thirds = await hanoi.post(
      '/api/v1/initiatives',
      body({
        authors: [
          { personId: peopleOf.cdc![0], sharePercent: 33.33 },
          { personId: peopleOf.cdc![1], sharePercent: 33.33 },
          { personId: peopleOf.cdc![2], sharePercent: 33.34 },
        ],
      }),
    );
    expect(thirds.statusCode, thirds.body).toBe(201);
    await hanoi.delete(`/api/v1/initiatives/${thirds.json().id}`);
    const precise = await hanoi.post(
      '/api/v1/initiatives',
      body({
        authors: [
          { personId: peopleOf.cdc![0], sharePercent: 33.333 },
          { personId: peopleOf.cdc![1], sharePercent: 66.667 },
        ],
      }),
    );
    expect(precise.statusCode).toBe(400);
    expect(precise.json().error.details[0].field).toBe('body.authors.0.sharePercent');
    const twice = await hanoi.post(
      '/api/v1/initiatives',
      body({
        authors: [
          { personId: peopleOf.cdc![0], sharePercent: 50 },
          { personId: peopleOf.cdc![0], sharePercent: 50 },
        ],
      }),
    );
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details[0]).toMatchObject({
      field: 'body.authors.1.personId',
      message: 'Tác giả thứ 2 đã có trong danh sách.',
    });
  });

  it('refuses an author the officer cannot see, without saying who it is', async () => {
    const response = await bachMai.post(
      '/api/v1/initiatives',
      body({
        unitId: ids['CDCS-BVBM'],
        authors: [
          { personId: peopleOf.bvbm![0], sharePercent: 50 },
          { personId: peopleOf.cdc![0], sharePercent: 50 },
        ],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({ field: 'body.authors.1.personId' });
  });

  it('answers 404 for a unit outside the scope and 403 for a reader without a keeper’s role', async () => {
    const outside = await bachMai.post('/api/v1/initiatives', body());
    expect(outside.statusCode).toBe(404);
    const reader = await council.post('/api/v1/initiatives', body());
    expect(reader.statusCode).toBe(403);
    const plainMember = await member.get('/api/v1/initiatives');
    expect(plainMember.statusCode).toBe(403);
    // The emulation officer keeps the register as the union officers do.
    await create(emulation);
  });
});

describe('status transitions', () => {
  it('recognises with level and decision, then refuses to change or judge it again', async () => {
    const { id } = await create(hanoi);
    const recognised = await recognise(hanoi, id);
    expect(recognised.statusCode, recognised.body).toBe(200);
    expect(recognised.json()).toMatchObject({
      status: 'recognised',
      recognitionLevel: 'grassroots',
      decisionNo: '45/QĐ-CDC',
      decisionDate: '2025-11-15',
      abilities: { update: false, delete: false, recognise: false, reject: false, reopen: false },
    });
    const again = await recognise(hanoi, id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'initiatives.invalid_transition',
      message: 'Không thể công nhận khi hồ sơ đang ở trạng thái “Đã công nhận”.',
    });
    expect((await hanoi.post(`/api/v1/initiatives/${id}/reject`, { reason: 'Trùng' })).statusCode).toBe(409);
    expect((await hanoi.patch(`/api/v1/initiatives/${id}`, body())).statusCode).toBe(409);
    expect((await hanoi.delete(`/api/v1/initiatives/${id}`)).statusCode).toBe(409);
    expect(await auditActions(id)).toEqual(['initiative.create', 'initiative.recognise']);
  });

  it('rejects with a reason, reopens, corrects and recognises; each step audited', async () => {
    const { id } = await create(hanoi);
    expect((await hanoi.post(`/api/v1/initiatives/${id}/reopen`)).statusCode).toBe(409);
    const rejected = await hanoi.post(`/api/v1/initiatives/${id}/reject`, { reason: 'Chưa có minh chứng áp dụng.' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectionReason: 'Chưa có minh chứng áp dụng.' });
    expect((await recognise(hanoi, id)).statusCode).toBe(409);
    const reopened = await hanoi.post(`/api/v1/initiatives/${id}/reopen`);
    expect(reopened.json()).toMatchObject({ status: 'submitted', rejectionReason: null });
    const corrected = await hanoi.patch(`/api/v1/initiatives/${id}`, body({ title: 'Nhắc lịch tiêm chủng (bản sửa)' }));
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().title).toBe('Nhắc lịch tiêm chủng (bản sửa)');
    const early = await recognise(hanoi, id, { decisionDate: '2025-01-01' });
    expect(early.statusCode).toBe(400);
    expect((await recognise(hanoi, id)).statusCode).toBe(200);
    expect(await auditActions(id)).toEqual([
      'initiative.create',
      'initiative.reject',
      'initiative.reopen',
      'initiative.update',
      'initiative.recognise',
    ]);
  });

  it('lets only keepers of the record’s unit take a step: 404 outside, 403 for a reader', async () => {
    const { id } = await create(hanoi);
    expect((await recognise(bachMai, id)).statusCode).toBe(404);
    expect((await bachMai.get(`/api/v1/initiatives/${id}`)).statusCode).toBe(404);
    expect((await recognise(council, id)).statusCode).toBe(403);
    const read = (await council.get(`/api/v1/initiatives/${id}`)).json();
    expect(read.abilities).toEqual({ update: false, delete: false, recognise: false, reject: false, reopen: false });
  });
});

describe('GET /api/v1/initiatives', () => {
  it('keeps to the scope and filters by kind, status, year, subtree and accent-free words', async () => {
    const own = (await bachMai.get('/api/v1/initiatives?pageSize=100')).json();
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((item: { unit: { code: string } }) => item.unit.code === 'CDCS-BVBM')).toBe(true);
    const found = (await bachMai.get(`/api/v1/initiatives?q=${encodeURIComponent('phieu hen dien tu')}`)).json();
    expect(found.items.map((item: { title: string }) => item.title)).toEqual([
      'Cải tiến quy trình tiếp đón người bệnh tại Khoa Khám bệnh bằng phiếu hẹn điện tử',
    ]);
    const research = (await sector.get('/api/v1/initiatives?kind=research&status=recognised&year=2025')).json();
    expect(research.items.map((item: { title: string }) => item.title)).toContain(
      'Đánh giá hiệu quả chăm sóc người bệnh sau phẫu thuật tim hở',
    );
    expect(research.items.every((item: { kind: string }) => item.kind === 'research')).toBe(true);
    const hanoiOnly = (await sector.get('/api/v1/initiatives?unit=CDYT-HN&pageSize=100')).json();
    expect(hanoiOnly.items.some((item: { unit: { code: string } }) => item.unit.code === 'CDCS-BVBM')).toBe(false);
    expect((await bachMai.get('/api/v1/initiatives?unit=CDYT-HN')).statusCode).toBe(404);
  });
});

describe('GET /api/v1/initiatives/stats', () => {
  it('counts recognised records of a subtree by decision year, with benefit totals, as the articles write them', async () => {
    const unit = 'CDCS-HN-BVXP';
    const bvxp = await t.unitId(unit);
    const authors = (await membersOf(hanoi, unit)).slice(0, 2);
    const make = async (kind: string, benefitVnd: number | null, decisionDate: string | null, level = 'grassroots') => {
      const created = await create(hanoi, {
        kind,
        unitId: bvxp,
        benefitVnd,
        submittedOn: '2024-12-01',
        authors: [
          { personId: authors[0], sharePercent: 50 },
          { personId: authors[1], sharePercent: 50 },
        ],
      });
      if (decisionDate) {
        const response = await recognise(hanoi, created.id, { decisionDate, recognitionLevel: level });
        expect(response.statusCode, response.body).toBe(200);
      }
    };
    await make('initiative', 12_500_000, '2025-03-01');
    await make('initiative', 2_000_000, '2025-06-01', 'ministry_province');
    await make('initiative', 1_000_000, '2024-12-20'); // before the period
    await make('work_product', 7_500_000, '2025-09-09', 'national');
    await make('research', null, '2025-12-31');
    await make('research', 9_000_000, null); // still waiting
    const stats = (await hanoi.get(`/api/v1/initiatives/stats?unit=${unit}&fromYear=2025&toYear=2025`)).json();
    expect(stats).toMatchObject({
      recognised: 4,
      benefitVnd: 22_000_000,
      submitted: 0,
      byKind: [
        { kind: 'initiative', count: 2, benefitVnd: 14_500_000 },
        { kind: 'work_product', count: 1, benefitVnd: 7_500_000 },
        { kind: 'research', count: 1, benefitVnd: 0 },
      ],
      byLevel: [
        { level: 'grassroots', count: 2 },
        { level: 'ministry_province', count: 1 },
        { level: 'national', count: 1 },
      ],
      sentenceVi: '2 sáng kiến cải tiến kỹ thuật, 1 công trình sản phẩm, 1 đề tài',
    });
    const twoYears = (await hanoi.get(`/api/v1/initiatives/stats?unit=${unit}&fromYear=2024&toYear=2025`)).json();
    expect(twoYears).toMatchObject({ recognised: 5, benefitVnd: 23_000_000, submitted: 1 });
    // The province adds up its hospitals: here, the records above, those of the tests before, and the demo
    // Thanh Nhàn initiative of 2025 (45.000.000 đ).
    const statsOf = async (code: string) =>
      (await hanoi.get(`/api/v1/initiatives/stats?unit=${code}&fromYear=2025&toYear=2025`)).json();
    const [province, cdc, bvtp] = await Promise.all([
      statsOf('CDYT-HN'),
      statsOf('CDCS-HN-CDC'),
      statsOf('CDCS-HN-BVTP'),
    ]);
    expect(bvtp).toMatchObject({ recognised: 1, benefitVnd: 45_000_000 });
    expect(province.recognised).toBe(stats.recognised + cdc.recognised + bvtp.recognised);
    expect(province.benefitVnd).toBe(stats.benefitVnd + cdc.benefitVnd + bvtp.benefitVnd);
    expect((await bachMai.get(`/api/v1/initiatives/stats?unit=${unit}&fromYear=2025&toYear=2025`)).statusCode).toBe(
      404,
    );
  });
});

describe('attachments', () => {
  it('links the uploader’s files and serves them to readers of the record', async () => {
    const boundary = '----initiative-file';
    const upload = await hanoi.request({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Thuyết minh sáng kiến.txt"\r\nContent-Type: text/plain\r\n\r\n`,
        ),
        Buffer.from('Thuyết minh sáng kiến nhắc lịch tiêm chủng.'),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const fileId = upload.json().id;
    expect(
      (await bachMai.post('/api/v1/initiatives', body({ unitId: ids['CDCS-BVBM'], attachmentIds: [fileId] })))
        .statusCode,
    ).toBe(400);
    const created = await create(hanoi, { attachmentIds: [fileId] });
    const read = (await sector.get(`/api/v1/initiatives/${created.id}`)).json();
    expect(read.files).toEqual([expect.objectContaining({ id: fileId, fileName: 'Thuyết minh sáng kiến.txt' })]);
    const file = await sector.get(`/api/v1/initiatives/${created.id}/files/${fileId}`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('Thuyết minh sáng kiến nhắc lịch tiêm chủng.');
    expect((await bachMai.get(`/api/v1/initiatives/${created.id}/files/${fileId}`)).statusCode).toBe(404);
  });
});
