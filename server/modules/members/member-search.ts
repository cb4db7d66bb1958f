// Reading what a user typed in the member search box: a citizen ID, a birth year, a card number or a name.
import { sql, type SQL } from 'drizzle-orm';
import { foldForSearch } from '../../../shared/text/index.ts';
import { memberships, people } from '../../db/schema/index.ts';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The WHERE fragment for `q`; undefined when q is empty. */
export function searchCondition(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  if (/^(\d{9}|\d{12})$/.test(text)) {
    return sql`(${people.citizenId} = ${text} OR ${memberships.cardNumber} = ${text})`;
  }
  if (/^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2100) {
    return sql`(${people.birthYear} = ${Number(text)} OR ${memberships.cardNumber} LIKE ${escapeLike(text) + '%'})`;
  }
  if (/\d/.test(text) && !/\s/.test(text)) {
    return sql`${memberships.cardNumber} ILIKE ${escapeLike(text) + '%'}`;
  }
  // Every word must occur in the folded name: "nguyen dat" finds "Nguyễn Đức Đạt". The trigram index serves each LIKE.
  const words = foldForSearch(text).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  return sql.join(
    words.map((word) => sql`${people.searchKey} LIKE ${'%' + escapeLike(word) + '%'}`),
    sql` AND `,
  );
}
