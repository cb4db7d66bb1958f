// Bordered list tables (the annex of recipients, the vote tally): a header row repeated on every page, section
// rows spanning the table ("I. TẬP THỂ"), and rows that never split across a page.
import {
  AlignmentType,
  BorderStyle,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  convertMillimetersToTwip,
} from 'docx';
import { widthMm } from './docx-borderless.ts';
import { SIZE, TEXT_WIDTH_MM, para } from './docx-format.ts';

export type Column = { header: string; widthMm: number; align?: 'left' | 'center' | 'right' };
export type ListRow = { cells: string[] } | { section: string };

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const MARGIN = convertMillimetersToTwip(1.2);

function textCell(value: string, mm: number, align: 'left' | 'center' | 'right', bold = false, span = 1): TableCell {
  // A cell with line breaks keeps them as separate paragraphs.
  const children = value.split('\n').map((line) => para(line, { align, bold, size: SIZE.table }));
  return new TableCell({
    children,
    width: widthMm(mm),
    columnSpan: span,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: MARGIN / 2, bottom: MARGIN / 2, left: MARGIN, right: MARGIN },
  });
}

/** The columns' widths are scaled to the text width, so callers give proportions in millimetres. */
export function listTable(columns: Column[], rows: ListRow[]): Table {
  const total = columns.reduce((sum, column) => sum + column.widthMm, 0);
  const widths = columns.map((column) => (column.widthMm * TEXT_WIDTH_MM) / total);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, i) => textCell(column.header, widths[i]!, 'center', true)),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children:
          'section' in row
            ? [textCell(row.section, TEXT_WIDTH_MM, 'left', true, columns.length)]
            : row.cells.map((value, i) => textCell(value, widths[i]!, columns[i]!.align ?? 'left')),
      }),
  );
  return new Table({
    rows: [header, ...body],
    columnWidths: widths.map((mm) => convertMillimetersToTwip(mm)),
    width: widthMm(TEXT_WIDTH_MM),
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    alignment: AlignmentType.CENTER,
  });
}
