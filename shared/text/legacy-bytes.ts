// Reading an uploaded text file (CSV, TXT) whatever it was saved in: UTF-8, or a legacy Vietnamese encoding.
// Pure (TextDecoder exists in Node and browsers), so the browser can preview what the server will import.

import { readCp1252 } from './cp1252.ts';
import { toUnicode } from './legacy-detect.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's bytes as NFC Unicode: valid UTF-8 is read as UTF-8 (BOM dropped), anything else as Windows-1252,
 * and either way TCVN3 or VNI text found inside is converted, since Excel saves .VnTime sheets to UTF-8 CSV
 * as mojibake. Detection runs on the whole file, so short ambiguous cells follow the file's encoding.
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = readCp1252(bytes);
  }
  return toUnicode(text);
}
