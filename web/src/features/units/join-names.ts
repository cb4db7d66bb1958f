// "A, B và C": names in a sentence the Vietnamese (or English) way.

/** Joins names with commas and the word for "and" before the last one. */
export function joinNames(names: string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
