// How VNI-Windows (fonts VNI-Times, VNI-Helve…) spells each Vietnamese letter: an ASCII base letter followed
// by one byte for the marks, both seen here as their Windows-1252 characters.
//
// After a vowel: tones ù ø û õ ï (sắc huyền hỏi ngã nặng); circumflex â, with a tone á à å ã ä; breve ê,
// with a tone é è ú ü ë. ơ is ô and ư is ö (one byte each, then a tone byte), đ is ñ, and the i and ỵ
// letters are single bytes (í ì æ ó ò, î). Upper case uses the upper-case mark bytes: 'AÙ' is Á.

/** Rows of one vowel: plain, sắc, huyền, hỏi, ngã, nặng (the order of the VNI keys 1–5). */
const ROWS: readonly (readonly [letters: string, spellings: readonly string[]])[] = [
  ['aáàảãạ', ['a', 'aù', 'aø', 'aû', 'aõ', 'aï']],
  ['ăắằẳẵặ', ['aê', 'aé', 'aè', 'aú', 'aü', 'aë']],
  ['âấầẩẫậ', ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä']],
  ['eéèẻẽẹ', ['e', 'eù', 'eø', 'eû', 'eõ', 'eï']],
  ['êếềểễệ', ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä']],
  ['iíìỉĩị', ['i', 'í', 'ì', 'æ', 'ó', 'ò']],
  ['oóòỏõọ', ['o', 'où', 'oø', 'oû', 'oõ', 'oï']],
  ['ôốồổỗộ', ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä']],
  ['ơớờởỡợ', ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï']],
  ['uúùủũụ', ['u', 'uù', 'uø', 'uû', 'uõ', 'uï']],
  ['ưứừửữự', ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï']],
  ['yýỳỷỹỵ', ['y', 'yù', 'yø', 'yû', 'yõ', 'î']],
  ['AÁÀẢÃẠ', ['A', 'AÙ', 'AØ', 'AÛ', 'AÕ', 'AÏ']],
  ['ĂẮẰẲẴẶ', ['AÊ', 'AÉ', 'AÈ', 'AÚ', 'AÜ', 'AË']],
  ['ÂẤẦẨẪẬ', ['AÂ', 'AÁ', 'AÀ', 'AÅ', 'AÃ', 'AÄ']],
  ['EÉÈẺẼẸ', ['E', 'EÙ', 'EØ', 'EÛ', 'EÕ', 'EÏ']],
  ['ÊẾỀỂỄỆ', ['EÂ', 'EÁ', 'EÀ', 'EÅ', 'EÃ', 'EÄ']],
  ['IÍÌỈĨỊ', ['I', 'Í', 'Ì', 'Æ', 'Ó', 'Ò']],
  ['OÓÒỎÕỌ', ['O', 'OÙ', 'OØ', 'OÛ', 'OÕ', 'OÏ']],
  ['ÔỐỒỔỖỘ', ['OÂ', 'OÁ', 'OÀ', 'OÅ', 'OÃ', 'OÄ']],
  ['ƠỚỜỞỠỢ', ['Ô', 'ÔÙ', 'ÔØ', 'ÔÛ', 'ÔÕ', 'ÔÏ']],
  ['UÚÙỦŨỤ', ['U', 'UÙ', 'UØ', 'UÛ', 'UÕ', 'UÏ']],
  ['ƯỨỪỬỮỰ', ['Ö', 'ÖÙ', 'ÖØ', 'ÖÛ', 'ÖÕ', 'ÖÏ']],
  ['YÝỲỶỸỴ', ['Y', 'YÙ', 'YØ', 'YÛ', 'YÕ', 'Î']],
  ['đĐ', ['ñ', 'Ñ']],
];

/** The VNI spelling of each of the 134 Vietnamese letters and the 12 plain vowels (which spell themselves). */
export const VNI_SPELLINGS: ReadonlyMap<string, string> = new Map(
  ROWS.flatMap(([letters, spellings]) => [...letters].map((letter, i) => [letter, spellings[i] ?? letter] as const)),
);
