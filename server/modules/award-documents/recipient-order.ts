// Lists of recipients in the order decisions print them: collectives first, then individuals, each kind in the
// order given; and the count sentence "03 tập thể và 12 cá nhân".
import type { RecipientLine } from './award-document-data.ts';

export function collectivesFirst<T extends Pick<RecipientLine, 'kind'>>(
  lines: readonly T[],
): { collectives: T[]; individuals: T[] } {
  return {
    collectives: lines.filter((line) => line.kind === 'collective'),
    individuals: lines.filter((line) => line.kind === 'individual'),
  };
}

/** Counts below 10 with a leading zero, as administrative documents write them. */
function count(n: number): string {
  return n < 10 ? `0${n}` : n.toLocaleString('vi-VN');
}

/** "02 tập thể và 15 cá nhân"; a kind with none is left out. */
export function recipientCountVi(collectives: number, individuals: number): string {
  const parts: string[] = [];
  if (collectives > 0) parts.push(`${count(collectives)} tập thể`);
  if (individuals > 0) parts.push(`${count(individuals)} cá nhân`);
  return parts.join(' và ');
}

/** "tập thể và cá nhân", "tập thể" or "cá nhân". */
export function recipientKindsVi(collectives: number, individuals: number): string {
  if (collectives > 0 && individuals > 0) return 'tập thể và cá nhân';
  return collectives > 0 ? 'tập thể' : 'cá nhân';
}

/** The distinct award names, in the order first met, joined for a title line: "Bằng khen … và Giấy khen …". */
export function awardNamesVi(lines: readonly Pick<RecipientLine, 'awardName'>[]): string {
  const names = [...new Set(lines.map((line) => line.awardName))];
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;
}
