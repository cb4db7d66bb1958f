// Bytes of an XML part → text, chunk by chunk, with one streaming decoder for the whole part: a letter whose
// UTF-8 bytes fall on both sides of a chunk boundary stays one letter. (exceljs 4.4.0 decodes each chunk on
// its own, which turns such a letter into U+FFFD: Vietnamese names in large sheets came out corrupted.)
import { TextDecoder } from 'node:util';

/** The encoding an XML part declares by its byte-order mark; spreadsheets are UTF-8 almost always. */
function encodingOf(first: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

export async function* decodeXmlChunks(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let head: Buffer | null = null;
  for await (const chunk of chunks) {
    if (!decoder) {
      // The byte-order mark could itself be cut: wait for two bytes before choosing.
      head = head ? Buffer.concat([head, chunk]) : chunk;
      if (head.length < 2) continue;
      decoder = new TextDecoder(encodingOf(head));
      const text = decoder.decode(head, { stream: true });
      head = null;
      if (text) yield text;
      continue;
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  if (!decoder && head) decoder = new TextDecoder('utf-8');
  if (decoder) {
    const rest = decoder.decode(head ?? undefined);
    if (rest) yield rest;
  }
}

/**
 * A copy of a string that holds no reference to a larger one. V8 makes a substring of 13 or more characters
 * a view into its parent, so a cell kept beyond its row (in a table or a cache) would keep alive the whole
 * 64 KB piece of XML it was cut from; flattening a concatenation makes a string of its own.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
