// Certificates as PDF: one A4 landscape page per recipient, Be Vietnam Pro embedded once for the whole batch.
// Liberation Serif (the Debian serif metric-compatible with Times New Roman) was considered: the 1.07 files on
// Debian lack the Vietnamese letters with a hook or dot below (ả, ạ, ơ, ư …), and no npm package ships a serif
// that covers them, so the certificate uses the sans font every other PDF of the project embeds.
import type { Readable } from 'node:stream';
import { drawFittedText } from '../pdf/fit-text.ts';
import { createPdf, mm, pdfStream, pdfToBuffer } from '../pdf/pdf-document.ts';
import type { Certificate } from './certificate.ts';
import { GOLD, RED, drawCertificateBorder } from './certificate-border.ts';

/** ISO A4 landscape in points. */
export const A4_LANDSCAPE: readonly [number, number] = [mm(297), mm(210)];

const INK = '#1A1A1A';
const [WIDTH, HEIGHT] = A4_LANDSCAPE;
const TEXT_X = mm(30);
const TEXT_W = WIDTH - 2 * TEXT_X;

function centred(doc: PDFKit.PDFDocument, text: string, y: number, font: string, size: number, color = INK): number {
  doc.font(font).fontSize(size).fillColor(color);
  doc.text(text.normalize('NFC'), TEXT_X, y, { width: TEXT_W, align: 'center', lineGap: 2 });
  return doc.y;
}

function rule(doc: PDFKit.PDFDocument, y: number, halfWidth: number, color = RED): void {
  doc
    .save()
    .lineWidth(0.8)
    .strokeColor(color)
    .moveTo(WIDTH / 2 - halfWidth, y)
    .lineTo(WIDTH / 2 + halfWidth, y)
    .stroke()
    .restore();
}

/** One certificate on the current page. */
export function drawCertificate(doc: PDFKit.PDFDocument, certificate: Certificate): void {
  drawCertificateBorder(doc, WIDTH, HEIGHT);
  let y = mm(24);
  if (certificate.parentBody) y = centred(doc, certificate.parentBody.toLocaleUpperCase('vi'), y, 'medium', 12);
  y = centred(doc, certificate.issuingBody.toLocaleUpperCase('vi'), y + 2, 'bold', 14, RED);
  rule(doc, y + 4, mm(22));
  const heading = certificate.heading.normalize('NFC');
  drawFittedText(doc, heading, TEXT_X, y + mm(9), {
    font: 'extrabold',
    maxSize: 46,
    minSize: 22,
    width: TEXT_W,
    color: RED,
    align: 'center',
  });
  y += mm(9) + 46 * 1.25;
  y = centred(doc, 'Tặng', y + mm(2), 'italic', 16);
  drawFittedText(doc, certificate.recipientName, TEXT_X, y + mm(2.5), {
    font: 'bold',
    maxSize: 26,
    minSize: 13,
    width: TEXT_W,
    color: INK,
    align: 'center',
  });
  y += mm(2.5) + 26 * 1.3;
  if (certificate.unitLine) {
    doc.font('medium').fontSize(14).fillColor(INK);
    doc.text(certificate.unitLine.normalize('NFC'), TEXT_X + mm(10), y + mm(1.5), {
      width: TEXT_W - mm(20),
      align: 'center',
      height: 14 * 2.6,
      ellipsis: true,
    });
    y = doc.y;
  }
  rule(doc, y + mm(3.5), mm(35), GOLD);
  doc.font('italic').fontSize(15).fillColor(INK);
  doc.text(certificate.achievement.normalize('NFC'), TEXT_X + mm(10), y + mm(7), {
    width: TEXT_W - mm(20),
    align: 'center',
    height: 15 * 2.7,
    ellipsis: true,
  });
  drawFoot(doc, certificate);
}

function drawFoot(doc: PDFKit.PDFDocument, certificate: Certificate): void {
  const blockW = mm(110);
  const blockX = WIDTH - mm(24) - blockW;
  let y = HEIGHT - mm(72);
  doc.font('italic').fontSize(12).fillColor(INK);
  doc.text(certificate.placeAndDate.normalize('NFC'), blockX, y, { width: blockW, align: 'center' });
  y = doc.y + 2;
  doc.font('bold').fontSize(12.5);
  for (const line of certificate.signerLines) {
    doc.text(line.normalize('NFC').toLocaleUpperCase('vi'), blockX, y, { width: blockW, align: 'center' });
    y = doc.y;
  }
  drawFittedText(doc, certificate.signerName, blockX, HEIGHT - mm(34), {
    font: 'bold',
    maxSize: 15,
    minSize: 10,
    width: blockW,
    align: 'center',
  });
  doc.font('regular').fontSize(11).fillColor(INK);
  doc.text(`Quyết định số ${certificate.decisionNo}`.normalize('NFC'), mm(28), HEIGHT - mm(34), {
    width: mm(100),
    lineBreak: false,
  });
}

function newCertificatePdf(title: string, author: string): PDFKit.PDFDocument {
  return createPdf({ size: A4_LANDSCAPE, title, subject: 'Bằng khen, Giấy khen', author });
}

function drawAll(doc: PDFKit.PDFDocument, certificates: readonly Certificate[]): void {
  certificates.forEach((certificate, index) => {
    if (index > 0) doc.addPage({ size: [WIDTH, HEIGHT], margin: 0 });
    drawCertificate(doc, certificate);
  });
}

function batchTitle(certificates: readonly Certificate[]): string {
  const first = certificates[0];
  return first ? `${first.heading} — Quyết định số ${first.decisionNo}` : 'Bằng khen';
}

/** The whole batch in memory: for tests and the benchmark. */
export async function renderCertificatesPdf(certificates: readonly Certificate[]): Promise<Buffer> {
  if (certificates.length === 0) throw new Error('renderCertificatesPdf: no certificate to print');
  const doc = newCertificatePdf(batchTitle(certificates), certificates[0]!.issuingBody);
  drawAll(doc, certificates);
  return pdfToBuffer(doc);
}

/** The batch as a stream for an HTTP reply: pages go out as they are drawn. */
export function streamCertificatesPdf(certificates: readonly Certificate[]): Readable {
  if (certificates.length === 0) throw new Error('streamCertificatesPdf: no certificate to print');
  const doc = newCertificatePdf(batchTitle(certificates), certificates[0]!.issuingBody);
  return pdfStream(doc, async () => drawAll(doc, certificates));
}
