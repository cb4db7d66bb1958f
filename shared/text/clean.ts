// Cleaning typed or pasted text (names, free text) before it is stored or compared.

import { toNfc } from './fold.ts';

// Invisible characters Word, Excel and web pages carry along: zero-width space/joiners, direction marks,
// word joiner, BOM. U+00AD (soft hyphen) is kept on purpose: in TCVN3 text it is the letter ư, and toUnicode
// must see it; run toUnicode before cleanText on imported data.
const INVISIBLE = /[\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Options for cleanText. */
export interface CleanTextOptions {
  /** Keep line breaks (at most one blank line in a row), for multi-line free text such as descriptions. */
  keepLineBreaks?: boolean;
}

/**
 * The one cleaning for text from users: invisible characters removed, NFC, NBSP and other Unicode spaces
 * turned into plain spaces, runs collapsed, ends trimmed. '\u00a0Nguyễn\u200b  Văn\tA ' → 'Nguyễn Văn A'.
 */
export function cleanText(text: string, options: CleanTextOptions = {}): string {
  const visible = toNfc(text.replace(INVISIBLE, ''));
  if (!options.keepLineBreaks) return visible.replace(/\s+/g, ' ').trim();
  return visible
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
