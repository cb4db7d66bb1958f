// Reading the first sheet of an .xlsx row by row, never whole: the package's directory is checked for a
// zip bomb first, every part is unpacked as a stream no larger than it declared, and text is decoded
// across chunk boundaries. Used by the member import instead of exceljs's streaming reader (see xml-text.ts).
import { openXlsxPackage } from './xlsx-package.ts';
import { MAX_SHARED_STRINGS_BYTES, readSharedStrings, SharedStringsTooLarge } from './xlsx-shared-strings.ts';
import { readSheetRows, XlsxContentError, type XlsxRow } from './xlsx-sheet.ts';
import { readDateStyles } from './xlsx-styles.ts';
import { XmlError } from './xml-scanner.ts';
import { ZipDirectoryError } from './zip-directory.ts';

export type { XlsxCell, XlsxRow } from './xlsx-sheet.ts';
export { MAX_SHARED_STRINGS_BYTES };

/** Why a file could not be read: not an .xlsx (or damaged), a zip bomb, or more text than is read at once. */
export class XlsxReadError extends Error {
  constructor(
    readonly reason: 'unreadable' | 'bomb' | 'too_large',
    cause?: unknown,
  ) {
    super(`${reason}${cause instanceof Error ? `: ${cause.message}` : ''}`);
  }
}

function asReadError(error: unknown): unknown {
  if (error instanceof XlsxReadError) return error;
  if (error instanceof ZipDirectoryError) return new XlsxReadError(error.reason, error);
  if (error instanceof SharedStringsTooLarge) return new XlsxReadError('too_large', error);
  if (error instanceof XmlError || error instanceof XlsxContentError) return new XlsxReadError('unreadable', error);
  return error;
}

export type XlsxReadOptions = {
  /** Told how far the reading has got (0–1), by the unpacked bytes of the shared strings and the sheet. */
  onProgress?: (fraction: number) => void;
  /** Size of the unpacked chunks; small values only in tests, to put letters across chunk boundaries. */
  chunkBytes?: number;
};

/** The rows of the workbook's first sheet, in order. */
export async function* readXlsxRows(file: string, options: XlsxReadOptions = {}): AsyncGenerator<XlsxRow> {
  try {
    const pack = await openXlsxPackage(file);
    const { firstSheet, sharedStrings: stringsEntry, styles, date1904 } = pack.workbook;
    const total = Math.max(1, firstSheet.size + (stringsEntry?.size ?? 0));
    const stringsSize = stringsEntry?.size ?? 0;
    const progress = options.onProgress;
    const sharedStrings = await readSharedStrings(file, stringsEntry, {
      chunkBytes: options.chunkBytes,
      onBytes: progress && ((bytes) => progress(bytes / total)),
    });
    const dateStyles = await readDateStyles(file, styles);
    yield* readSheetRows(
      file,
      firstSheet,
      { sharedStrings, dateStyles, date1904 },
      { chunkBytes: options.chunkBytes, onBytes: progress && ((bytes) => progress((stringsSize + bytes) / total)) },
    );
  } catch (error) {
    throw asReadError(error);
  }
}
