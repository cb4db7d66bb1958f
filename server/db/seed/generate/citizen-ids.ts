// Citizen IDs (CCCD) as the police issue them: birth-place province code (3 digits), a digit for century and
// gender, the last two digits of the birth year, and a 6-digit serial; unique, and never one already recorded.

/** 0/1: a man/woman born in the 1900s; 2/3: in the 2000s. */
export function centuryGenderDigit(birthYear: number, gender: 'male' | 'female'): number {
  return (birthYear >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
}

/** Serials for each 6-digit prefix walk a fixed permutation of 0..999,999, so they look random and never repeat. */
export function citizenIdAllocator(seed: number, taken: ReadonlySet<string>) {
  const used = new Map<string, number>();
  return (provinceCode: string, birthYear: number, gender: 'male' | 'female'): string | null => {
    const prefix = `${provinceCode}${centuryGenderDigit(birthYear, gender)}${String(birthYear % 100).padStart(2, '0')}`;
    let start = seed >>> 0;
    for (let i = 0; i < prefix.length; i++)
      start = (Math.imul(start ^ prefix.charCodeAt(i), 16777619) >>> 0) % 1_000_000;
    for (let k = used.get(prefix) ?? 0; k < 1_000_000; k++) {
      // 7,919 is prime and coprime with 10^6, so k → start + 7919k (mod 10^6) visits every serial once.
      const id = prefix + String((start + k * 7919) % 1_000_000).padStart(6, '0');
      if (!taken.has(id)) {
        used.set(prefix, k + 1);
        return id;
      }
    }
    return null;
  };
}

/** Membership card numbers 'YT' + province code + serial, one run of serials per province; none already in use. */
export function cardNumberAllocator(taken: ReadonlySet<string>) {
  const used = new Map<string, number>();
  return (provinceCode: string): string => {
    for (let k = used.get(provinceCode) ?? 1; ; k++) {
      const card = `YT${provinceCode}${String(k).padStart(7, '0')}`;
      if (!taken.has(card)) {
        used.set(provinceCode, k + 1);
        return card;
      }
    }
  };
}
