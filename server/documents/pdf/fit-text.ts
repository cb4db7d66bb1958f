// Text that must stay on one line in a fixed width (a name on a card, a title on a certificate) shrinks to fit.
import type { FontName } from './fonts.ts';

export type FitOptions = { font: FontName; maxSize: number; minSize: number; width: number };

/** The largest size from maxSize down to minSize (half-point steps) at which `text` fits `width`. */
export function fitFontSize(doc: PDFKit.PDFDocument, text: string, options: FitOptions): number {
  doc.font(options.font);
  for (let size = options.maxSize; size > options.minSize; size -= 0.5) {
    if (doc.fontSize(size).widthOfString(text) <= options.width) return size;
  }
  return options.minSize;
}

/** Writes `text` on one line at the fitted size; past the smallest size it is cut with an ellipsis, never wrapped. */
export function drawFittedText(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  options: FitOptions & { color?: string; align?: 'left' | 'center' | 'right' },
): number {
  const value = text.normalize('NFC');
  const size = fitFontSize(doc, value, options);
  doc
    .font(options.font)
    .fontSize(size)
    .fillColor(options.color ?? '#000000')
    .text(value, x, y, {
      width: options.width,
      height: size * 1.3,
      lineBreak: false,
      ellipsis: true,
      align: options.align ?? 'left',
    });
  return size;
}
