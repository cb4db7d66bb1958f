// The foot of a document: "Nơi nhận" on the left, the signature block on the right (Nghị định 30/2020 Phụ lục I);
// or two signers side by side, as minutes are signed by the secretary and the chair.
import { Table, TableCell, TableLayoutType, TableRow, convertMillimetersToTwip, type Paragraph } from 'docx';
import { NO_CELL_BORDERS, NO_TABLE_BORDERS, widthMm } from './docx-borderless.ts';
import { SIZE, TEXT_WIDTH_MM, para } from './docx-format.ts';

export type Signer = {
  /** Lines above the signature, upper case: ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH']. */
  lines: string[];
  /** Empty when the document is signed by hand under a name not yet known. */
  name: string;
};

/** Room for the handwritten signature and the seal: five empty lines. */
const SIGNING_SPACE = 5;

function signerCell(signer: Signer, mm: number): TableCell {
  const children: Paragraph[] = signer.lines.map((line) =>
    para(line.toLocaleUpperCase('vi'), { align: 'center', bold: true, size: SIZE.body }),
  );
  for (let i = 0; i < SIGNING_SPACE; i++) children.push(para('', { size: SIZE.body }));
  children.push(para(signer.name, { align: 'center', bold: true, size: SIZE.body }));
  return new TableCell({ children, width: widthMm(mm), borders: NO_CELL_BORDERS });
}

function footTable(cells: TableCell[], widths: number[]): Table {
  return new Table({
    rows: [new TableRow({ children: cells, cantSplit: true })],
    columnWidths: widths.map((mm) => convertMillimetersToTwip(mm)),
    width: widthMm(TEXT_WIDTH_MM),
    layout: TableLayoutType.FIXED,
    borders: NO_TABLE_BORDERS,
  });
}

/** "Nơi nhận:" and its lines ("- Như Điều 3;", "- Lưu: VT, TĐKT.") beside one signer. */
export function signatureBlock(recipients: string[], signer: Signer): Table {
  const left = 80;
  const receivers: Paragraph[] = [
    para('Nơi nhận:', { bold: true, italics: true, size: SIZE.small, before: 120 }),
    ...recipients.map((line) => para(line, { size: SIZE.note })),
  ];
  return footTable(
    [
      new TableCell({ children: receivers, width: widthMm(left), borders: NO_CELL_BORDERS }),
      signerCell(signer, TEXT_WIDTH_MM - left),
    ],
    [left, TEXT_WIDTH_MM - left],
  );
}

/** Two signers side by side: the secretary on the left, the chair on the right. */
export function twoSigners(left: Signer, right: Signer): Table {
  const half = TEXT_WIDTH_MM / 2;
  return footTable([signerCell(left, half), signerCell(right, half)], [half, half]);
}

/**
 * The lines above a union signer's name from the title recorded on the decision: a deputy signs "KT." for the
 * chair (Nghị định 30/2020 Điều 13), everyone on behalf of the collective body ("TM. BAN THƯỜNG VỤ").
 */
export function unionSignerLines(signerTitle: string | null, onBehalfOf = 'BAN THƯỜNG VỤ'): string[] {
  const title = (signerTitle ?? 'CHỦ TỊCH').trim().toLocaleUpperCase('vi');
  const lines = [`TM. ${onBehalfOf}`];
  if (title.startsWith('PHÓ ')) lines.push('KT. CHỦ TỊCH');
  lines.push(title);
  return lines;
}
