import { execFileSync } from 'node:child_process';
import { and, desc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  awardDecisions,
  awardProposalItems,
  awardProposals,
  awards,
  catalogueEntries,
  councilMeetingProposals,
  councilMeetings,
  councilMembers,
  councilRecusals,
  councilTallies,
  people,
  units,
  users,
} from '../../db/schema/index.ts';
import { paragraphTexts, readDocxPart } from '../../documents/docx/docx-reader.ts';
import { bachMaiPeople } from '../awards/awards-test-support.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let emulation: Agent;
let bachMai: Agent;
let hanoi: Agent;
let member: Agent;
let decisionId: number;
let revokedDecisionId: number;
let proposalId: number;
let meetingId: number;
let awardIds: number[];
let personIds: number[];

const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
const pdfPages = (pdf: Buffer) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8'))?.[1]);
const pdfFonts = (pdf: Buffer) => execFileSync('pdffonts', ['-'], { input: pdf }).toString('utf8');

async function certificateAudits() {
  return t.db.select().from(auditLog).where(eq(auditLog.action, 'certificate.print')).orderBy(desc(auditLog.id));
}

async function seed() {
  const [sector] = await t.db.select().from(units).where(eq(units.code, 'CDYTVN'));
  const [hospital] = await t.db.select().from(units).where(eq(units.code, 'CDCS-BVBM'));
  const [section] = await t.db
    .select()
    .from(units)
    .where(and(eq(units.parentId, hospital!.id), like(units.name, '%Khoa Nội%')));
  const [entry] = await t.db
    .select()
    .from(catalogueEntries)
    .where(and(eq(catalogueEntries.key, 'BK_CDYTVN'), eq(catalogueEntries.isCurrent, true)));
  personIds = (await bachMaiPeople(t)).slice(0, 2);
  await t.db
    .update(people)
    .set({ titles: ['ThS.', 'BSCKII'], position: 'Trưởng khoa' })
    .where(eq(people.id, personIds[0]!));
  const [signer] = await t.db.select().from(users).where(eq(users.username, accounts.emulationOfficer.username));
  const [chair] = await t.db.select().from(users).where(eq(users.username, accounts.councilMember.username));
  const [decision] = await t.db
    .insert(awardDecisions)
    .values({
      deciderKey: `unit:${sector!.id}`,
      deciderUnitId: sector!.id,
      deciderName: sector!.name,
      decisionNo: '45/QĐ-CĐYT',
      decisionDate: '2025-12-17',
      decisionYear: 2025,
      signerName: 'Phạm Thanh Bình',
      signerTitle: 'Chủ tịch',
    })
    .returning();
  decisionId = decision!.id;
  const base = { decisionId, catalogueEntryId: entry!.id, code: 'BK_CDYTVN', year: 2025, occasion: 'regular' as const };
  const inserted = await t.db
    .insert(awards)
    .values([
      { ...base, personId: personIds[0]!, unitId: hospital!.id },
      { ...base, recipientUnitId: section!.id, unitId: section!.id },
      { ...base, personId: personIds[1]!, unitId: hospital!.id },
    ])
    .returning();
  awardIds = inserted.map((row) => row.id);
  const [proposal] = await t.db
    .insert(awardProposals)
    .values({
      proposerUnitId: hospital!.id,
      deciderUnitId: sector!.id,
      title: 'Khen thưởng năm 2025',
      year: 2025,
      occasion: 'regular',
      status: 'decided',
      coverLetterNo: '12/TTr-CĐBM',
      coverLetterDate: '2025-11-28',
      decisionId,
    })
    .returning();
  proposalId = proposal!.id;
  const items = await t.db
    .insert(awardProposalItems)
    .values([
      {
        proposalId,
        position: 1,
        code: 'BK_CDYTVN',
        catalogueEntryId: entry!.id,
        personId: personIds[0]!,
        keeperUnitId: hospital!.id,
        achievementReport: 'Chủ trì 02 sáng kiến cải tiến kỹ thuật được công nhận cấp Bộ năm 2025.',
      },
      {
        proposalId,
        position: 2,
        code: 'BK_CDYTVN',
        catalogueEntryId: entry!.id,
        recipientUnitId: section!.id,
        keeperUnitId: section!.id,
        achievementReport: 'Tập thể hoàn thành xuất sắc nhiệm vụ.',
      },
    ])
    .returning();
  const [meeting] = await t.db
    .insert(councilMeetings)
    .values({
      unitId: sector!.id,
      title: 'Xét khen thưởng năm 2025',
      heldOn: '2025-12-10',
      location: 'Phòng họp tầng 3',
      status: 'closed',
      openedAt: new Date('2025-12-10T01:30:00Z'),
      closedAt: new Date('2025-12-10T04:00:00Z'),
    })
    .returning();
  meetingId = meeting!.id;
  await t.db.insert(councilMeetingProposals).values({ meetingId, proposalId });
  await t.db.insert(councilMembers).values([
    { meetingId, userId: signer!.id, fullName: 'Phạm Thị Thủy', councilRole: 'secretary', present: true },
    { meetingId, userId: chair!.id, fullName: 'Hoàng Minh Khôi', councilRole: 'chair', present: true },
  ]);
  await t.db.insert(councilRecusals).values({
    meetingId,
    userId: chair!.id,
    itemId: items[1]!.id,
    reason: 'cùng đơn vị với tập thể được đề nghị',
  });
  await t.db.insert(councilTallies).values([
    {
      meetingId,
      itemId: items[0]!.id,
      yes: 2,
      no: 0,
      abstain: 0,
      eligibleVoters: 2,
      thresholdShare: '0.9000',
      denominator: 'of_present',
      passed: true,
    },
    {
      meetingId,
      itemId: items[1]!.id,
      yes: 1,
      no: 0,
      abstain: 0,
      eligibleVoters: 1,
      thresholdShare: '0.9000',
      denominator: 'of_present',
      passed: true,
    },
  ]);
  const [revoked] = await t.db
    .insert(awardDecisions)
    .values({
      deciderKey: `unit:${sector!.id}`,
      deciderUnitId: sector!.id,
      deciderName: sector!.name,
      decisionNo: '46/QĐ-CĐYT',
      decisionDate: '2025-12-18',
      decisionYear: 2025,
      signerName: 'Phạm Thanh Bình',
      signerTitle: 'Chủ tịch',
      revokedAt: new Date(),
      revokedReason: 'Hồ sơ không trung thực',
    })
    .returning();
  revokedDecisionId = revoked!.id;
  await t.db
    .insert(awards)
    .values({ ...base, decisionId: revokedDecisionId, personId: personIds[0]!, unitId: hospital!.id });
}

