import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, criterionScoreChanges, criterionScores, movements } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { insertTestMovement, selfBody, type TestMovement } from './scoring-test-data.ts';

let t: TestContext;
let hanoi: Agent;
let bachMai: Agent;
let member: Agent;
let outsider: Agent;
let m: TestMovement;

const sheetUrl = (unit: string, movement = m) =>
  `/api/v1/scoring/movements/${movement.id}/units/${movement.units[unit]}`;
const put = (agent: Agent, url: string, payload: unknown) =>
  agent.request({ method: 'PUT', url, payload: payload as Record<string, unknown> });

async function auditActions(sheetId: number) {
  const rows = await t.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'score_sheet'), eq(auditLog.entityId, String(sheetId))))
    .orderBy(auditLog.id);
  return rows.map((row) => row.action);
}

beforeAll(async () => {
  t = await createTestContext();
  const sectorAdmin = await t.login(accounts.sectorAdmin);
  [hanoi, bachMai, member] = await Promise.all([
    t.login(accounts.hanoiOfficer),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.member),
  ]);
  const created = await sectorAdmin.post('/api/v1/users', {
    username: 'canbo.hcm',
    displayName: 'Ngô Thị Lan',
    password: 'mat-khau-tam-thoi',
    grants: [{ role: 'union_officer', unitId: await t.unitId('CDYT-HCM') }],
  });
  expect(created.statusCode, created.body).toBe(201);
  outsider = await t.login({ username: 'canbo.hcm', password: 'mat-khau-tam-thoi' });
  m = await insertTestMovement(t);
});
afterAll(() => t.close());

