// One administrative document as .docx bytes: A4, the decree's margins, Times New Roman 14 pt, and the page
// number centred at the top from page 2 on (Nghị định 30/2020 Phụ lục I: the first page carries none).
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { FONT, PAGE, SIZE } from './docx-format.ts';

export type AdminDocument = {
  /** The file's title property: "Quyết định số 45/QĐ-CĐYT". */
  title: string;
  /** The issuing body, as the author property. */
  creator: string;
  children: FileChild[];
};

const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.header })],
      }),
    ],
  });

/** Packs the document; the first page has its own empty header, so numbering shows from page 2. */
export async function renderAdminDocx(document: AdminDocument): Promise<Buffer> {
  const doc = new Document({
    title: document.title.normalize('NFC'),
    creator: document.creator.normalize('NFC'),
    styles: { default: { document: { run: { font: FONT, size: SIZE.body }, paragraph: { spacing: { line: 276 } } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: document.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
