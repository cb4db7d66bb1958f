// The certificate's frame, drawn with vector lines only (no emblem, no images): a red double frame, a gold
// inner frame with a running band of small diamonds, and a folded ornament in each corner.
import { mm } from '../pdf/pdf-document.ts';

export const RED = '#9E1B1E';
export const GOLD = '#B8901E';

function corner(doc: PDFKit.PDFDocument, x: number, y: number, dx: 1 | -1, dy: 1 | -1): void {
  const s = mm(16);
  doc.save().lineWidth(1.1).strokeColor(RED);
  // Two nested L-shapes and a diagonal petal, mirrored into each corner by the signs of dx and dy.
  for (const inset of [0, mm(3)]) {
    doc
      .moveTo(x + dx * inset, y + dy * (s - inset))
      .lineTo(x + dx * inset, y + dy * inset)
      .lineTo(x + dx * (s - inset), y + dy * inset)
      .stroke();
  }
  const c = mm(7.5);
  doc
    .moveTo(x + dx * mm(5.5), y + dy * c)
    .quadraticCurveTo(x + dx * mm(5.5), y + dy * mm(5.5), x + dx * c, y + dy * mm(5.5))
    .quadraticCurveTo(x + dx * mm(11), y + dy * mm(11), x + dx * mm(5.5), y + dy * c)
    .fillAndStroke(GOLD, RED);
  doc.restore();
}

function diamondBand(doc: PDFKit.PDFDocument, x: number, y: number, length: number, vertical: boolean): void {
  const step = mm(6);
  const half = mm(1.1);
  const count = Math.floor(length / step);
  const start = (length - (count - 1) * step) / 2;
  doc.save().fillColor(GOLD);
  for (let i = 0; i < count; i++) {
    const cx = vertical ? x : x + start + i * step;
    const cy = vertical ? y + start + i * step : y;
    doc
      .moveTo(cx, cy - half)
      .lineTo(cx + half, cy)
      .lineTo(cx, cy + half)
      .lineTo(cx - half, cy)
      .closePath()
      .fill();
  }
  doc.restore();
}

/** Draws the frame of a page `width` × `height` points. */
export function drawCertificateBorder(doc: PDFKit.PDFDocument, width: number, height: number): void {
  const outer = mm(7);
  doc.save();
  doc
    .lineWidth(3)
    .strokeColor(RED)
    .rect(outer, outer, width - 2 * outer, height - 2 * outer)
    .stroke();
  const second = outer + mm(1.6);
  doc
    .lineWidth(0.8)
    .rect(second, second, width - 2 * second, height - 2 * second)
    .stroke();
  const band = second + mm(3.2);
  diamondBand(doc, second + mm(12), band, width - 2 * (second + mm(12)), false);
  diamondBand(doc, second + mm(12), height - band, width - 2 * (second + mm(12)), false);
  diamondBand(doc, band, second + mm(12), height - 2 * (second + mm(12)), true);
  diamondBand(doc, width - band, second + mm(12), height - 2 * (second + mm(12)), true);
  const inner = second + mm(6.4);
  doc
    .lineWidth(1)
    .strokeColor(GOLD)
    .rect(inner, inner, width - 2 * inner, height - 2 * inner)
    .stroke();
  doc.restore();
  const c = outer + mm(3.4);
  corner(doc, c, c, 1, 1);
  corner(doc, width - c, c, -1, 1);
  corner(doc, c, height - c, 1, -1);
  corner(doc, width - c, height - c, -1, -1);
}
