// The Nghị định 30/2020 administrative format in docx terms: Times New Roman, A4 with 20/20/30/15 mm margins,
// and the runs and paragraphs every document of the award workflow is written with.
import { AlignmentType, BorderStyle, Paragraph, TextRun, convertMillimetersToTwip, type IParagraphOptions } from 'docx';

export const FONT = 'Times New Roman';

/** Sizes in half-points, as docx counts them: the body at 14 pt, headers at 13 pt, notes at 11–12 pt. */
export const SIZE = { body: 28, header: 26, table: 26, small: 24, note: 22, title: 28 } as const;

/** Millimetres in twips, rounded (docx's own helper truncates: A4 would come out a twip short, 11905). */
export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** A4 portrait, and the margins of Nghị định 30/2020 Phụ lục I: top 20, bottom 20, left 30, right 15 mm. */
export const PAGE = {
  width: twips(210),
  height: twips(297),
  margin: { top: twips(20), bottom: twips(20), left: twips(30), right: twips(15) },
} as const;

/** The width text may take between the margins, in millimetres (tables are laid out in it). */
export const TEXT_WIDTH_MM = 210 - 30 - 15;

export type RunStyle = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number; break?: number };

/** A run of text, NFC-normalised: Word shows decomposed marks apart from their letters in some fonts. */
export function run(value: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: value.normalize('NFC'),
    font: FONT,
    size: style.size ?? SIZE.body,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
    ...(style.break ? { break: style.break } : {}),
  });
}

export type ParaStyle = RunStyle & {
  align?: 'left' | 'center' | 'right' | 'justified';
  /** First-line indent in millimetres (body paragraphs: 10 mm). */
  indentMm?: number;
  before?: number;
  after?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
};

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justified: AlignmentType.JUSTIFIED,
} as const;

/** A paragraph of one or more runs; a string is one run in the paragraph's style. */
export function para(content: string | TextRun[], style: ParaStyle = {}): Paragraph {
  const options: IParagraphOptions = {
    children: typeof content === 'string' ? [run(content, style)] : content,
    alignment: ALIGN[style.align ?? 'left'],
    spacing: { before: style.before ?? 0, after: style.after ?? 0, line: 276 },
    ...(style.indentMm ? { indent: { firstLine: convertMillimetersToTwip(style.indentMm) } } : {}),
    ...(style.keepNext ? { keepNext: true } : {}),
    ...(style.pageBreakBefore ? { pageBreakBefore: true } : {}),
  };
  return new Paragraph(options);
}

/** A body paragraph: justified, first line indented 10 mm, 6 pt after (the usual spacing of decisions). */
export function bodyPara(content: string | TextRun[], style: ParaStyle = {}): Paragraph {
  return para(content, { align: 'justified', indentMm: 10, after: 120, ...style });
}

/**
 * The short rule under the issuing body and the national motto: an empty paragraph whose bottom border is
 * narrowed by indents to `widthMm`, centred in a column `columnMm` wide.
 */
export function shortRule(columnMm: number, widthMm: number): Paragraph {
  const side = convertMillimetersToTwip(Math.max(0, (columnMm - widthMm) / 2));
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    spacing: { before: 0, after: 60, line: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}
