// The rows of one worksheet, streamed: cells by column (A → 0), values typed as the sheet stores them.
import { readZipEntry } from './zip-entry.ts';
import type { ZipEntry } from './zip-directory.ts';
import { decodeXmlChunks } from './xml-text.ts';
import { decodeOoxmlEscapes, decodeXml, XmlScanner } from './xml-scanner.ts';

export type XlsxCell = string | number | boolean | Date | null;
export type XlsxRow = { rowNumber: number; cells: XlsxCell[] };

export type SheetContext = {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
};

const DAY_MS = 24 * 3600 * 1000;

/** An Excel serial day (1900 system: 25569 is 1970-01-01; 1904 system: 1462 days less) → a UTC Date. */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
}

/** 'AB12' → 27 (column index from 0); -1 when the reference has no letters. */
export function columnIndex(reference: string): number {
  let index = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    index = index * 26 + (code - 0x60);
  }
  return i === 0 ? -1 : index - 1;
}

/** A problem in the sheet's content: a shared string that is not in the table. */
export class XlsxContentError extends Error {}

/**
 * The attributes of a row or cell tag that matter (r, s, t), read in one pass without building an object:
 * a sheet has millions of cells. Values are entity-decoded only when they contain '&'.
 */
function cellAttributes(text: string, found: { r: string | undefined; s: string | undefined; t: string | undefined }) {
  found.r = undefined;
  found.s = undefined;
  found.t = undefined;
  const length = text.length;
  let at = 0;
  while (at < length) {
    const eq = text.indexOf('=', at);
    if (eq < 0) return;
    let nameEnd = eq;
    while (nameEnd > at && text.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > at && text.charCodeAt(nameStart - 1) > 0x20) nameStart--;
    let open = eq + 1;
    while (open < length && text.charCodeAt(open) !== 0x22 && text.charCodeAt(open) !== 0x27) open++;
    if (open >= length) return;
    const close = text.indexOf(text[open]!, open + 1);
    if (close < 0) return;
    if (nameEnd - nameStart === 1) {
      const name = text.charCodeAt(nameStart);
      if (name === 0x72 || name === 0x73 || name === 0x74) {
        const raw = text.slice(open + 1, close);
        const value = raw.indexOf('&') < 0 ? raw : decodeXml(raw);
        if (name === 0x72) found.r = value;
        else if (name === 0x73) found.s = value;
        else found.t = value;
      }
    }
    at = close + 1;
  }
}

/** Turns the scanner's tags into rows; `rows` fills as the sheet is fed and is emptied by the reader. */
function sheetHandler(context: SheetContext) {
  const rows: XlsxRow[] = [];
  let cells: XlsxCell[] | null = null;
  let rowNumber = 0;
  let column = -1;
  let type = '';
  let style = 0;
  let text: string | null = null;
  let capture = false;
  let phonetic = 0;
  let hasValue = false;
  const attributes = {
    r: undefined as string | undefined,
    s: undefined as string | undefined,
    t: undefined as string | undefined,
  };

  function cellValue(raw: string): XlsxCell {
    switch (type) {
      case 's': {
        const value = context.sharedStrings[Number(raw)];
        if (value === undefined) throw new XlsxContentError(`shared string ${raw} missing`);
        return value;
      }
      case 'str':
      case 'inlineStr':
        return decodeOoxmlEscapes(decodeXml(raw));
      case 'b':
        return raw.trim() === '1' || raw.trim() === 'true';
      case 'e':
        return decodeXml(raw);
      case 'd': {
        const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
        return Number.isNaN(date.getTime()) ? decodeXml(raw) : date;
      }
      default: {
        const trimmed = raw.trim();
        if (trimmed === '') return null;
        const number = Number(trimmed);
        if (Number.isNaN(number)) return decodeXml(raw);
        return context.dateStyles[style] ? excelSerialToDate(number, context.date1904) : number;
      }
    }
  }

  const handler = {
    open(name: string, attributeText: string, selfClosing: boolean) {
      switch (name) {
        case 'row': {
          cellAttributes(attributeText, attributes);
          const declared = Number(attributes.r);
          rowNumber = Number.isInteger(declared) && declared > 0 ? declared : rowNumber + 1;
          cells = [];
          column = -1;
          if (selfClosing) {
            rows.push({ rowNumber, cells });
            cells = null;
          }
          break;
        }
        case 'c': {
          if (!cells) break;
          cellAttributes(attributeText, attributes);
          const declared = attributes.r ? columnIndex(attributes.r) : -1;
          column = declared >= 0 ? declared : column + 1;
          type = attributes.t ?? 'n';
          style = attributes.s ? Number(attributes.s) : 0;
          text = null;
          hasValue = false;
          break;
        }
        case 'v':
          if (cells && !selfClosing) {
            capture = true;
            text = '';
            hasValue = true;
          }
          break;
        case 'is':
          if (cells) {
            type = 'inlineStr';
            text = '';
            hasValue = true;
          }
          break;
        case 't':
          if (cells && type === 'inlineStr' && phonetic === 0 && !selfClosing) capture = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        default:
          break;
      }
    },
    close(name: string) {
      switch (name) {
        case 'v':
        case 't':
          capture = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          if (cells && hasValue && text !== null) {
            const value = cellValue(text);
            if (value !== null && value !== '') cells[column] = value;
          }
          text = null;
          hasValue = false;
          break;
        case 'row':
          if (cells) rows.push({ rowNumber, cells });
          cells = null;
          break;
        default:
          break;
      }
    },
    text(raw: string, cdata: boolean) {
      if (capture && text !== null) text += cdata ? raw.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`) : raw;
    },
  };
  return { handler, rows };
}

/** The sheet's rows in order; `onBytes` follows the unpacked XML read so far. */
export async function* readSheetRows(
  file: string,
  entry: ZipEntry,
  context: SheetContext,
  options: { onBytes?: ((bytes: number) => void) | undefined; chunkBytes?: number | undefined } = {},
): AsyncGenerator<XlsxRow> {
  const { handler, rows } = sheetHandler(context);
  const scanner = new XmlScanner(handler);
  for await (const text of decodeXmlChunks(readZipEntry(file, entry, options))) {
    scanner.write(text);
    if (rows.length) {
      const ready = rows.splice(0, rows.length);
      yield* ready;
    }
  }
  scanner.end();
  yield* rows;
}
