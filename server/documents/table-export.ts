// Writing a table of rows as .xlsx (exceljs streaming writer) or CSV (UTF-8 with BOM), batch by batch,
// so an export of a whole province never sits in memory at once.
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export type ExportFormat = 'xlsx' | 'csv';
export type Cell = string | number | Date | null;
export type ExportColumn = { header: string; width: number; kind?: 'date' | 'text' | 'number' };

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = value instanceof Date ? value.toISOString().slice(0, 10).split('-').reverse().join('/') : String(value);
  return /[",\n\r]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Streams `batches` (each an array of rows) into the chosen format. A calendar date is passed as a UTC
 * midnight Date so Excel shows the same day in Vietnam.
 */
export function streamTable(
  format: ExportFormat,
  sheetName: string,
  columns: ExportColumn[],
  batches: AsyncIterable<Cell[][]>,
  onError: (error: unknown) => void,
): Readable {
  const out = new PassThrough();
  void (async () => {
    try {
      if (format === 'csv') {
        // The BOM makes Excel read the file as UTF-8, so Vietnamese letters survive a double-click.
        out.write('\uFEFF' + columns.map((column) => csvCell(column.header)).join(',') + '\r\n');
        for await (const rows of batches) {
          const chunk = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
          if (rows.length && !out.write(chunk + '\r\n')) await new Promise((resolve) => out.once('drain', resolve));
        }
        out.end();
        return;
      }
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: out,
        useStyles: true,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = columns.map((column) => ({
        header: column.header,
        width: column.width,
        style: column.kind === 'date' ? { numFmt: 'dd/mm/yyyy' } : {},
      }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      for await (const rows of batches) for (const row of rows) sheet.addRow(row).commit();
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      onError(error);
      out.destroy(error as Error);
    }
  })();
  return out;
}

/** 'YYYY-MM-DD' → a Date at UTC midnight, the form Excel shows as that calendar day. */
export function excelDate(isoDate: string | null): Date | null {
  if (!isoDate) return null;
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
}
