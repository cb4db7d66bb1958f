// Vietnamese text at the boundaries: one normal form in, one folded key for search.

/** Every string that enters the system is NFC, so 'Hòa' typed on any keyboard is one value. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * The search key: no diacritics, đ→d, lower case, single spaces.
 * 'ĐẶNG THỊ THUỶ' → 'dang thi thuy'. Typed queries go through the same function.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