describe('self-assessment', () => {
  it('lists the movement for the unit with its sheet not started, and for the launching unit as reviewer', async () => {
    const mine = (await bachMai.get('/api/v1/scoring/movements'))
      .json()
      .items.find((x: { id: number }) => x.id === m.id);
    expect(mine).toMatchObject({
      reviewer: false,
      unitCount: 4,
      mySheets: [{ unit: { code: 'CDCS-BVBM' }, status: 'not_started', selfTotal: null }],
    });
    const reviewing = (await hanoi.get('/api/v1/scoring/movements'))
      .json()
      .items.find((x: { id: number }) => x.id === m.id);
    expect(reviewing).toMatchObject({ reviewer: true, mySheets: [] });
    const board = (await bachMai.get(`/api/v1/scoring/movements/${m.id}`)).json();
    expect(board.sheets.map((s: { unit: { code: string } }) => s.unit.code)).toEqual(['CDCS-BVBM']);
    expect((await outsider.get(`/api/v1/scoring/movements/${m.id}`)).statusCode).toBe(404);
  });

  it('saves a draft with group sums and the total, audited', async () => {
    const response = await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, {
      scores: [
        { criterionId: m.criteria['1.1'], points: 9.5, note: 'Kết nạp 24/20 đoàn viên mới' },
        { criterionId: m.criteria['1.2'], points: 18 },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const sheet = response.json();
    expect(sheet).toMatchObject({
      status: 'draft',
      selfTotal: 27.5,
      maxTotal: 100,
      finalTotal: null,
      abilities: { selfAssess: true, submit: true, review: false, markReviewed: false, reopen: false },
    });
    const rows = Object.fromEntries(sheet.rows.map((row: { number: string }) => [row.number, row]));
    expect(rows['1']).toMatchObject({ isGroup: true, selfPoints: 27.5, maxPoints: 30 });
    expect(rows['1.1']).toMatchObject({ selfPoints: 9.5, selfNote: 'Kết nạp 24/20 đoàn viên mới', changes: [] });
    expect(rows['2']).toMatchObject({ isGroup: true, selfPoints: 0 });
    expect(rows['3']).toMatchObject({ isGroup: false, selfPoints: null, maxPoints: 20 });
    expect(await auditActions(sheet.sheetId)).toEqual(['score.self_assess']);
  });

  it('refuses points over the maximum, negative or with three decimals, naming the criterion', async () => {
    const over = await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, {
      scores: [{ criterionId: m.criteria['1.1'], points: 10.5, reason: 'x' }],
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error).toMatchObject({
      code: 'scoring.invalid_scores',
      message: 'Điểm của tiêu chí “1.1. Phát triển đoàn viên mới đạt chỉ tiêu” phải từ 0 đến 10.',
      details: [expect.objectContaining({ field: 'body.scores.0.points' })],
    });
    const negative = await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, {
      scores: [{ criterionId: m.criteria['3'], points: -1 }],
    });
    expect(negative.json().error.message).toBe(
      'Điểm của tiêu chí “3. Tuyên truyền, phong trào thi đua” phải từ 0 đến 20.',
    );
    const decimals = await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, {
      scores: [{ criterionId: m.criteria['3'], points: 12.345 }],
    });
    expect(decimals.json().error.message).toContain('tối đa 2 chữ số thập phân');
    const group = await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, {
      scores: [{ criterionId: m.criteria['2'], points: 10 }],
    });
    expect(group.statusCode).toBe(400);
    expect(group.json().error.details[0].field).toBe('body.scores.0.criterionId');
    const malformed = await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, { scores: [{ points: 1 }] });
    expect(malformed.statusCode).toBe(400);
    const sheet = (await bachMai.get(sheetUrl('CDCS-BVBM'))).json();
    expect(sheet.selfTotal).toBe(27.5);
  });

  it('asks a reason to change points already given, and keeps the change in the history', async () => {
    const without = await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, {
      scores: [{ criterionId: m.criteria['1.2'], points: 16 }],
    });
    expect(without.statusCode).toBe(400);
    expect(without.json().error).toMatchObject({
      code: 'scoring.reason_required',
      message: 'Cần nêu lý do thay đổi điểm tiêu chí “1.2. Cập nhật hồ sơ đoàn viên” (từ 18 thành 16).',
      details: [expect.objectContaining({ field: 'body.scores.0.reason' })],
    });
    const same = await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, {
      scores: [{ criterionId: m.criteria['1.2'], points: 18, note: 'Đã cập nhật 100% hồ sơ' }],
    });
    expect(same.statusCode, 'the same points again are not a change').toBe(200);
    const withReason = await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, {
      scores: [{ criterionId: m.criteria['1.2'], points: 16, reason: 'Còn 12 hồ sơ chưa cập nhật ảnh' }],
    });
    expect(withReason.statusCode, withReason.body).toBe(200);
    const row = withReason.json().rows.find((r: { number: string }) => r.number === '1.2');
    expect(row).toMatchObject({
      selfPoints: 16,
      selfNote: 'Đã cập nhật 100% hồ sơ',
      changes: [
        {
          stage: 'self',
          pointsBefore: 18,
          pointsAfter: 16,
          reason: 'Còn 12 hồ sơ chưa cập nhật ảnh',
          changedBy: 'Lê Đức Đạt',
        },
      ],
    });
  });

  it('attaches evidence the officer uploaded, readable by the reviewer', async () => {
    const boundary = '----score-evidence';
    const upload = await bachMai.request({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Biên bản kết nạp.txt"\r\nContent-Type: text/plain\r\n\r\n`,
        ),
        Buffer.from('Biên bản kết nạp đoàn viên quý III/2025.'),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const fileId = upload.json().id;
    const stolen = await put(hanoi, `${sheetUrl('CDCS-HN-CDC')}/self`, {
      scores: [{ criterionId: m.criteria['1.1'], points: 5, evidenceId: fileId }],
    });
    expect(stolen.statusCode, 'a file uploaded by someone else cannot be linked').toBe(400);
    const saved = await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, {
      scores: [{ criterionId: m.criteria['1.1'], points: 9.5, evidenceId: fileId }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().rows.find((r: { number: string }) => r.number === '1.1').evidence).toMatchObject({
      id: fileId,
      fileName: 'Biên bản kết nạp.txt',
    });
    const file = await hanoi.get(`${sheetUrl('CDCS-BVBM')}/criteria/${m.criteria['1.1']}/evidence`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('Biên bản kết nạp đoàn viên quý III/2025.');
    expect((await outsider.get(`${sheetUrl('CDCS-BVBM')}/criteria/${m.criteria['1.1']}/evidence`)).statusCode).toBe(
      404,
    );
  });

  it('refuses to submit with a criterion not scored, naming it, then submits a complete sheet', async () => {
    const incomplete = await bachMai.post(`${sheetUrl('CDCS-BVBM')}/submit`);
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error).toMatchObject({
      code: 'scoring.incomplete',
      message:
        'Chưa chấm điểm 3 tiêu chí: “2.1. Tổ chức Hội nghị người lao động”, “2.2. Thăm hỏi, hỗ trợ đoàn viên khó khăn”, “3. Tuyên truyền, phong trào thi đua”.',
    });
    await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, {
      scores: [
        { criterionId: m.criteria['2.1'], points: 24 },
        { criterionId: m.criteria['2.2'], points: 22.75 },
        { criterionId: m.criteria['3'], points: 18 },
      ],
    });
    const submitted = await bachMai.post(`${sheetUrl('CDCS-BVBM')}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      submittedBy: 'Lê Đức Đạt',
      selfTotal: 90.25,
      abilities: { selfAssess: false, submit: false },
    });
    const again = await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, {
      scores: [{ criterionId: m.criteria['3'], points: 17, reason: 'Sửa' }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('scoring.already_submitted');
  });

  it('refuses self-assessment and submission after the movement’s deadline', async () => {
    const late = await insertTestMovement(t, { name: 'Phong trào đã quá hạn', deadline: '2025-01-31', cluster: [] });
    const save = await put(bachMai, `${sheetUrl('CDCS-BVBM', late)}/self`, selfBody(late, [10, 20, 25, 25, 20]));
    expect(save.statusCode).toBe(409);
    expect(save.json().error).toMatchObject({
      code: 'scoring.self_deadline_passed',
      message: 'Đã quá hạn tự chấm điểm của phong trào (31/01/2025).',
    });
    expect((await bachMai.post(`${sheetUrl('CDCS-BVBM', late)}/submit`)).statusCode).toBe(409);
    const sheet = (await bachMai.get(sheetUrl('CDCS-BVBM', late))).json();
    expect(sheet).toMatchObject({ status: 'not_started', deadlinePassed: true, abilities: { selfAssess: false } });
  });

  it('keeps other units’ officers and plain members out', async () => {
    expect((await bachMai.get(sheetUrl('CDCS-HN-CDC'))).statusCode).toBe(404);
    expect((await put(bachMai, `${sheetUrl('CDCS-HN-CDC')}/self`, selfBody(m, [1, 1, 1, 1, 1]))).statusCode).toBe(404);
    expect((await outsider.get(sheetUrl('CDCS-BVBM'))).statusCode).toBe(404);
    expect((await member.get(sheetUrl('CDCS-BVBM'))).statusCode).toBe(403);
    expect((await member.get('/api/v1/scoring/movements')).statusCode).toBe(403);
    const notCovered = `/api/v1/scoring/movements/${m.id}/units/${await t.unitId('CDCS-BVCR')}`;
    expect((await hanoi.get(notCovered)).statusCode).toBe(404);
  });
});

describe('review by the level above', () => {
  const reviewUrl = () => `${sheetUrl('CDCS-BVBM')}/review`;

  it('is the launching unit’s: the unit’s own officer gets 403, an officer elsewhere 404', async () => {
    const body = { scores: [{ criterionId: m.criteria['3'], points: 18 }] };
    expect((await put(bachMai, reviewUrl(), body)).statusCode).toBe(403);
    expect((await bachMai.post(`${sheetUrl('CDCS-BVBM')}/mark-reviewed`)).statusCode).toBe(403);
    expect((await put(outsider, reviewUrl(), body)).statusCode).toBe(404);
    const draft = await put(hanoi, `${sheetUrl('CDCS-HN-CDC')}/review`, body);
    expect(draft.statusCode, 'a sheet not submitted is not reviewed').toBe(409);
  });

  it('needs a reason when the reviewed points differ from the unit’s, and keeps who, when, before, after', async () => {
    const confirm = await put(hanoi, reviewUrl(), { scores: [{ criterionId: m.criteria['3'], points: 18 }] });
    expect(confirm.statusCode, 'confirming the unit’s points needs no reason').toBe(200);
    const differ = await put(hanoi, reviewUrl(), { scores: [{ criterionId: m.criteria['2.2'], points: 20 }] });
    expect(differ.statusCode).toBe(400);
    expect(differ.json().error.message).toBe(
      'Cần nêu lý do thay đổi điểm tiêu chí “2.2. Thăm hỏi, hỗ trợ đoàn viên khó khăn” (từ 22,75 thành 20).',
    );
    const reasoned = await put(hanoi, reviewUrl(), {
      scores: [
        {
          criterionId: m.criteria['2.2'],
          points: 20,
          note: 'Thiếu chứng từ 2 trường hợp',
          reason: 'Thiếu chứng từ chi hỗ trợ',
        },
      ],
    });
    expect(reasoned.statusCode, reasoned.body).toBe(200);
    const row = reasoned.json().rows.find((r: { number: string }) => r.number === '2.2');
    expect(row).toMatchObject({
      selfPoints: 22.75,
      reviewedPoints: 20,
      finalPoints: 20,
      reviewNote: 'Thiếu chứng từ 2 trường hợp',
      changes: [{ stage: 'review', pointsBefore: 22.75, pointsAfter: 20, changedBy: 'Trần Thị Thu Hằng' }],
    });
    const changedAgain = await put(hanoi, reviewUrl(), { scores: [{ criterionId: m.criteria['3'], points: 17 }] });
    expect(changedAgain.statusCode, 'a reviewed score changed needs its reason too').toBe(400);
    const history = await t.db
      .select({ stage: criterionScoreChanges.stage })
      .from(criterionScoreChanges)
      .innerJoin(criterionScores, eq(criterionScores.id, criterionScoreChanges.scoreId))
      .where(eq(criterionScores.sheetId, reasoned.json().sheetId));
    expect(history.filter((change) => change.stage === 'review')).toHaveLength(1);
  });

  it('marks the sheet reviewed with the final total, and returns it to the unit with a reason', async () => {
    const reviewed = await hanoi.post(`${sheetUrl('CDCS-BVBM')}/mark-reviewed`);
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    // 9.5 + 16 + 24 + 20 (reviewed) + 18 (confirmed)
    expect(reviewed.json()).toMatchObject({
      status: 'reviewed',
      reviewedBy: 'Trần Thị Thu Hằng',
      selfTotal: 90.25,
      finalTotal: 87.5,
    });
    expect((await hanoi.post(`${sheetUrl('CDCS-BVBM')}/mark-reviewed`)).statusCode).toBe(409);
    const board = (await hanoi.get(`/api/v1/scoring/movements/${m.id}`)).json();
    expect(board.sheets.find((s: { unit: { code: string } }) => s.unit.code === 'CDCS-BVBM')).toMatchObject({
      status: 'reviewed',
      selfTotal: 90.25,
      finalTotal: 87.5,
    });

    expect((await hanoi.post(`${sheetUrl('CDCS-BVBM')}/reopen`, {})).statusCode).toBe(400);
    // Past the deadline, a returned sheet can still be corrected: the reviewer asked for it.
    await t.db.update(movements).set({ selfAssessmentDeadline: '2025-01-31' }).where(eq(movements.id, m.id));
    const reopened = await hanoi.post(`${sheetUrl('CDCS-BVBM')}/reopen`, { reason: 'Bổ sung minh chứng tiêu chí 2.2' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({
      status: 'draft',
      returnReason: 'Bổ sung minh chứng tiêu chí 2.2',
      finalTotal: null,
    });
    const corrected = await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, {
      scores: [{ criterionId: m.criteria['2.2'], points: 21, reason: 'Bổ sung chứng từ, tự chấm lại' }],
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect((await bachMai.post(`${sheetUrl('CDCS-BVBM')}/submit`)).statusCode).toBe(200);
    expect(await auditActions(reopened.json().sheetId)).toEqual([
      'score.self_assess',
      'score.self_assess',
      'score.self_assess',
      'score.self_assess',
      'score.self_assess',
      'score.submit',
      'score.review',
      'score.review',
      'score.review',
      'score.reopen',
      'score.self_assess',
      'score.submit',
    ]);
  });
});
