import { describe, expect, it } from 'vitest';
import { docxPartNames, paragraphTexts, readDocxPart } from '../../documents/docx/docx-reader.ts';
import { SAMPLE_COVER_LETTER, SAMPLE_DECISION, SAMPLE_MINUTES } from './award-documents-fixture.ts';
import { renderCoverLetterDocx } from './cover-letter-docx.ts';
import { renderDecisionDocx } from './decision-docx.ts';
import { renderMinutesDocx } from './minutes-docx.ts';

async function documentXml(docx: Buffer): Promise<string> {
  return readDocxPart(docx, 'word/document.xml');
}

/** The tables of the body, in order, as their XML. */
function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
}

describe('renderDecisionDocx', () => {
  it('writes the header, title, bases, articles and signer in the administrative format, all in NFC', async () => {
    const docx = await renderDecisionDocx(SAMPLE_DECISION);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = await documentXml(docx);
    expect(xml).toBe(xml.normalize('NFC'));
    const text = paragraphTexts(xml);
    for (const expected of [
      'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      'CÔNG ĐOÀN Y TẾ VIỆT NAM',
      'Số: 45/QĐ-CĐYT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 17 tháng 12 năm 2025',
      'QUYẾT ĐỊNH',
      'QUYẾT ĐỊNH:',
      'Căn cứ Điều lệ Công đoàn Việt Nam;',
      'Căn cứ kết quả họp Hội đồng Thi đua, khen thưởng Công đoàn Y tế Việt Nam ngày 10 tháng 12 năm 2025;',
      'Xét đề nghị của Công đoàn Bệnh viện Bạch Mai tại Tờ trình số 12/TTr-CĐBM ngày 28/11/2025.',
      'TM. BAN THƯỜNG VỤ',
      'CHỦ TỊCH',
      'Phạm Thanh Bình',
      'Đặng Thị Hòa',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.find((line) => line.startsWith('Điều 1.'))).toContain(
      'cho 02 tập thể và 03 cá nhân (có danh sách kèm theo)',
    );
    expect(text.find((line) => line.startsWith('Về việc tặng'))).toBe(
      'Về việc tặng Bằng khen của Ban Chấp hành Công đoàn Y tế Việt Nam cho các tập thể và cá nhân năm 2025',
    );
    // The place and date are italic; the motto bold.
    expect(xml).toMatch(/<w:i\/>[\s\S]{0,200}Hà Nội, ngày 17 tháng 12 năm 2025/);
  });

  it('puts the annex after a page break, collectives first, one row per recipient', async () => {
    const xml = await documentXml(await renderDecisionDocx(SAMPLE_DECISION));
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => match[0]);
    const annexTitle = paragraphs.find((p) => p.includes('DANH SÁCH TẬP THỂ VÀ CÁ NHÂN'));
    expect(annexTitle).toContain('<w:pageBreakBefore/>');
    expect(paragraphs.filter((p) => p.includes('<w:pageBreakBefore/>'))).toHaveLength(1);
    expect(xml.indexOf('Phạm Thanh Bình</w:t>')).toBeLessThan(xml.indexOf('DANH SÁCH TẬP THỂ'));
    const annex = tables(xml).at(-1)!;
    // Header, two section rows, five recipients.
    expect(annex.match(/<w:tr>|<w:tr /g)).toHaveLength(1 + 2 + 5);
    expect(annex).toContain('<w:tblHeader/>');
    const names = paragraphTexts(annex);
    expect(names.indexOf('Công đoàn Trung tâm Y tế huyện Thủy Nguyên')).toBeLessThan(
      names.indexOf('ThS.BSCKII. Nguyễn Thị Thu Hà'),
    );
    expect(paragraphTexts(xml)).toContain(
      '(Kèm theo Quyết định số 45/QĐ-CĐYT ngày 17 tháng 12 năm 2025 của Ban Thường vụ Công đoàn Y tế Việt Nam)',
    );
  });

  it('lays out A4 with 20/20/30/15 mm margins, Times New Roman, and page numbers from page 2', async () => {
    const docx = await renderDecisionDocx(SAMPLE_DECISION);
    const xml = await documentXml(docx);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:titlePg/>');
    const headers = docxPartNames(docx).filter((name) => /^word\/header\d+\.xml$/.test(name));
    const contents = await Promise.all(headers.map((name) => readDocxPart(docx, name)));
    // One header carries the PAGE field (the default), the first page's is empty.
    expect(contents.filter((header) => header.includes('>PAGE</w:instrText>'))).toHaveLength(1);
    expect(contents.filter((header) => !header.includes('<w:p>'))).toHaveLength(1);
    expect(await readDocxPart(docx, 'word/styles.xml')).toContain('Times New Roman');
  });

  it('signs for the chair when a deputy signs', async () => {
    const text = paragraphTexts(
      await documentXml(await renderDecisionDocx({ ...SAMPLE_DECISION, signerTitle: 'Phó Chủ tịch' })),
    );
    const at = text.indexOf('TM. BAN THƯỜNG VỤ');
    expect(text.slice(at, at + 3)).toEqual(['TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });
});

describe('renderCoverLetterDocx', () => {
  it('writes the tờ trình from the proposer to the decider with each recipient and a summary', async () => {
    const xml = await documentXml(await renderCoverLetterDocx(SAMPLE_COVER_LETTER));
    expect(xml).toBe(xml.normalize('NFC'));
    const text = paragraphTexts(xml);
    for (const expected of [
      'CÔNG ĐOÀN BỆNH VIỆN BẠCH MAI',
      'Số: 12/TTr-CĐBM',
      'TỜ TRÌNH',
      'Về việc đề nghị khen thưởng thành tích năm 2025',
      'Kính gửi: Công đoàn Y tế Việt Nam',
      'Chủ trì 02 sáng kiến cải tiến kỹ thuật được công nhận cấp Bộ; hoàn thành xuất sắc nhiệm vụ 3 năm liền.',
      'Kính đề nghị Công đoàn Y tế Việt Nam xem xét, quyết định./.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.join('\n')).toContain('khen thưởng cho 01 tập thể và 02 cá nhân');
    expect(
      tables(xml)
        .at(-2)!
        .match(/<w:tr>|<w:tr /g),
    ).toHaveLength(1 + 2 + 3);
  });
});

describe('renderMinutesDocx', () => {
  it('records attendance, recusals and each tally with its threshold, without who voted what', async () => {
    const xml = await documentXml(await renderMinutesDocx(SAMPLE_MINUTES));
    const text = paragraphTexts(xml);
    for (const expected of [
      'BIÊN BẢN',
      'HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG CÔNG ĐOÀN Y TẾ VIỆT NAM',
      'Thành phần: Hội đồng có 4 thành viên; có mặt 3, vắng mặt 1.',
      '- Lê Đức Đạt, Ủy viên;',
      'Số phiếu thu về: 4, trong đó 1 phiếu bằng văn bản của thành viên vắng mặt (Lê Đức Đạt).',
      '- Phạm Thanh Bình không biểu quyết đối với GS.TS. Phạm Thanh Bình (là người được đề nghị);',
      '100,00%',
      '50,00%',
      '≥ 90% số thành viên có mặt',
      'Đạt',
      'Không đạt',
      'THƯ KÝ',
      'CHỦ TỊCH HỘI ĐỒNG',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.join('\n')).toContain('1/2 trường hợp đạt');
    expect(text.some((line) => line.startsWith('Số:'))).toBe(false);
  });
});
