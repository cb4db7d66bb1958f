// Academic titles and degrees written before a name ("GS.TS.", "ThS. BSCKII"): read off and written back.

// Canonical spellings in the order they are written: academic titles (học hàm) before degrees (học vị),
// higher degrees first. Kept short on purpose: the forms that head names in health-sector documents.
const TITLE_ORDER = ['GS', 'PGS', 'TSKH', 'TS', 'ThS', 'BSCKII', 'BSCKI', 'CKII', 'CKI', 'BSNT', 'BS', 'DS', 'CN'];

// Other spellings seen in spreadsheets, by upper case: Arabic numerals for the specialist levels.
const ALIASES: Readonly<Record<string, string>> = {
  CK1: 'CKI',
  CK2: 'CKII',
  BSCK1: 'BSCKI',
  BSCK2: 'BSCKII',
};

const CANONICAL: ReadonlyMap<string, string> = new Map([
  ...TITLE_ORDER.map((title) => [title.toUpperCase(), title] as const),
  ...Object.entries(ALIASES),
]);

/** The canonical spelling of a title ('ths' → 'ThS', 'CK2' → 'CKII'), or undefined when it is not one. */
export function canonicalTitle(text: string): string | undefined {
  return CANONICAL.get(text.toUpperCase());
}

// "BS.CKII" and "BS CKII" are one degree, written BSCKII.
function mergeSpecialistDegrees(titles: readonly string[]): string[] {
  const merged: string[] = [];
  for (const title of titles) {
    if ((title === 'CKI' || title === 'CKII') && merged.at(-1) === 'BS') merged[merged.length - 1] = `BS${title}`;
    else if (!merged.includes(title)) merged.push(title);
  }
  return merged;
}

/**
 * Takes the titles off the front of a name's words: ['GS.TS.', 'Phạm', 'Thanh', 'Bình'] →
 * titles ['GS', 'TS'], words ['Phạm', 'Thanh', 'Bình']. A title glued to the name ('TS.Lê') is split off.
 */
export function takeLeadingTitles(words: readonly string[]): { titles: string[]; words: string[] } {
  const titles: string[] = [];
  const rest = [...words];
  while (rest.length > 0) {
    const parts = (rest[0] ?? '').split('.');
    let used = 0;
    for (const part of parts) {
      const title = part === '' ? '' : canonicalTitle(part);
      if (title === undefined) break;
      if (title !== '') titles.push(title);
      used += 1;
    }
    if (used === 0 || parts.slice(0, used).every((part) => part === '')) break;
    if (used < parts.length) {
      rest[0] = parts.slice(used).join('.');
      break;
    }
    rest.shift();
  }
  return { titles: mergeSpecialistDegrees(titles), words: rest };
}

/**
 * Titles in the Vietnamese order and spelling, joined with dots: ['TS', 'gs'] → 'GS.TS.',
 * ['ThS.BS', 'CKII'] → 'ThS.BSCKII.'. Unknown titles are kept, after the known ones, in the order given.
 */
export function formatTitles(titles: readonly string[]): string {
  const parts = titles.flatMap((title) => title.split('.')).filter(Boolean);
  const canonical = mergeSpecialistDegrees(parts.map((title) => canonicalTitle(title) ?? title));
  const rank = (title: string): number => {
    const index = TITLE_ORDER.indexOf(title);
    return index === -1 ? TITLE_ORDER.length : index;
  };
  const ordered = canonical.sort((a, b) => rank(a) - rank(b));
  return ordered.length === 0 ? '' : `${ordered.join('.')}.`;
}
