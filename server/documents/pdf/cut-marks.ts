// Crop marks around pieces printed several to a sheet (cards, certificates on card stock): where to cut.

export type Rect = { x: number; y: number; width: number; height: number };

export type CutMarkOptions = {
  /** Length of each mark, in points. */
  length?: number;
  /** Gap between the piece's edge and the mark, so a cut slightly off does not leave a line on the piece. */
  offset?: number;
  color?: string;
};

/** Two short hairlines at each corner of `rect`, pointing along its edges, outside it. */
export function drawCutMarks(doc: PDFKit.PDFDocument, rect: Rect, options: CutMarkOptions = {}): void {
  const length = options.length ?? 6;
  const offset = options.offset ?? 2;
  const { x, y, width, height } = rect;
  doc
    .save()
    .lineWidth(0.3)
    .strokeColor(options.color ?? '#000000');
  for (const [cx, cy, dx, dy] of [
    [x, y, -1, -1],
    [x + width, y, 1, -1],
    [x, y + height, -1, 1],
    [x + width, y + height, 1, 1],
  ] as const) {
    doc
      .moveTo(cx + dx * offset, cy)
      .lineTo(cx + dx * (offset + length), cy)
      .stroke();
    doc
      .moveTo(cx, cy + dy * offset)
      .lineTo(cx, cy + dy * (offset + length))
      .stroke();
  }
  doc.restore();
}
