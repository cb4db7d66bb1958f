// The shared-string table of an .xlsx: most text cells of a sheet written by Excel are an index into it.
import { readZipEntry } from './zip-entry.ts';
import { ZipDirectoryError, type ZipEntry } from './zip-directory.ts';
import { decodeXmlChunks, detach } from './xml-text.ts';
import { decodeOoxmlEscapes, decodeXml, XmlScanner } from './xml-scanner.ts';

/**
 * Largest table read. A list of a million members written by Excel has a table of about 150 MB; the strings
 * stay in memory while the sheet is read, so a larger one is refused rather than exhausting the server.
 */
export const MAX_SHARED_STRINGS_BYTES = 384 * 1024 * 1024;

export class SharedStringsTooLarge extends Error {}

/** Every string of the table, in order; rich text is joined, phonetic hints (rPh) are left out. */
export async function readSharedStrings(
  file: string,
  entry: ZipEntry | undefined,
  options: { onBytes?: ((bytes: number) => void) | undefined; chunkBytes?: number | undefined } = {},
): Promise<string[]> {
  if (!entry) return [];
  if (entry.size > MAX_SHARED_STRINGS_BYTES) throw new SharedStringsTooLarge();
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  const scanner = new XmlScanner({
    open(name, _attributes, selfClosing) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && current && phonetic === 0 && !selfClosing) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current) {
        strings.push(detach(current.length === 1 ? current[0]! : current.join('')));
        current = null;
      }
    },
    text(raw, cdata) {
      if (inText && current) current.push(decodeOoxmlEscapes(cdata ? raw : decodeXml(raw)));
    },
  });
  try {
    for await (const text of decodeXmlChunks(readZipEntry(file, entry, options))) scanner.write(text);
    scanner.end();
  } catch (error) {
    if (error instanceof ZipDirectoryError) throw error;
    throw new ZipDirectoryError('unreadable');
  }
  return strings;
}
