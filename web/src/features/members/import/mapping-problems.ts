// What stops a mapping from being checked: no column for the full name, or a field chosen for two columns.
import type { ImportField } from '../../../../../shared/contracts/member-import.ts';

export interface MappingProblems {
  missingName: boolean;
  /** Each field chosen more than once, with the (0-based) columns that chose it. */
  duplicates: Map<ImportField, number[]>;
}

export function mappingProblems(mapping: (ImportField | null)[]): MappingProblems {
  const columns = new Map<ImportField, number[]>();
  mapping.forEach((field, index) => {
    if (field) columns.set(field, [...(columns.get(field) ?? []), index]);
  });
  const duplicates = new Map([...columns].filter(([, indexes]) => indexes.length > 1));
  return { missingName: !columns.has('fullName'), duplicates };
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA': the column letters Excel shows. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}