beforeAll(async () => {
  t = await createTestContext();
  [emulation, bachMai, hanoi, member] = await Promise.all([
    t.login(accounts.emulationOfficer),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.hanoiOfficer),
    t.login(accounts.member),
  ]);
  await seed();
});
afterAll(() => t.close());

describe('GET /api/v1/award-decisions/:id/decision.docx', () => {
  it('gives the decision with its annex to the deciding and the proposing unit, under a Vietnamese file name', async () => {
    for (const agent of [emulation, bachMai]) {
      const response = await agent.get(`/api/v1/award-decisions/${decisionId}/decision.docx`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toContain('wordprocessingml');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="Quyet-dinh-45-QD-CDYT.docx"; filename*=UTF-8''${encodeURIComponent('Quyết định 45-QĐ-CĐYT.docx')}`,
      );
      const text = paragraphTexts(await readDocxPart(response.rawPayload, 'word/document.xml'));
      expect(text).toContain('Số: 45/QĐ-CĐYT');
      expect(text).toContain('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM');
      expect(text).toContain(
        'Căn cứ kết quả họp Hội đồng Thi đua, khen thưởng Công đoàn Y tế Việt Nam ngày 10 tháng 12 năm 2025;',
      );
      expect(text).toContain(
        'Xét đề nghị của Công đoàn Bệnh viện Bạch Mai tại Tờ trình số 12/TTr-CĐBM ngày 28/11/2025.',
      );
      expect(text.find((line) => line.startsWith('Điều 1.'))).toContain('01 tập thể và 02 cá nhân');
      expect(text.some((line) => line.startsWith('ThS.BSCKII. '))).toBe(true);
      expect(text).toContain('I. TẬP THỂ (1)');
    }
  });

  it('leaves an award revoked on its own out of the annex', async () => {
    await t.db.update(awards).set({ revoked: true, revokedReason: 'Thử' }).where(eq(awards.id, awardIds[2]!));
    const response = await emulation.get(`/api/v1/award-decisions/${decisionId}/decision.docx`);
    await t.db.update(awards).set({ revoked: false, revokedReason: null }).where(eq(awards.id, awardIds[2]!));
    expect(response.statusCode, response.body).toBe(200);
    const text = paragraphTexts(await readDocxPart(response.rawPayload, 'word/document.xml'));
    expect(text.find((line) => line.startsWith('Điều 1.'))).toContain('01 tập thể và 01 cá nhân');
    expect(text).not.toContain('ĐÃ HỦY BỎ');
  });

  it('prints a revoked decision whole for the record, marked as revoked with the reason', async () => {
    const response = await emulation.get(`/api/v1/award-decisions/${revokedDecisionId}/decision.docx`);
    expect(response.statusCode, response.body).toBe(200);
    const text = paragraphTexts(await readDocxPart(response.rawPayload, 'word/document.xml'));
    expect(text.filter((line) => line === 'ĐÃ HỦY BỎ')).toHaveLength(2);
    expect(text.join('\n')).toContain('đã bị hủy bỏ ngày');
    expect(text.join('\n')).toContain('Hồ sơ không trung thực');
    expect(text).toContain('Số: 46/QĐ-CĐYT');
  });

  it('is not found out of scope, forbidden without the capability, not found for an unknown id', async () => {
    expect((await hanoi.get(`/api/v1/award-decisions/${decisionId}/decision.docx`)).statusCode).toBe(404);
    expect((await member.get(`/api/v1/award-decisions/${decisionId}/decision.docx`)).statusCode).toBe(403);
    expect((await emulation.get('/api/v1/award-decisions/999999/decision.docx')).statusCode).toBe(404);
  });
});

describe('GET /api/v1/award-decisions/:id/certificates.pdf', () => {
  it('prints one page per award with the names in Vietnamese, the font embedded, and audits the print', async () => {
    const before = (await certificateAudits()).length;
    const response = await emulation.get(`/api/v1/award-decisions/${decisionId}/certificates.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['x-certificates-count']).toBe('3');
    const pdf = response.rawPayload;
    expect(pdfPages(pdf)).toBe(3);
    const text = pdfText(pdf).normalize('NFC');
    const names = await t.db.select().from(people).where(eq(people.id, personIds[1]!));
    for (const expected of [
      'BẰNG KHEN',
      'CÔNG ĐOÀN Y TẾ VIỆT NAM',
      'Công đoàn bộ phận Khoa Nội',
      names[0]!.fullName,
      'Quyết định số 45/QĐ-CĐYT',
      'Hà Nội, ngày 17 tháng 12 năm 2025',
      'Phạm Thanh Bình',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/ThS\.BSCKII\. /);
    const fonts = pdfFonts(pdf).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/BeVietnamPro\S*\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const audits = await certificateAudits();
    expect(audits).toHaveLength(before + 1);
    expect(audits[0]).toMatchObject({ entity: 'award_decision', entityId: String(decisionId) });
    expect(audits[0]!.after).toMatchObject({ count: 3, awardIds });
  });

  it('prints one certificate with ?award= and leaves revoked awards out', async () => {
    const one = await bachMai.get(`/api/v1/award-decisions/${decisionId}/certificates.pdf?award=${awardIds[1]}`);
    expect(one.statusCode, one.body).toBe(200);
    expect(pdfPages(one.rawPayload)).toBe(1);
    expect(pdfText(one.rawPayload).normalize('NFC')).toContain('Công đoàn bộ phận Khoa Nội');
    await t.db.update(awards).set({ revoked: true, revokedReason: 'Thử' }).where(eq(awards.id, awardIds[2]!));
    const rest = await emulation.get(`/api/v1/award-decisions/${decisionId}/certificates.pdf`);
    expect(pdfPages(rest.rawPayload)).toBe(2);
    const gone = await emulation.get(`/api/v1/award-decisions/${decisionId}/certificates.pdf?award=${awardIds[2]}`);
    expect(gone.statusCode).toBe(409);
    expect(gone.json().error.code).toBe('award_documents.nothing_to_print');
    await t.db.update(awards).set({ revoked: false, revokedReason: null }).where(eq(awards.id, awardIds[2]!));
    expect(
      (await emulation.get(`/api/v1/award-decisions/${decisionId}/certificates.pdf?award=999999`)).statusCode,
    ).toBe(404);
    expect((await emulation.get(`/api/v1/award-decisions/${decisionId}/certificates.pdf?award=abc`)).statusCode).toBe(
      400,
    );
  });

  it('refuses a revoked decision (409) and writes no audit row; out of scope is 404', async () => {
    const before = (await certificateAudits()).length;
    const response = await emulation.get(`/api/v1/award-decisions/${revokedDecisionId}/certificates.pdf`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('award_documents.decision_revoked');
    expect(response.json().error.message).toContain('46/QĐ-CĐYT');
    expect((await hanoi.get(`/api/v1/award-decisions/${decisionId}/certificates.pdf`)).statusCode).toBe(404);
    expect((await certificateAudits()).length).toBe(before);
  });
});

describe('GET /api/v1/proposals/:id/cover-letter.docx', () => {
  it('writes the cover letter from Bạch Mai to Công đoàn Y tế Việt Nam with each item', async () => {
    const response = await bachMai.get(`/api/v1/proposals/${proposalId}/cover-letter.docx`);
    expect(response.statusCode, response.body).toBe(200);
    const text = paragraphTexts(await readDocxPart(response.rawPayload, 'word/document.xml'));
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('Về việc đề nghị khen thưởng năm 2025');
    expect(text).toContain('Kính gửi: Công đoàn Y tế Việt Nam');
    expect(text).toContain('Chủ trì 02 sáng kiến cải tiến kỹ thuật được công nhận cấp Bộ năm 2025.');
    expect((await hanoi.get(`/api/v1/proposals/${proposalId}/cover-letter.docx`)).statusCode).toBe(404);
  });
});

describe('GET /api/v1/council-meetings/:id/minutes.docx', () => {
  it('gives the council unit its minutes with tallies and recusals; a proposer outside the council gets 404', async () => {
    const response = await emulation.get(`/api/v1/council-meetings/${meetingId}/minutes.docx`);
    expect(response.statusCode, response.body).toBe(200);
    const text = paragraphTexts(await readDocxPart(response.rawPayload, 'word/document.xml'));
    expect(text).toContain('Thời gian: Vào hồi 8 giờ 30 phút, ngày 10 tháng 12 năm 2025.');
    expect(text).toContain('≥ 90% số thành viên có mặt');
    expect(text).toContain('100,00%');
    expect(text).toContain('Số phiếu thu về: 0; không có phiếu bằng văn bản.');
    expect(text.join('\n')).toContain('Hoàng Minh Khôi không biểu quyết đối với Công đoàn bộ phận Khoa Nội');
    expect((await bachMai.get(`/api/v1/council-meetings/${meetingId}/minutes.docx`)).statusCode).toBe(404);
  });
});
