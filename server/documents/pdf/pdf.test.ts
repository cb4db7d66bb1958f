import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { drawCutMarks } from './cut-marks.ts';
import { drawFittedText, fitFontSize } from './fit-text.ts';
import { A4, createPdf, mm, pdfToBuffer } from './pdf-document.ts';
import { drawQrCode } from './qr-code.ts';
import { sheetSlots } from './sheet-layout.ts';

const text = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');

describe('createPdf and drawFittedText', () => {
  it('embeds the Vietnamese font: every letter comes back, NFD input written as NFC', async () => {
    const doc = createPdf({ size: A4, title: 'Thử nghiệm' });
    const sample = 'Nguyễn Thị Hòa, Đặng Quốc Thủy, ĐOÀN KẾT — ưởng ữ ỵ ặ ậ ề ổ ỡ ự';
    drawFittedText(doc, sample.normalize('NFD'), mm(20), mm(20), {
      font: 'bold',
      maxSize: 14,
      minSize: 6,
      width: mm(170),
    });
    const pdf = await pdfToBuffer(doc);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(text(pdf)).toContain(sample);
    expect(execFileSync('pdffonts', ['-'], { input: pdf }).toString()).toMatch(
      /BeVietnamPro-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes/,
    );
  });

  it('shrinks a long line to fit, never below the smallest size', () => {
    const doc = createPdf({ size: A4, title: 'x' });
    const options = { font: 'bold' as const, maxSize: 12, minSize: 6, width: mm(60) };
    expect(fitFontSize(doc, 'Đặng Thị Hòa', options)).toBe(12);
    const long = fitFontSize(doc, 'PGS.TS. Nguyễn Thị Phương Thảo Trương', options);
    expect(long).toBeLessThan(12);
    const width = doc.font('bold').fontSize(long).widthOfString('PGS.TS. Nguyễn Thị Phương Thảo Trương');
    expect(width).toBeLessThanOrEqual(mm(60));
    expect(fitFontSize(doc, 'x'.repeat(400), options)).toBe(6);
  });
});

describe('drawQrCode and drawCutMarks', () => {
  it('draws a QR code whose modules print at a readable size', async () => {
    const doc = createPdf({ size: A4, title: 'x' });
    const module = drawQrCode(doc, 'https://congdoan.example.vn/verify/card/YT00100102', {
      x: 50,
      y: 50,
      size: mm(21),
    });
    drawCutMarks(doc, { x: 50, y: 50, width: mm(21), height: mm(21) });
    expect(module).toBeGreaterThan(mm(0.5));
    expect((await pdfToBuffer(doc)).length).toBeGreaterThan(1000);
  });
});

describe('sheetSlots', () => {
  it('centres the pieces on the page, row by row, and refuses a layout that does not fit', () => {
    const card = [mm(85.6), mm(54)] as const;
    const slots = sheetSlots({ page: A4, piece: card, columns: 2, rows: 4, gap: mm(6) });
    expect(slots).toHaveLength(8);
    expect(slots[0]!.x).toBeCloseTo(A4[0] - slots[1]!.x - card[0], 6);
    expect(slots[2]!.y - slots[0]!.y).toBeCloseTo(card[1] + mm(6), 6);
    expect(() => sheetSlots({ page: A4, piece: card, columns: 3, rows: 4, gap: mm(6) })).toThrow();
  });
});
