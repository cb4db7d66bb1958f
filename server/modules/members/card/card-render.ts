// Drawing membership cards: ID-1 size (85.6 × 54 mm), one to a page for a card printer, or eight to an A4
// sheet with cut marks for an office printer.
import type { Readable } from 'node:stream';
import { formatDateVi } from '../../../../shared/dates.ts';
import { drawCutMarks } from '../../../documents/pdf/cut-marks.ts';
import { drawFittedText } from '../../../documents/pdf/fit-text.ts';
import { A4, createPdf, mm, pdfStream, pdfToBuffer } from '../../../documents/pdf/pdf-document.ts';
import { drawQrCode } from '../../../documents/pdf/qr-code.ts';
import { sheetSlots } from '../../../documents/pdf/sheet-layout.ts';
import type { CardFace } from './card-data.ts';

/** ISO/IEC 7810 ID-1, the size of a bank card. */
export const CARD_SIZE: readonly [number, number] = [mm(85.6), mm(54)];

const RED = '#B71C1C';
const GOLD = '#FFD54F';
const INK = '#1A1A1A';
const GREY = '#5F6368';

const PAD = mm(3.5);
const HEADER = mm(12.5);
const FOOTER = mm(2.2);
/** About 0.6 mm a module for a 30-module code: phones read it from a hand's length. */
const QR = mm(21);

/** "Ngày sinh: 12/03/1985", or "Năm sinh: 1985" when only the year is known. */
function birthLine(face: CardFace): [string, string] | null {
  if (face.birthDate) return ['Ngày sinh', formatDateVi(face.birthDate)];
  if (face.birthYear) return ['Năm sinh', String(face.birthYear)];
  return null;
}

function drawField(
  doc: PDFKit.PDFDocument,
  label: string,
  value: string,
  x: number,
  y: number,
  width: number,
  options: { valueFont?: 'semibold' | 'bold'; valueColor?: string; lines?: number } = {},
): number {
  const size = 6.7;
  const lines = options.lines ?? 1;
  const text = value.normalize('NFC');
  doc.font('regular').fontSize(size);
  const labelWidth = doc.widthOfString(`${label}: `);
  doc.font(options.valueFont ?? 'semibold');
  if (lines > 1 && labelWidth + doc.widthOfString(text) > width) {
    // A value that would wrap starts on its own line, so no lone word is left under the label.
    doc.font('regular').fillColor(GREY).text(`${label}:`, x, y, { width, lineGap: 0.6 });
    doc
      .font(options.valueFont ?? 'semibold')
      .fillColor(options.valueColor ?? INK)
      .text(text, x, doc.y, { width, height: lines * size * 1.35, ellipsis: true, lineGap: 0.6 });
    return doc.y;
  }
  doc
    .font('regular')
    .fontSize(size)
    .fillColor(GREY)
    .text(`${label}: `, x, y, { width, continued: true, lineGap: 0.6 })
    .font(options.valueFont ?? 'semibold')
    .fillColor(options.valueColor ?? INK)
    .text(text, { width, height: lines * size * 1.35, ellipsis: true, lineGap: 0.6 });
  return doc.y;
}

/**
 * One card with its top-left corner at (x, y). `outline` draws its edge in light grey, for cards on a sheet,
 * where the white body would otherwise not show where the card ends.
 */
