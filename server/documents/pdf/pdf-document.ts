// A PDF document with the Vietnamese font registered, its metadata set, and ways to read it back.
import type { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { FONT_FILES, fontBytes, type FontName } from './fonts.ts';

/** Points in a millimetre: page and card sizes are given in millimetres, pdfkit draws in points. */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

/** ISO A4 portrait in points. */
export const A4: readonly [number, number] = [mm(210), mm(297)];

export type PdfOptions = {
  /** Width and height in points. */
  size: readonly [number, number];
  title: string;
  subject?: string;
  /** Who the document is issued by; shown in the reader's document properties. */
  author?: string;
};

/** A new document: no margins (layouts place everything themselves), Be Vietnam Pro as the default font. */
export function createPdf(options: PdfOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: [options.size[0], options.size[1]],
    margin: 0,
    pdfVersion: '1.7',
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: options.title.normalize('NFC'),
      // pdfkit cannot write an undefined entry: the subject is left out rather than set empty.
      ...(options.subject ? { Subject: options.subject.normalize('NFC') } : {}),
      Author: (options.author ?? 'CongDoan').normalize('NFC'),
      Creator: 'CongDoan',
    },
  });
  for (const name of Object.keys(FONT_FILES) as FontName[]) doc.registerFont(name, fontBytes(name));
  doc.font('regular');
  return doc;
}

/** Ends the document and collects it: for one-page documents and tests; long ones are streamed instead. */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** The document as a stream for an HTTP reply; `draw` fills it page by page and the stream ends when it is done. */
export function pdfStream(doc: PDFKit.PDFDocument, draw: () => Promise<void>): Readable {
  draw().then(
    () => doc.end(),
    (error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return doc;
}
