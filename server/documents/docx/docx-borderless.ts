// Layout tables (the header and signature blocks) are tables without visible borders.
import { BorderStyle, TableBorders, WidthType, convertMillimetersToTwip, type ITableCellBorders } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

export const NO_TABLE_BORDERS = TableBorders.NONE;
export const NO_CELL_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/** A width in millimetres as docx wants it for cells and columns. */
export function widthMm(mm: number) {
  return { size: convertMillimetersToTwip(mm), type: WidthType.DXA };
}
