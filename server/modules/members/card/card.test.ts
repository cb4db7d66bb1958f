import { execFileSync } from 'node:child_process';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, memberships, people, units } from '../../../db/schema/index.ts';
import { accounts } from '../../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../../test/harness.ts';

let t: TestContext;
let bachMai: Agent;
let hanoi: Agent;
let emulation: Agent;
let member: Agent;
let hoaId: number;
let hoaCard: string;

/** The text of a PDF as poppler's pdftotext reads it: what a viewer would let you copy. */
function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
}

function pdfInfo(pdf: Buffer): string {
  return execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
}

function pdfPages(pdf: Buffer): number {
  return Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(pdf))?.[1]);
}

async function lastAudit(action: string) {
  const [row] = await t.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

beforeAll(async () => {
  t = await createTestContext();
  [bachMai, hanoi, emulation, member] = await Promise.all([
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.hanoiOfficer),
    t.login(accounts.emulationOfficer),
    t.login(accounts.member),
  ]);
  const own = (await member.get('/api/v1/me/member')).json();
  hoaId = own.member.id;
  hoaCard = own.member.cardNumber;
});
afterAll(() => t.close());

describe('GET /api/v1/members/:id/card.pdf', () => {
  it('prints an ID-1 card with the Vietnamese name, union, card number and dates, but no citizen ID', async () => {
    const response = await bachMai.get(`/api/v1/members/${hoaId}/card.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(pdf)).toBe(1);
    const text = pdfText(pdf).normalize('NFC');
    for (const expected of [
      'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      'THẺ ĐOÀN VIÊN CÔNG ĐOÀN',
      'Đặng Thị Hòa',
      'Công đoàn Bệnh viện Bạch Mai',
      hoaCard,
      'Ngày vào Công đoàn',
      'Ngày cấp',
    ]) {
      expect(text).toContain(expected);
    }
    const [person] = await t.db.select().from(people).where(eq(people.id, hoaId));
    expect(person!.citizenId).toBeTruthy();
    expect(text).not.toContain(person!.citizenId!);
    expect(text).not.toContain(person!.citizenId!.slice(-4));
    // 85.6 × 54 mm in points.
    expect(pdfInfo(pdf)).toMatch(/Page size:\s+242\.6\d* x 153\.07\d* pts/);
    expect(await lastAudit('member.print_card')).toMatchObject({
      entityId: String(hoaId),
      after: { cardNumber: hoaCard, self: false },
    });
  });

  it('writes titles before the name the Vietnamese way', async () => {
    const created = await bachMai.post('/api/v1/members', {
      fullName: 'PGS.TS. Nguyễn Thị Ngọc Huyền',
      birthYear: 1971,
      membership: { unitId: await t.unitId('CDCS-BVBM'), joinedOn: '1998-05-01', cardNumber: 'YT07770001' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const text = pdfText((await bachMai.get(`/api/v1/members/${created.json().id}/card.pdf`)).rawPayload).normalize(
      'NFC',
    );
    expect(text).toContain('PGS.TS. Nguyễn Thị Ngọc Huyền');
    expect(text).toContain('Năm sinh: 1971');
  });

  it('answers 404 outside the scope and 403 to a reader who does not keep the union', async () => {
    expect((await hanoi.get(`/api/v1/members/${hoaId}/card.pdf`)).statusCode).toBe(404);
    expect((await member.get(`/api/v1/members/${hoaId}/card.pdf`)).statusCode).toBe(404);
    expect((await emulation.get(`/api/v1/members/${hoaId}/card.pdf`)).statusCode).toBe(403);
  });

  it('answers 409 with the reason for a worker who is not a member, a member without a number, a suspended one', async () => {
    const bvbm = await t.unitId('CDCS-BVBM');
    const worker = await bachMai.post('/api/v1/members', {
      fullName: 'Lê Văn Tâm',
      employment: { unitId: bvbm, validFrom: '2020-01-01' },
    });
    const noNumber = await bachMai.post('/api/v1/members', {
      fullName: 'Trần Thị Mai',
      membership: { unitId: bvbm, joinedOn: '2020-01-01' },
    });
    const suspended = await bachMai.post('/api/v1/members', {
      fullName: 'Phạm Văn Khoa',
      membership: { unitId: bvbm, joinedOn: '2020-01-01', cardNumber: 'YT07770002' },
    });
    await bachMai.post(`/api/v1/members/${suspended.json().id}/leave`, { reason: 'Nghỉ không lương', suspend: true });
    const cases = [
      [worker.json().id, 'members.card_no_membership', 'không có quá trình sinh hoạt công đoàn đang hiệu lực'],
      [noNumber.json().id, 'members.card_no_card_number', 'chưa có số thẻ đoàn viên'],
      [suspended.json().id, 'members.card_suspended', 'đang tạm dừng sinh hoạt'],
    ] as const;
    for (const [id, code, text] of cases) {
      const response = await bachMai.get(`/api/v1/members/${id}/card.pdf`);
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe(code);
      expect(response.json().error.message).toContain(text);
    }
  });
});

describe('GET /api/v1/members/cards.pdf', () => {
  it('prints every active card of the union, eight to an A4 page, in the Vietnamese order', async () => {
    const response = await bachMai.get('/api/v1/members/cards.pdf?unit=CDCS-BVBM');
    expect(response.statusCode, response.body).toBe(200);
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [union] = await t.db.select().from(units).where(eq(units.code, 'CDCS-BVBM'));
    const [expected] = await t.db
      .select({ count: sql<number>`count(*)::int` })
      .from(memberships)
      .innerJoin(units, eq(units.id, memberships.unitId))
      .where(
        and(
          isNull(memberships.validTo),
          eq(memberships.status, 'active'),
          sql`${memberships.cardNumber} IS NOT NULL`,
          sql`${units.path} LIKE ${`${union!.path}%`}`,
        ),
      );
    const count = Number(response.headers['x-cards-count']);
    expect(count).toBe(expected!.count);
    expect(count).toBeGreaterThan(8);
    expect(pdfPages(pdf)).toBe(Math.ceil(count / 8));
    const text = pdfText(pdf).normalize('NFC');
    expect(text).toContain('Đặng Thị Hòa');
    expect(text).toContain(`trang 1/${Math.ceil(count / 8)}`);
    expect(Number(response.headers['x-cards-skipped'])).toBeGreaterThanOrEqual(1);
    // The cards follow the member list's order (given name first), which the list endpoint already tests.
    const list = (await bachMai.get('/api/v1/members?unit=CDCS-BVBM&pageSize=200')).json();
    const expectedCards = list.items
      .map((item: { cardNumber: string | null }) => item.cardNumber)
      .filter((card: string | null): card is string => card !== null);
    const printedCards = [
      ...execFileSync('pdftotext', ['-', '-'], { input: pdf })
        .toString()
        .matchAll(/Số thẻ: (\S+)/g),
    ].map((match) => match[1]);
    expect(printedCards).toEqual(expectedCards);
    expect(await lastAudit('member.print_cards')).toMatchObject({
      entityId: String(union!.id),
      after: { count, skippedWithoutCardNumber: Number(response.headers['x-cards-skipped']) },
    });
  });

  it('refuses a unit that is not a grassroots union, one outside the scope, and readers who do not keep it', async () => {
    const province = await hanoi.get('/api/v1/members/cards.pdf?unit=CDYT-HN');
    expect(province.statusCode).toBe(400);
    expect(province.json().error.code).toBe('members.cards_unit_kind');
    expect((await hanoi.get('/api/v1/members/cards.pdf?unit=CDCS-BVBM')).statusCode).toBe(404);
    expect((await emulation.get('/api/v1/members/cards.pdf?unit=CDCS-BVBM')).statusCode).toBe(403);
    expect((await member.get('/api/v1/members/cards.pdf?unit=CDCS-BVBM')).statusCode).toBe(403);
  });
});

describe('GET /api/v1/members/verify/:cardNumber', () => {
  it('shows an officer in scope whose card it is and that it is valid, and audits the check', async () => {
    const response = await bachMai.get(`/api/v1/members/verify/${hoaCard}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      cardNumber: hoaCard,
      valid: true,
      status: 'active',
      invalidSince: null,
      member: { id: hoaId, displayName: 'Đặng Thị Hòa' },
      unit: { code: 'CDCS-BVBM' },
      currentUnit: null,
    });
    expect(response.json().member).not.toHaveProperty('citizenId');
    expect(await lastAudit('member.verify_card')).toMatchObject({
      userId: expect.any(Number),
      entityId: String(hoaId),
      after: { cardNumber: hoaCard, result: 'valid' },
    });
    expect((await emulation.get(`/api/v1/members/verify/${hoaCard}`)).json().valid).toBe(true);
  });

  it('says since when a card is no longer valid after the member left', async () => {
    const created = await bachMai.post('/api/v1/members', {
      fullName: 'Vũ Thị Lan',
      membership: { unitId: await t.unitId('CDCS-BVBM'), joinedOn: '2015-03-01', cardNumber: 'YT07770003' },
    });
    await bachMai.post(`/api/v1/members/${created.json().id}/leave`, { reason: 'Nghỉ hưu', date: '2026-01-31' });
    const response = await bachMai.get('/api/v1/members/verify/YT07770003');
    expect(response.json()).toMatchObject({
      valid: false,
      status: 'left',
      invalidSince: '2026-01-31',
      reason: 'Nghỉ hưu',
    });
    expect(await lastAudit('member.verify_card')).toMatchObject({ after: { result: 'left' } });
  });

  it('gives others one "not in your scope" answer, whether the card exists or not, and audits both', async () => {
    for (const [agent, card, result] of [
      [hanoi, hoaCard, 'out_of_scope'],
      [member, hoaCard, 'out_of_scope'],
      [bachMai, 'YT99999999', 'unknown'],
    ] as const) {
      const response = await agent.get(`/api/v1/members/verify/${card}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('members.card_not_in_scope');
      expect(response.json().error.message).toContain('trong phạm vi bạn quản lý');
      expect(await lastAudit('member.verify_card')).toMatchObject({ after: { cardNumber: card, result } });
    }
  });
});

describe('GET /api/v1/me/card.pdf', () => {
  it('lets a member print their own card, audited as such', async () => {
    const response = await member.get('/api/v1/me/card.pdf');
    expect(response.statusCode, response.body).toBe(200);
    expect(pdfText(response.rawPayload).normalize('NFC')).toContain('Đặng Thị Hòa');
    expect(await lastAudit('member.print_card')).toMatchObject({ entityId: String(hoaId), after: { self: true } });
  });

  it('answers 404 with a clear message to a login that is not linked to a member record', async () => {
    const response = await emulation.get('/api/v1/me/card.pdf');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('self_service.not_linked');
  });
});