export function drawCard(doc: PDFKit.PDFDocument, face: CardFace, x: number, y: number, outline = false): void {
  const [width, height] = CARD_SIZE;
  doc.save();
  doc.roundedRect(x, y, width, height, mm(3)).clip();
  doc.rect(x, y, width, height).fill('#FFFFFF');
  doc.rect(x, y, width, HEADER).fill(RED);
  doc
    .rect(x, y + HEADER, width, mm(0.6))
    .fill(GOLD)
    .rect(x, y + height - FOOTER, width, FOOTER)
    .fill(RED);

  drawFittedText(doc, 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', x + PAD, y + mm(2.2), {
    font: 'bold',
    maxSize: 6.6,
    minSize: 5,
    width: width - 2 * PAD,
    color: '#FFFFFF',
    align: 'center',
  });
  drawFittedText(doc, 'THẺ ĐOÀN VIÊN CÔNG ĐOÀN', x + PAD, y + mm(5.9), {
    font: 'extrabold',
    maxSize: 11,
    minSize: 8,
    width: width - 2 * PAD,
    color: GOLD,
    align: 'center',
  });

  const qrX = x + width - PAD - QR;
  const qrY = y + HEADER + mm(3.2);
  drawQrCode(doc, face.verifyUrl, { x: qrX, y: qrY, size: QR, quietZone: 1 });
  doc
    .font('regular')
    .fontSize(4.6)
    .fillColor(GREY)
    .text('Quét mã để xác minh thẻ', qrX - mm(2), qrY + QR + mm(0.8), { width: QR + mm(4), align: 'center' });

  const left = x + PAD;
  const textWidth = qrX - mm(2.5) - left;
  let line = y + HEADER + mm(3);
  doc.font('regular').fontSize(5.2).fillColor(GREY).text('Họ và tên', left, line, { width: textWidth });
  drawFittedText(doc, face.displayName, left, line + mm(2.4), {
    font: 'bold',
    maxSize: 10.5,
    minSize: 6.5,
    width: textWidth,
    color: INK,
  });
  line += mm(8.2);
  const birth = birthLine(face);
  if (birth) line = drawField(doc, birth[0], birth[1], left, line, textWidth) + mm(0.9);
  line = drawField(doc, 'Công đoàn cơ sở', face.unionName, left, line, textWidth, { lines: 2 }) + mm(0.9);
  line = drawField(doc, 'Số thẻ', face.cardNumber, left, line, textWidth, { valueFont: 'bold', valueColor: RED });
  line += mm(0.9);
  line = drawField(doc, 'Ngày vào Công đoàn', formatDateVi(face.joinedOn), left, line, textWidth) + mm(0.9);
  drawField(doc, 'Ngày cấp', formatDateVi(face.issuedOn), left, line, textWidth);
  doc.restore();
  if (outline) {
    doc.save().lineWidth(0.4).strokeColor('#C8C8C8').roundedRect(x, y, width, height, mm(3)).stroke().restore();
  }
}

/** One card, the page the size of the card. */
export function renderCardPdf(face: CardFace): Promise<Buffer> {
  const doc = createPdf({
    size: CARD_SIZE,
    title: `Thẻ đoàn viên ${face.cardNumber} — ${face.displayName}`,
    subject: 'Thẻ đoàn viên công đoàn',
  });
  drawCard(doc, face, 0, 0);
  return pdfToBuffer(doc);
}

const SHEET = { page: A4, piece: CARD_SIZE, columns: 2, rows: 4, gap: mm(6) } as const;
/** Cards on one A4 sheet. */
export const CARDS_PER_SHEET = SHEET.columns * SHEET.rows;

/** A union's cards on A4 sheets with cut marks and a line naming the union and the page; streamed. */
export function renderCardSheets(faces: CardFace[], unionName: string): Readable {
  const doc = createPdf({ size: A4, title: `Thẻ đoàn viên — ${unionName}`, subject: 'Thẻ đoàn viên công đoàn' });
  const slots = sheetSlots(SHEET);
  const pages = Math.max(1, Math.ceil(faces.length / CARDS_PER_SHEET));
  return pdfStream(doc, async () => {
    for (let page = 0; page < pages; page++) {
      if (page > 0) doc.addPage({ size: [A4[0], A4[1]], margin: 0 });
      const top = slots[0]!.y;
      doc
        .font('regular')
        .fontSize(7.5)
        .fillColor(GREY)
        .text(`Thẻ đoàn viên — ${unionName.normalize('NFC')} — trang ${page + 1}/${pages}`, slots[0]!.x, top - mm(9), {
          width: A4[0] - 2 * slots[0]!.x,
          align: 'center',
          lineBreak: false,
        });
      faces.slice(page * CARDS_PER_SHEET, (page + 1) * CARDS_PER_SHEET).forEach((face, index) => {
        const slot = slots[index]!;
        drawCard(doc, face, slot.x, slot.y, true);
        drawCutMarks(doc, slot, { length: mm(2.2), offset: mm(0.6) });
      });
      // A large union's batch runs to hundreds of pages: let other requests in between pages.
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
}
