// Several equal pieces on one sheet (n-up): where each goes, centred on the page with gaps to cut between.
import type { Rect } from './cut-marks.ts';

export type SheetLayout = {
  page: readonly [number, number];
  piece: readonly [number, number];
  columns: number;
  rows: number;
  gap: number;
};

/** The pieces of one sheet, row by row from the top left; throws when they do not fit the page. */
export function sheetSlots(layout: SheetLayout): Rect[] {
  const [pageWidth, pageHeight] = layout.page;
  const [width, height] = layout.piece;
  const usedWidth = layout.columns * width + (layout.columns - 1) * layout.gap;
  const usedHeight = layout.rows * height + (layout.rows - 1) * layout.gap;
  if (usedWidth > pageWidth || usedHeight > pageHeight) throw new Error('sheetSlots: the pieces do not fit the page');
  const left = (pageWidth - usedWidth) / 2;
  const top = (pageHeight - usedHeight) / 2;
  const slots: Rect[] = [];
  for (let row = 0; row < layout.rows; row++) {
    for (let column = 0; column < layout.columns; column++) {
      slots.push({ x: left + column * (width + layout.gap), y: top + row * (height + layout.gap), width, height });
    }
  }
  return slots;
}
