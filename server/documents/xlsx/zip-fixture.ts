// Test helper: writes a zip from named parts (deflated), so tests can build .xlsx packages by hand.
import zlib from 'node:zlib';

export type Part = { name: string; content: string | Buffer; store?: boolean };

export function zipParts(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content, 'utf8');
    const packed = part.store ? data : zlib.deflateRawSync(data);
    const name = Buffer.from(part.name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal workbook: sheets in the given order (their XML bodies), optional shared strings and styles. */
export function xlsxParts(options: {
  sheets: { name: string; xml: string }[];
  sharedStrings?: string;
  styles?: string;
  date1904?: boolean;
  /** Write the sheet parts into the zip in reverse, so zip order differs from the workbook's. */
  reverseZipOrder?: boolean;
}): Buffer {
  const rels = options.sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .concat(
      options.sharedStrings
        ? [`<Relationship Id="rS" Type="${NS}/sharedStrings" Target="/xl/sharedStrings.xml"/>`]
        : [],
    )
    .concat(options.styles ? [`<Relationship Id="rT" Type="${NS}/styles" Target="styles.xml"/>`] : [])
    .join('');
  const sheets = options.sheets
    .map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const sheetParts = options.sheets.map((sheet, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet.xml}</sheetData></worksheet>`,
  }));
  return zipParts([
    {
      name: '_rels/.rels',
      content: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    },
    ...(options.reverseZipOrder ? sheetParts.reverse() : sheetParts),
    ...(options.sharedStrings ? [{ name: 'xl/sharedStrings.xml', content: options.sharedStrings }] : []),
    ...(options.styles ? [{ name: 'xl/styles.xml', content: options.styles }] : []),
  ]);
}
