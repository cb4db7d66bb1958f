// The header block of Nghị định 30/2020 Phụ lục I: on the left the body above and the issuing body, a short rule
// and the number; on the right the national motto, a short rule and the place and date, in italics.
import { Table, TableCell, TableLayoutType, TableRow, convertMillimetersToTwip, type Paragraph } from 'docx';
import { NO_CELL_BORDERS, NO_TABLE_BORDERS, widthMm } from './docx-borderless.ts';
import { SIZE, TEXT_WIDTH_MM, para, shortRule } from './docx-format.ts';

export type AdminHeader = {
  /** The body the issuer answers to, printed above it: "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM". */
  parentBody: string | null;
  /** "CÔNG ĐOÀN Y TẾ VIỆT NAM". */
  issuingBody: string;
  /**
   * "45/QĐ-CĐYT"; null prints "Số:" with room to write it in by hand, as offices do before numbering;
   * undefined leaves the line out (minutes of a meeting carry no number here).
   */
  number?: string | null;
  /** "Hà Nội, ngày 17 tháng 12 năm 2025". */
  placeAndDate: string;
};

const LEFT_MM = 72;
const RIGHT_MM = TEXT_WIDTH_MM - LEFT_MM;

function cell(children: Paragraph[], mm: number): TableCell {
  return new TableCell({ children, width: widthMm(mm), borders: NO_CELL_BORDERS });
}

/** The two-column header table; the issuing body and the motto are upper case as the decree prints them. */
export function adminHeader(header: AdminHeader): Table {
  const left: Paragraph[] = [];
  if (header.parentBody)
    left.push(para(header.parentBody.toLocaleUpperCase('vi'), { align: 'center', size: SIZE.header }));
  left.push(para(header.issuingBody.toLocaleUpperCase('vi'), { align: 'center', size: SIZE.header, bold: true }));
  left.push(shortRule(LEFT_MM, 24));
  if (header.number !== undefined) {
    left.push(para(`Số: ${header.number ?? '        '}`, { align: 'center', size: SIZE.header, before: 60 }));
  }
  const right: Paragraph[] = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center', size: SIZE.small + 1, bold: true }),
    para('Độc lập - Tự do - Hạnh phúc', { align: 'center', size: SIZE.body, bold: true }),
    shortRule(RIGHT_MM, 58),
    para(header.placeAndDate, { align: 'center', size: SIZE.body, italics: true, before: 60 }),
  ];
  // Without a parent line the left column is one line shorter: the motto block still starts at the top.
  return new Table({
    rows: [new TableRow({ children: [cell(left, LEFT_MM), cell(right, RIGHT_MM)] })],
    columnWidths: [convertMillimetersToTwip(LEFT_MM), convertMillimetersToTwip(RIGHT_MM)],
    width: widthMm(TEXT_WIDTH_MM),
    layout: TableLayoutType.FIXED,
    borders: NO_TABLE_BORDERS,
  });
}

/** The document's name in bold capitals and what it is about on the line below: "QUYẾT ĐỊNH" / "Về việc …". */
export function documentTitle(kind: string, about: string): Paragraph[] {
  return [
    para(kind.toLocaleUpperCase('vi'), { align: 'center', bold: true, size: SIZE.title, before: 360, keepNext: true }),
    para(about, { align: 'center', bold: true, size: SIZE.title, keepNext: true }),
    shortRule(TEXT_WIDTH_MM, 40),
  ];
}
