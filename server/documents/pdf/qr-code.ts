// QR codes drawn as vector squares: sharp at any print size and only a few hundred bytes in the file.
import QRCode from 'qrcode';

export type QrOptions = {
  x: number;
  y: number;
  /** Side of the whole symbol, quiet zone included, in points. */
  size: number;
  /** Light modules around the symbol that scanners need; 2 is enough on a white card, 4 is the standard. */
  quietZone?: number;
  /** M recovers from about 15 % damage: a card in a wallet gets scratched. */
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
  color?: string;
};

/** Draws the QR code of `text`; returns the side of one module, so a caller can check it prints large enough. */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, options: QrOptions): number {
  const qr = QRCode.create(text, { errorCorrectionLevel: options.errorCorrectionLevel ?? 'M' });
  const count = qr.modules.size;
  const quiet = options.quietZone ?? 2;
  const module = options.size / (count + 2 * quiet);
  doc.save().rect(options.x, options.y, options.size, options.size).fill('#FFFFFF');
  doc.fillColor(options.color ?? '#000000');
  for (let row = 0; row < count; row++) {
    // One rectangle per run of dark modules in a row keeps the drawing small.
    let start = -1;
    for (let col = 0; col <= count; col++) {
      const dark = col < count && qr.modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        doc.rect(
          options.x + (quiet + start) * module,
          options.y + (quiet + row) * module,
          (col - start) * module,
          module,
        );
        start = -1;
      }
    }
  }
  doc.fill().restore();
  return module;
}
