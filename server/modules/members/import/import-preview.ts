// The first look at an uploaded file: its header row, the automatic mapping and a few rows to map by. Only
// the rows up to there are read, so a preview of a large file is quick.
import { AppError } from '../../../errors.ts';
import { mapHeaders, type ImportField } from './import-columns.ts';
import { cellText, openSheet } from './import-sheet.ts';

export const SAMPLE_ROWS = 5;

export type ImportPreview = {
  headerRow: number;
  headers: string[];
  mapping: (ImportField | null)[];
  samples: string[][];
};

export async function previewImportFile(file: string): Promise<ImportPreview> {
  const sheet = await openSheet(file);
  try {
    if (!sheet.header) {
      throw new AppError(400, 'import.empty_file', 'Tệp không có dòng nào có dữ liệu.', 'The file has no data.');
    }
    const { rowNumber, headers } = sheet.header;
    const samples: string[][] = [];
    for await (const row of sheet.rows) {
      samples.push(headers.map((_, i) => cellText(row.cells[i])));
      if (samples.length === SAMPLE_ROWS) break;
    }
    return { headerRow: rowNumber, headers, mapping: mapHeaders(headers), samples };
  } finally {
    await sheet.close();
  }
}
