// Reading what a user typed in the member search box: a citizen ID, a birth year, a card number or a name.
import { sql, type SQL } from 'drizzle-orm';
import { foldForSearch } from '../../../shared/text/index.ts';
import { memberships, people } from '../../db/schema/index.ts';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Card numbers compare without regard to case, through the upper(card_number) index. */
const cardKey = sql`upper(${memberships.cardNumber})`;

/** The folded words of a name search ("Nguyễn Đạt" → ['nguyen', 'dat']), or [] when q is not a name. */
export function nameWords(q: string | undefined): string[] {
  const text = q?.trim();
  if (!text || /^\d+$/.test(text) || (/\d/.test(text) && !/\s/.test(text))) return [];
  return foldForSearch(text).split(' ').filter(Boolean);
}

/** The year q names when it is a plausible birth year (4 digits, 1900–2100), else null. */
export function birthYearOf(q: string | undefined): number | null {
  const text = q?.trim() ?? '';
  return /^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2100 ? Number(text) : null;
}

/**
 * Every word must begin a word of the folded name: "nguyen dat" and "ngu da" find "Nguyễn Đức Đạt", and "uyen"
 * finds Uyên but not every Nguyễn. The trigram index serves both LIKEs, its word-start trigrams keeping it narrow.
 */
export function nameCondition(words: readonly string[]): SQL {
  return sql.join(
    words.map((word) => {
      const escaped = escapeLike(word);
      return sql`(${people.searchKey} LIKE ${escaped + '%'} OR ${people.searchKey} LIKE ${'% ' + escaped + '%'})`;
    }),
    sql` AND `,
  );
}

/**
 * The WHERE fragment for `q`; undefined when q is empty. Conditions on a person's ID or cards are written as
 * `people.id IN (…)` over one indexed lookup per table: an OR across two tables can use no index at all.
 */
export function searchCondition(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  if (/^(\d{9}|\d{12})$/.test(text)) {
    return sql`${people.id} IN (SELECT id FROM people WHERE citizen_id = ${text}
      UNION ALL SELECT person_id FROM memberships WHERE upper(card_number) = ${text.toUpperCase()})`;
  }
  const year = birthYearOf(text);
  if (year !== null) {
    return sql`${people.id} IN (SELECT id FROM people WHERE birth_year = ${year}
      UNION ALL SELECT person_id FROM memberships WHERE upper(card_number) LIKE ${escapeLike(text) + '%'})`;
  }
  if (/\d/.test(text) && !/\s/.test(text)) {
    return sql`${cardKey} LIKE ${escapeLike(text.toUpperCase()) + '%'}`;
  }
  const words = nameWords(text);
  return words.length ? nameCondition(words) : undefined;
}
